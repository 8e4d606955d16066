/**
 * The agreement a write of codes breaks (docs/domain.md "Agreement"): an Agreed row whose codes now mean
 * something else becomes "Changed since agreed", whoever changed them (a person typing or pasting, a fix, a
 * conversion, Undo). Decided on keeps the day the row was agreed; the change gets its own day in Agreed by
 * ("COO (Dana Lee); codes changed 2026-05-12") where the matrix has that column, and in the change log always.
 * A code rewritten in another spelling of the same code ("ra" → "A/R") changes nothing the team agreed on.
 */
import { canonicalText } from "../codes";
import { agreedByColumn, CHANGED_SINCE_AGREED, decisionColumn, DECISIONS, type Layout } from "../plan/layout";
import { parseRecord, recordText } from "../signoff/record";
import type { CellValue, MatrixKind } from "../types";
import type { CellWrite } from "./cells";

const text = (value: CellValue): string =>
  value === null || value === undefined ? "" : String(value).trim();

export const isAgreed = (value: CellValue): boolean =>
  text(value).toLowerCase() === DECISIONS[1].toLowerCase();

/** A code cell's change from what it held (`old`) to `now`, by meaning in a matrix of `kind` ("s" is S in RASCI). */
export const codeChanged = (old: CellValue, now: CellValue, kind: MatrixKind): boolean =>
  canonicalText(old, kind) !== canonicalText(now, kind);

/**
 * The Decision (and Agreed by) writes for the rows in `changedRows` (rows whose codes changed meaning) that
 * are Agreed now: one "Changed since agreed" per row, nothing for the rows between. `today` is the day
 * (yyyy-mm-dd, in the spreadsheet's time zone), asked only when a row is reopened.
 */
export function agreementWrites(
  layout: Layout,
  changedRows: readonly { row: number; initiative: string }[],
  valueAt: (row: number, column: number) => CellValue,
  today: () => string,
): CellWrite[] {
  if (layout.agreement !== true) return [];
  const decision = decisionColumn(layout);
  const seen = new Set<number>();
  return changedRows.flatMap(({ row, initiative }): CellWrite[] => {
    const current = valueAt(row, decision);
    if (seen.has(row) || !isAgreed(current)) return [];
    seen.add(row);
    const reopen: CellWrite = {
      row,
      column: decision,
      content: { text: CHANGED_SINCE_AGREED },
      old: text(current),
      initiative,
      role: "Decision",
    };
    if (layout.agreedBy !== true) return [reopen];
    const was = text(valueAt(row, agreedByColumn(layout)));
    const signers = parseRecord(was).signers;
    // Agreed by hand before the column existed: nobody is known, the day still is.
    const changed = recordText({ signers: signers.length > 0 ? signers : [{}], changedOn: today() });
    return [
      reopen,
      {
        row,
        column: agreedByColumn(layout),
        content: { text: changed, literal: true },
        old: was,
        initiative,
        role: "Agreed by",
        partOf: { row, column: decision },
      },
    ];
  });
}
