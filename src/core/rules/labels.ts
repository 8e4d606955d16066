/** How initiatives, roles and columns are named in messages an executive reads. */
import { columnLetter } from "../a1";
import { shorten } from "../guards";
import type { MatrixRole } from "../types";

/** "D" for column 4; the bare number when a matrix carries an impossible column. */
export function columnName(column: number): string {
  return Number.isSafeInteger(column) && column >= 1 ? columnLetter(column) : String(column);
}

/** `"Budget"`, or `the unnamed initiative in row 7`. `name` is already trimmed. */
export function initiativeLabel(name: string, row: number): string {
  return name === "" ? `the unnamed initiative in row ${row}` : `"${shorten(name, 80)}"`;
}

/**
 * The role's header text, or `the unnamed role in column D` (capitalised when it opens a sentence), with
 * the person holding it when the people row names one: `COO (Dana Lee)`.
 */
export function roleLabel(role: MatrixRole, opensSentence = false): string {
  const name = role.name.trim();
  const label =
    name !== ""
      ? shorten(name, 80)
      : `${opensSentence ? "The" : "the"} unnamed role in column ${columnName(role.column)}`;
  const person = (role.heldBy ?? "").trim();
  return person === "" ? label : `${label} (${shorten(person, 60)})`;
}

/** For an initiative label that opens a sentence (a quoted name is left as it is). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "CEO", "CEO and COO", "CEO, COO and CFO". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
