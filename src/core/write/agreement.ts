/**
 * The agreement a write of codes breaks (docs/domain.md "Agreement"): an Agreed row whose codes now mean
 * something else becomes "Changed since agreed", dated, whoever changed them (a person typing or pasting, a
 * fix, a conversion, Undo). A code rewritten in another spelling of the same code ("ra" → "A/R") changes
 * nothing the team agreed on.
 */
import { canonicalText } from "../codes";
import { CHANGED_SINCE_AGREED, decidedColumn, decisionColumn, DECISIONS, type Layout } from "../plan/layout";
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
 * The Decision and Decided on writes for the rows in `changedRows` (rows whose codes changed meaning) that are
 * Agreed now: one "Changed since agreed" and one date per row, nothing for the rows between.
 */
export function agreementWrites(
  layout: Layout,
  changedRows: readonly { row: number; initiative: string }[],
  valueAt: (row: number, column: number) => CellValue,
  time: Date,
): CellWrite[] {
  if (layout.agreement !== true) return [];
  const decision = decisionColumn(layout);
  const decided = decidedColumn(layout);
  const seen = new Set<number>();
  return changedRows.flatMap(({ row, initiative }) => {
    const current = valueAt(row, decision);
    if (seen.has(row) || !isAgreed(current)) return [];
    seen.add(row);
    return [
      {
        row,
        column: decision,
        content: { text: CHANGED_SINCE_AGREED },
        old: text(current),
        initiative,
        role: "Decision",
      },
      {
        row,
        column: decided,
        content: { date: time },
        old: text(valueAt(row, decided)),
        initiative,
        role: "Decided on",
        partOf: { row, column: decision },
      },
    ];
  });
}
