/**
 * The overview's formulas: each counts, in one matrix, the initiatives a role holds R or A on, straight from
 * the matrix's code cells, so the number follows every edit for every collaborator with no script running.
 * The only user text in them is the matrix's sheet name, and only as a quoted sheet reference (quotes
 * doubled), which Sheets keeps pointing at the sheet when it is renamed.
 */
import { columnLetter } from "../a1";
import { countOf, owningSpellings } from "../plan/formulas";
import type { MatrixKind } from "../types";

/** `'Q1 plan'!`: a sheet name as a formula reference, whatever it holds ("It's", "=HYPERLINK(…)"). */
export function sheetReference(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/**
 * The initiatives a role holds R or A on (D or A in DACI) in one matrix of `kind`: its code cells in
 * `columns`, rows first..last.
 */
export function ownedCountFormula(
  sheetName: string,
  kind: MatrixKind,
  columns: readonly number[],
  first: number,
  last: number,
): string {
  const sheet = sheetReference(sheetName);
  const counts = columns.map((column) => {
    const letter = columnLetter(column);
    // Every spelling of the kind that holds R or A (A/R once), as the matrix's own summary counts its share.
    return countOf(`${sheet}$${letter}$${first}:$${letter}$${last}`, owningSpellings(kind));
  });
  return `=${counts.join("+")}`;
}
