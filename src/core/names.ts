/** Name identity for roles and initiatives: "Chief of  Staff " and "chief of staff" are the same role. */

const WHITESPACE_RUNS = /\s+/g;

/** The form two names are compared in: trimmed, inner whitespace collapsed, lower case, NFC. */
export function normalizeName(s: string): string {
  // NFC last, so that lower-casing a composed and a decomposed letter ends in the same code points.
  return s.trim().replace(WHITESPACE_RUNS, " ").toLocaleLowerCase().normalize("NFC");
}

/** Normalised name → index of its first occurrence. Later duplicates are left to the caller to report. */
export function indexNames(names: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    const key = normalizeName(name);
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}
