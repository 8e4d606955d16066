/**
 * Rewriting typed aliases ("ra", "Responsible", " c ") in canonical form. Only the cells that change are
 * written, grouped by code into RangeLists (one call per code), so a cell someone else is typing in at the
 * same moment is never overwritten with an older value, and formulas and text elsewhere stay untouched.
 */
import { a1 } from "../../core/a1";
import { canonicalReplacement } from "../../core/codes";
import type { CanonicalCode, CellValue, MatrixKind } from "../../core/types";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * `values` are the cells from (top, left) as getValues returned them, in a matrix of `kind`; returns how
 * many were rewritten. A formula whose result reads like an alias is left alone: one getFormulas, only when
 * something changes.
 */
export function canonicaliseCells(
  sheet: Sheet,
  top: number,
  left: number,
  values: CellValue[][],
  kind?: MatrixKind,
): number {
  const changes: { row: number; column: number; code: CanonicalCode }[] = [];
  values.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const code = canonicalReplacement(value, kind);
      if (code) changes.push({ row: r, column: c, code });
    }),
  );
  if (changes.length === 0) return 0;
  const formulas = sheet.getRange(top, left, values.length, values[0].length).getFormulas();
  const byCode = new Map<CanonicalCode, string[]>();
  for (const { row, column, code } of changes) {
    if (formulas[row][column] !== "") continue;
    const cells = byCode.get(code);
    if (cells) cells.push(a1(top + row, left + column));
    else byCode.set(code, [a1(top + row, left + column)]);
  }
  byCode.forEach((cells, code) => sheet.getRangeList(cells).setValue(code));
  return changes.length;
}
