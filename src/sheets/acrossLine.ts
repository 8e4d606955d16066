/**
 * What of the users' an inserted row or column would change, before the add-on inserts it. Sheets inserts a
 * whole line: it widens a merge that the line falls inside, cuts through every table across its place (a
 * table below the matrix, for a column), and widens every reference that spans its place ("J9:K9" becomes
 * "J9:L9"). Inside the matrix's own span that is what people expect (a new role is one more column of the
 * matrix); at its edge, a user's range that reaches past the matrix would start counting the new column.
 */
import { a1, columnLetter } from "../core/a1";
import { rangesRead, widenedBy } from "../core/formulaRefs";
import type { CellValue } from "../core/types";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type Dimension = "rows" | "columns";

/** Where lines go: `count` of them right after row or column `after`. */
export interface Line {
  dimension: Dimension;
  after: number;
  count: number;
}

/** The matrix (or the table being adopted) whose lines are inserted: which cells are its own. */
export interface Span {
  ownsRow: (row: number) => boolean;
  ownsColumn: (column: number) => boolean;
  /** Its last row and last column: a line inserted right after one of them is at its edge. */
  lastRow: number;
  lastColumn: number;
}

/** The users' things an insertion would change, each named by its cells. */
export interface Across {
  merges: string[];
  tables: string[];
  formulas: string[];
}

const filled = (value: CellValue): boolean =>
  value !== null && value !== undefined && (typeof value !== "string" || value.trim() !== "");

/** What of the users' lies across `line` (values: the sheet from A1, as the caller read it). */
export function usersAcross(sheet: Sheet, values: CellValue[][], span: Span, line: Line): Across {
  return {
    merges: mergesAcross(sheet, span, line),
    tables: line.dimension === "columns" ? tablesAcross(values, span, line.after) : [],
    formulas: atEdge(span, line) ? formulasAcross(sheet, line) : [],
  };
}

export const nothingAcross = ({ merges, tables, formulas }: Across): boolean =>
  merges.length + tables.length + formulas.length === 0;

const atEdge = (span: Span, { dimension, after }: Line): boolean =>
  after === (dimension === "rows" ? span.lastRow : span.lastColumn);

/**
 * Users' merged cells across the place: Sheets would widen them. A merge wholly inside the matrix's own
 * columns (for a row) or rows (for a column) is the matrix's, and grows with it.
 */
function mergesAcross(sheet: Sheet, span: Span, { dimension, after }: Line): string[] {
  const rows = dimension === "rows";
  const band = rows
    ? sheet.getRange(after, 1, 2, sheet.getMaxColumns())
    : sheet.getRange(1, after, sheet.getMaxRows(), 2);
  const owns = rows ? span.ownsColumn : span.ownsRow;
  return band
    .getMergedRanges()
    .filter((m) => {
      const [from, to, side, sideEnd] = rows
        ? [m.getRow(), m.getLastRow(), m.getColumn(), m.getLastColumn()]
        : [m.getColumn(), m.getLastColumn(), m.getRow(), m.getLastRow()];
      return from <= after && to > after && !(owns(side) && owns(sideEnd));
    })
    .map((m) => m.getA1Notation());
}

/**
 * Users' tables a new column would cut through: rows outside the matrix with a value on both sides of the
 * place, named as runs of the two cells ("E45:F46"). (A new row inside the matrix moves what people keep
 * beside each initiative along with it, by design: rows are not checked.)
 */
function tablesAcross(values: CellValue[][], span: Span, after: number): string[] {
  const runs: [number, number][] = [];
  values.forEach((row, i) => {
    const r = i + 1;
    if (span.ownsRow(r) || !filled(row[after - 1]) || !filled(row[after])) return;
    const run = runs[runs.length - 1];
    if (run && run[1] === r - 1) run[1] = r;
    else runs.push([r, r]);
  });
  return runs.map(([top, bottom]) => `${a1(top, after)}:${a1(bottom, after + 1)}`);
}

/** Formulas of the sheet whose ranges span the place: "H9 (=COUNTA(F9:G9))". One read, at the edge only. */
function formulasAcross(sheet: Sheet, { dimension, after }: Line): string[] {
  const name = sheet.getName();
  const found: string[] = [];
  sheet
    .getDataRange()
    .getFormulas()
    .forEach((row, r) =>
      row.forEach((formula, c) => {
        if (formula === "" || !rangesRead(formula, name).some((range) => widenedBy(range, dimension, after)))
          return;
        found.push(`${a1(r + 1, c + 1)} (${formula.length > 60 ? `${formula.slice(0, 57)}…` : formula})`);
      }),
    );
  return found;
}

/** "column F" or "row 9". */
export const lineName = (dimension: Dimension, index: number): string =>
  dimension === "rows" ? `row ${index}` : `column ${columnLetter(index)}`;
