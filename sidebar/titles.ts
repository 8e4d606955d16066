/**
 * A new matrix's title against the sheets the spreadsheet has: the server never overwrites a sheet and
 * would add " (2)" on its own (uniqueSheetName), so New matrix says so first and proposes that title. Pure.
 */
import { LOG_SHEET_NAME } from "../src/core/keys";
import { MAX_TITLE_LENGTH } from "../src/core/limits";

/** Sheets refuses a second sheet whose name differs only in case, so names are compared that way. */
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** True when a sheet (or the add-on's change log, even before it exists) already has this name. */
export function isTaken(title: string, sheetNames: readonly string[]): boolean {
  return [...sheetNames, LOG_SHEET_NAME].some((name) => same(name, title));
}

/** The title, or "title (2)", "title (3)"…: the first no sheet has, as the server would choose it. */
export function freeTitle(title: string, sheetNames: readonly string[]): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const candidate = title.slice(0, MAX_TITLE_LENGTH - suffix.length) + suffix;
    if (!isTaken(candidate, sheetNames)) return candidate;
  }
}
