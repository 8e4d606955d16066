/**
 * The ranges a formula reads on its own sheet, from its text: enough to tell whether inserting a row or
 * column at some place would make Sheets widen one of them (Sheets grows a reference that spans the place of
 * an insertion: "J9:K9" becomes "J9:L9"). Text in quotes is skipped; a reference to another sheet is not
 * this sheet's.
 */
import { columnIndex } from "./a1";

/** A rectangle read by a formula, 1-based and inclusive; whole rows or columns reach to Infinity. */
export interface FormulaRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

// An optional sheet prefix ('My sheet'! or Sheet1!), then A1:B2, A:B or 1:2, each part with optional $.
const REF =
  /(?<![\w.$])(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\w(])/g;
const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function corner(text: string): { column: number; row: number } {
  const [, letters, digits] = CELL.exec(text) ?? [];
  return {
    column: letters === undefined ? NaN : columnIndex(letters),
    row: digits === undefined ? NaN : Number(digits),
  };
}

/** The ranges `formula` (its text, "=…") reads on the sheet called `sheetName`. */
export function rangesRead(formula: string, sheetName: string): FormulaRange[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""'); // no reference inside text
  const ranges: FormulaRange[] = [];
  for (const match of code.matchAll(REF)) {
    const [, prefix, ref] = match;
    if (prefix !== undefined) {
      const name = prefix.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
      if (name !== sheetName) continue;
    }
    const [from, to = from] = ref.split(":").map(corner);
    const rows = [from.row, to.row];
    const columns = [from.column, to.column];
    ranges.push({
      top: Number.isNaN(rows[0]) ? 1 : Math.min(...rows),
      bottom: Number.isNaN(rows[0]) ? Infinity : Math.max(...rows),
      left: Number.isNaN(columns[0]) ? 1 : Math.min(...columns),
      right: Number.isNaN(columns[0]) ? Infinity : Math.max(...columns),
    });
  }
  return ranges;
}

/**
 * True when inserting lines right after line `after` (a row, or a column) widens `range`: it spans that
 * place, holding line `after` and the one after it. A whole row is never widened by a column, nor a whole
 * column by a row.
 */
export function widenedBy(range: FormulaRange, dimension: "rows" | "columns", after: number): boolean {
  const [first, last, whole] =
    dimension === "rows"
      ? [range.top, range.bottom, range.bottom === Infinity]
      : [range.left, range.right, range.right === Infinity];
  return !whole && first <= after && after < last;
}
