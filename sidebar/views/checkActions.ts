/**
 * What the Check panel writes: a fix (all, one rule, one row), the shorthand conversion, suggested codes
 * for rows without any, Undo, the rows marked Agreed, and the Show buttons' selection. Each says in the message area what changed, then the panel checks again.
 */
import type { FixResult, FixRowTarget } from "../../src/core/api";
import { codeList, KINDS } from "../../src/core/kinds";
import type { MatrixKind } from "../../src/core/types";
import type { RowFix } from "../../src/core/fix/lookup";
import type { OpenRow } from "../../src/core/types";
import type { Context } from "../context";

export interface CheckActions {
  fix(sheetName: string, rules?: string[], rows?: RowFix[]): Promise<void>;
  /** Converts the codes left as shorthand into the kind's codes, in one write; Undo puts them back like a fix. */
  convert(sheetName: string, kind: MatrixKind): Promise<void>;
  /** Writes the suggested codes of these rows (Suggest owners for rows); Undo puts them back like a fix. */
  fillSuggested(sheetName: string, rows: FixRowTarget[]): Promise<void>;
  undo(sheetName: string): Promise<void>;
  /** Marks the rows ticked Agreed, as the role chosen; refused whole when one changed since the check. */
  agree(sheetName: string, rows: OpenRow[], as: string | null): Promise<void>;
  showCell(sheetName: string, cell: string): Promise<void>;
}

/** `reload` checks again; `focusFirst` then puts focus on the first of the buttons named that exists. */
export function checkActions(
  ctx: Context,
  reload: () => Promise<void>,
  focusFirst: (keys: string[]) => void,
): CheckActions {
  async function fix(sheetName: string, rules?: string[], rows?: RowFix[]): Promise<void> {
    // One row: the server fixes it only while it still holds the initiative shown here.
    const only = rows?.map(({ row, initiative }) => ({ row, initiative }));
    await rewrite(
      sheetName,
      () => ctx.server.fixFindings(sheetName, rules, only),
      (n) =>
        n === 0
          ? "Nothing to change: the matrix changed since the check. See the findings below."
          : `Changed ${n} ${n === 1 ? "cell" : "cells"} in “${sheetName}”; each change is in the change log.`,
    );
  }

  async function convert(sheetName: string, kind: MatrixKind): Promise<void> {
    await rewrite(
      sheetName,
      () => ctx.server.convertCodes(sheetName),
      (n) =>
        n === 0
          ? "Nothing to convert: the codes changed since the check."
          : `Converted ${n} ${n === 1 ? "code" : "codes"} in “${sheetName}” to ${codeList(KINDS[kind])}; each change is in the change log.`,
    );
  }

  async function fillSuggested(sheetName: string, rows: FixRowTarget[]): Promise<void> {
    await rewrite(
      sheetName,
      async () => {
        const result = await ctx.server.fillSuggestedRows(sheetName, rows);
        return { ...result, changes: result.rows.flatMap((r) => r.codes) };
      },
      (n) =>
        n === 0
          ? "Nothing written: those rows changed since the suggestion. Suggest again."
          : `Wrote ${n} suggested ${n === 1 ? "code" : "codes"} in “${sheetName}”; each is in the change log.`,
    );
  }

  /** A fix or a conversion: says what changed, keeps it for Undo, and checks again. */
  async function rewrite(
    sheetName: string,
    call: () => Promise<{ changes: readonly unknown[] } & Pick<FixResult, "undoable" | "notUndoableBecause">>,
    said: (changed: number) => string,
  ): Promise<void> {
    try {
      const result = await call();
      const n = result.changes.length;
      ctx.forget();
      ctx.status.succeed(said(n) + (n > 0 ? notUndoable(result) : ""));
    } catch {
      return; // the alert region says why
    }
    await reload();
    focusFirst(["undo", "recheck"]);
  }

  async function undo(sheetName: string): Promise<void> {
    try {
      const result = await ctx.server.undoFixes(sheetName);
      ctx.forget();
      const back = `Put back ${result.restored} ${result.restored === 1 ? "cell" : "cells"}`;
      ctx.status.succeed(
        result.skipped > 0
          ? `${back}; ${result.skipped} changed by someone since the fix, so they stay as they are.`
          : `${back} as they were before the fix.`,
      );
    } catch {
      return;
    }
    await reload();
    focusFirst(["fix-all", "recheck"]);
  }

  async function agree(sheetName: string, rows: OpenRow[], as: string | null): Promise<void> {
    if (rows.length === 0) {
      ctx.status.fail("Tick the rows to mark Agreed first (or select them in the sheet and tick those).");
      return;
    }
    try {
      const targets = rows.map(({ row, initiative, decision, codes }) => ({
        row,
        initiative,
        decision,
        codes,
      }));
      const result = await ctx.server.markAgreed(sheetName, targets, as);
      ctx.forget();
      const n = result.agreed;
      const by = result.signedAs === "" ? "" : ` by ${result.signedAs}`;
      const parts = [
        n === 0
          ? "Nothing to mark"
          : `Marked ${n} ${n === 1 ? "row" : "rows"} Agreed${by} in “${sheetName}”; each change is in the change log`,
        result.already > 0 ? `${result.already} already agreed${by}` : "",
        result.skipped.length > 0 ? `left ${result.skipped.join(", ")} alone: it holds a formula` : "",
      ];
      ctx.status.succeed(`${parts.filter((part) => part !== "").join("; ")}.`);
    } catch {
      return; // the alert region says why
    }
    await reload();
    focusFirst(["mark-agreed", "recheck"]);
  }

  async function showCell(sheetName: string, cell: string): Promise<void> {
    try {
      await ctx.server.selectCell(sheetName, cell);
      ctx.status.succeed(`Selected ${cell} in “${sheetName}”.`);
    } catch {
      // The alert region says why.
    }
  }

  return { fix, convert, fillSuggested, undo, agree, showCell };
}

/**
 * What the message adds when Undo does not have the change. The server deleted the person's previous record
 * first, so an earlier fix can never be undone in its place; the sidebar says so, with where to go instead.
 */
function notUndoable(result: Pick<FixResult, "undoable" | "notUndoableBecause">): string {
  if (result.undoable !== false) return "";
  const why = result.notUndoableBecause ? ` (${result.notUndoableBecause})` : "";
  return ` It cannot be undone from here${why}; File › Version history can restore the sheet as it was.`;
}
