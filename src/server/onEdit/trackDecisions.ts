import { a1 } from "../../core/a1";
import {
  agreedByColumn,
  decidedColumn,
  decisionColumn,
  lastRoleColumn,
  type Layout,
} from "../../core/plan/layout";
import { parseRecord, recordText, withSigners, type Signer } from "../../core/signoff/record";
import type { CellValue } from "../../core/types";
import { agreementWrites, codeChanged, isAgreed } from "../../core/write/agreement";
import type { CellWrite } from "../../core/write/cells";
import { cellText, kindFor, oldOf, type Edit, type EditedRows, type Planned } from "./edit";

/** What the agreement of an edit needs besides its rows: who made it, and the day, both asked only when needed. */
export interface AgreementContext {
  time: Date;
  /** Who set a row Agreed, as Agreed by names them (core/signoff/signer.ts). */
  signers: () => Signer[];
  /** yyyy-mm-dd in the spreadsheet's time zone. */
  today: () => string;
}

/**
 * The agreement of each edited row: a Decision set by hand gets today's date in Decided on (a Decision cleared,
 * its date cleared), and Agreed by names who set it Agreed (added to the owners of a row that was Agreed
 * already; cleared when the Decision says anything else); an Agreed row whose codes changed becomes "Changed since agreed", dated and logged. Only
 * those cells are written, never the rows between, and never a cell holding a formula (the write path skips
 * it: a Decision computed as "Agreed" by someone's formula stays theirs).
 */
export function trackDecisions(
  edit: Edit,
  layout: Layout,
  { row, inMatrix, rows }: EditedRows,
  { time, signers, today }: AgreementContext,
): Planned {
  const { e, edited } = edit;
  const lastEdited = edited.column + edited.numColumns - 1;
  const touches = (from: number, to: number) => edited.column <= to && lastEdited >= from;
  const decision = decisionColumn(layout);
  const decided = decidedColumn(layout);
  const at = (r: number, column: number): CellValue => rows[r][column - layout.nameColumn] ?? null;
  const name = (r: number) => String(at(r, layout.nameColumn) ?? "");
  const mine = rows.map((_, r) => r).filter((r) => inMatrix[r]);

  // Typed or pasted Decision cells are dated, unless the edit also wrote Decided on (a date given by hand).
  if (touches(decision, decision) && !touches(decided, decided)) {
    const writes: CellWrite[] = [];
    const lines = mine.map((r) => {
      const set = cellText(at(r, decision));
      const date = cellText(at(r, decided));
      if (set !== "" || date !== "")
        writes.push({
          row: row + r,
          column: decided,
          content: set === "" ? { text: "" } : { date: time }, // a Decision cleared: nothing was decided
          old: date,
          initiative: name(r),
          role: "Decided on",
          unlogged: true,
        });
      return {
        initiative: name(r),
        role: "Decision",
        cell: a1(row + r, decision),
        old: oldOf(edit, "(pasted)"),
        new: set,
      };
    });
    if (layout.agreedBy === true) writes.push(...agreedByWrites(edit, layout, row, mine, at, signers));
    return { writes, lines };
  }
  // A single code set to what it held already (or its alias) is no change to the agreement; a paste, a fill or
  // a drag says nothing of what was there, so it counts as one. An edit that wrote the Decision too (a whole
  // row pasted, its date given) is the person's own decision, and stands.
  const codes = touches(layout.firstRoleColumn, lastRoleColumn(layout)) && !touches(decision, decision);
  const typed = [e.oldValue ?? "", e.value ?? ""];
  if (!codes || (edit.typed && !codeChanged(typed[0], typed[1], kindFor(edit, typed))))
    return { writes: [], lines: [] };
  const changed = mine.map((r) => ({ row: row + r, initiative: name(r) }));
  return { writes: agreementWrites(layout, changed, (r, column) => at(r - row, column), today), lines: [] };
}

/**
 * Agreed by for Decisions set by hand: who set Agreed, on top of those already named when one cell was typed
 * over Agreed (a second owner agreeing); nothing for a paste that kept it; cleared on any other Decision.
 */
function agreedByWrites(
  edit: Edit,
  layout: Layout,
  row: number,
  mine: readonly number[],
  at: (r: number, column: number) => CellValue,
  signers: () => Signer[],
): CellWrite[] {
  const column = agreedByColumn(layout);
  const stillAgreed = edit.typed && isAgreed(edit.e.oldValue ?? "");
  return mine.flatMap((r): CellWrite[] => {
    const was = cellText(at(r, column));
    const now = isAgreed(at(r, decisionColumn(layout)))
      ? recordText(withSigners(stillAgreed ? parseRecord(was) : null, signers()))
      : "";
    if (now === was) return [];
    const initiative = String(at(r, layout.nameColumn) ?? "");
    // Logged on the Decision line the edit itself has, like its date.
    const content = { text: now, literal: true };
    return [{ row: row + r, column, content, old: was, initiative, role: "Agreed by", unlogged: true }];
  });
}
