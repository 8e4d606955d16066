/**
 * The one way the add-on inserts rows or columns (a role, an initiative, the people row, the agreement
 * columns, the hidden check column, an adopted table's Status): first what of the users' the new line would
 * change (sheets/acrossLine.ts), refused with the cells named; then Sheets' own insert, so everything right
 * of or below it moves along with its formulas adjusted; then the new line's own cells, and if writing them
 * fails, the lines are deleted again so the sheet is as it was.
 */
import type { CellValue } from "../../core/types";
import {
  lineName,
  nothingAcross,
  usersAcross,
  type Across,
  type Line,
  type Span,
} from "../../sheets/acrossLine";
import { listCells, spanOf, type AddonMatrix } from "../../sheets/addonMade";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet's values and whose cells they are, as the caller read them. */
export interface Place {
  sheet: Sheet;
  values: CellValue[][];
  span: Span;
}

/** Where the lines of a matrix go. */
export const matrixPlace = (matrix: AddonMatrix): Place => ({
  sheet: matrix.sheet,
  values: matrix.values,
  span: spanOf(matrix),
});

/**
 * Inserts `line` and calls `fill` with the first new row or column; refuses (nothing changed) when it would
 * widen users' merged cells or ranges or cut through their tables. `what` starts the refusal: "adding a role".
 */
export function insertLine(
  { sheet, values, span }: Place,
  line: Line,
  what: string,
  fill: (first: number) => void,
): void {
  const across = usersAcross(sheet, values, span, line);
  if (!nothingAcross(across)) throw new Error(refusal(what, line, across));
  insertLines(sheet, line);
  try {
    fill(line.after + 1);
  } catch (error) {
    deleteLines(sheet, line); // undo, so the sheet is as it was
    throw error;
  }
}

/** True when `line` can go in without changing anything of the users' (for what the add-on may leave out). */
export function canInsertLine({ sheet, values, span }: Place, line: Line): boolean {
  return nothingAcross(usersAcross(sheet, values, span, line));
}

function insertLines(sheet: Sheet, { dimension, after, count }: Line): void {
  if (dimension === "rows") sheet.insertRowsAfter(after, count);
  else sheet.insertColumnsAfter(after, count);
}

function deleteLines(sheet: Sheet, { dimension, after, count }: Line): void {
  if (dimension === "rows") sheet.deleteRows(after + 1, count);
  else sheet.deleteColumns(after + 1, count);
}

function refusal(
  what: string,
  { dimension, after, count }: Line,
  { merges, tables, formulas }: Across,
): string {
  const noun = dimension === "rows" ? "row" : "column";
  const lines = count === 1 ? `a ${noun}` : `${count} ${noun}s`;
  const harms = [
    ...(merges.length > 0 ? [`widen merged cells outside the matrix (${listCells(merges)})`] : []),
    ...(tables.length > 0 ? [`cut through your table below or above it (${listCells(tables)})`] : []),
    ...(formulas.length > 0
      ? [`widen the ranges of your formulas across the matrix's edge (${listCells(formulas)})`]
      : []),
  ];
  const fixes = [
    ...(merges.length > 0 ? ["Unmerge them first."] : []),
    ...(tables.length > 0 ? ["Move the table first."] : []),
    ...(formulas.length > 0 ? ["Change those formulas first."] : []),
  ];
  return (
    `Nothing was changed: ${what} inserts ${lines} after ${lineName(dimension, after)}, which would ` +
    `${harms.join(" and ")}. ${fixes.join(" ")}`
  );
}
