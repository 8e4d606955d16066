import type { ShorthandCell } from "../../core/types";
import type { MatrixOnSheet } from "../../sheets/read";

/**
 * The matrix's shorthand cells that hold no formula: a formula whose result reads like an alias (="ra") is
 * someone's own logic, never rewritten. One getFormulas over the rows that hold them, only when there are any.
 */
export function shorthandWithoutFormulas({ sheet, matrix }: MatrixOnSheet): ShorthandCell[] {
  const cells = matrix.shorthand ?? [];
  if (cells.length === 0) return [];
  const top = cells[0].row;
  const bottom = cells[cells.length - 1].row;
  let left = cells[0].column;
  let right = left;
  for (const c of cells) {
    left = Math.min(left, c.column);
    right = Math.max(right, c.column);
  }
  const formulas = sheet.getRange(top, left, bottom - top + 1, right - left + 1).getFormulas();
  return cells.filter((c) => formulas[c.row - top][c.column - left] === "");
}
