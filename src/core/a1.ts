/** A1 notation: column letters, cell addresses and ranges, 1-based like the Sheets API. */

/** A rectangle as `Sheet.getRange(row, column, numRows, numColumns)` takes it. */
export interface A1Range {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

function isPositiveInteger(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 1;
}

/** 1 → "A", 26 → "Z", 27 → "AA", 18278 → "ZZZ". */
export function columnLetter(col: number): string {
  if (!isPositiveInteger(col)) throw new Error(`A column number must be a whole number from 1; got ${col}.`);
  let letters = "";
  // Bijective base 26: there is no zero digit, so shift by one before each division.
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 1, "AA" → 27; lower case is accepted. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) throw new Error(`"${letters}" is not a column name such as A or AB.`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (!Number.isSafeInteger(n)) throw new Error(`Column "${letters}" is too far to the right.`);
  return n;
}

/** (3, 2) → "B3". */
export function a1(row: number, col: number): string {
  if (!isPositiveInteger(row)) throw new Error(`A row number must be a whole number from 1; got ${row}.`);
  return columnLetter(col) + String(row);
}

/** Like `a1`, but undefined instead of an error: for naming cells of a matrix that may hold odd positions. */
export function tryA1(row: number, col: number): string | undefined {
  return isPositiveInteger(row) && isPositiveInteger(col) ? a1(row, col) : undefined;
}

const CELL = /^\$?([A-Za-z]+)\$?([1-9][0-9]*)$/;

function parseCell(text: string, whole: string): { row: number; column: number } {
  const match = CELL.exec(text);
  if (match === null) throw new Error(`"${whole}" is not a cell or range such as B3 or B3:D7.`);
  const row = Number(match[2]);
  if (!Number.isSafeInteger(row)) throw new Error(`"${whole}" names a row that is too far down.`);
  return { row, column: columnIndex(match[1]) };
}

/** "B3" or "B3:D7" (either corner first; `$` allowed) → the range it covers. */
export function parseA1(ref: string): A1Range {
  const parts = ref.trim().split(":");
  if (parts.length > 2) throw new Error(`"${ref}" is not a cell or range such as B3 or B3:D7.`);
  const start = parseCell(parts[0], ref);
  const end = parts.length === 2 ? parseCell(parts[1], ref) : start;
  const row = Math.min(start.row, end.row);
  const column = Math.min(start.column, end.column);
  return {
    row,
    column,
    numRows: Math.max(start.row, end.row) - row + 1,
    numColumns: Math.max(start.column, end.column) - column + 1,
  };
}
