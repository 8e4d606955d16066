/**
 * RACI cell grammar (docs/domain.md): what a code cell means, and the canonical text the add-on writes back.
 */
import type { CanonicalCode, CellValue, Letter, ParsedCode } from "./types";

/** The only forms the add-on writes, in the order legends and menus list them. */
export const CANONICAL_CODES: readonly CanonicalCode[] = Object.freeze(["R", "A", "A/R", "C", "I"]);

/** One short sentence per code, for legends, help text and data-validation hints. */
export const CODE_MEANINGS: Readonly<Record<CanonicalCode, string>> = Object.freeze({
  R: "Responsible: does the work.",
  A: "Accountable: owns the outcome and signs off. Exactly one per initiative.",
  "A/R": "Accountable and responsible: owns the outcome and does the work.",
  C: "Consulted: gives input before the work is done.",
  I: "Informed: told of progress or the outcome.",
});

// Shared, frozen results: parsing a million cells should not allocate a million objects.
const EMPTY: ParsedCode = Object.freeze({ kind: "empty" });

function frozenCode(code: CanonicalCode, letters: Letter[]): ParsedCode {
  return Object.freeze({ kind: "code", code, letters: Object.freeze(letters) });
}

const R = frozenCode("R", ["R"]);
const A = frozenCode("A", ["A"]);
const AR = frozenCode("A/R", ["A", "R"]);
const C = frozenCode("C", ["C"]);
const I = frozenCode("I", ["I"]);

/** Every accepted spelling, upper-cased with all whitespace removed. */
const SPELLINGS: ReadonlyMap<string, ParsedCode> = new Map([
  ["R", R],
  ["A", A],
  ["C", C],
  ["I", I],
  ["A/R", AR],
  ["R/A", AR],
  ["AR", AR],
  ["RA", AR],
  ["A,R", AR],
  ["A+R", AR],
  ["RESPONSIBLE", R],
  ["ACCOUNTABLE", A],
  ["CONSULTED", C],
  ["INFORMED", I],
]);

/** Every accepted spelling with the letters it stands for, as the sheet's formulas compare a cell's text. */
export const SPELLING_LETTERS: readonly { spelling: string; letters: readonly Letter[] }[] = Object.freeze(
  [...SPELLINGS].map(([spelling, code]) => ({ spelling, letters: code.kind === "code" ? code.letters : [] })),
);

/** The accepted spellings that stand for a role holding `letter` (R, A, C or I). */
export function spellingsWith(letter: Letter): string[] {
  return SPELLING_LETTERS.filter(({ letters }) => letters.includes(letter)).map(({ spelling }) => spelling);
}

export const ALL_SPELLINGS: readonly string[] = Object.freeze(
  SPELLING_LETTERS.map(({ spelling }) => spelling),
);

const WHITESPACE = /\s+/g;

/** True for the five forms the add-on writes, exactly as written (no alias, no lower case). */
export function isCanonical(text: string): text is CanonicalCode {
  return (CANONICAL_CODES as readonly string[]).includes(text);
}

/** Reads a cell as `getValues()` returns it. Anything that is not a code stays invalid, with its text kept. */
export function parseCode(value: CellValue): ParsedCode {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "string") {
    // Fast path: most cells already hold a canonical letter.
    const exact = SPELLINGS.get(value);
    if (exact !== undefined) return exact;
    const key = value.replace(WHITESPACE, "").toUpperCase();
    if (key === "") return EMPTY;
    return SPELLINGS.get(key) ?? { kind: "invalid", text: value };
  }
  return { kind: "invalid", text: displayText(value) };
}

/** The text to keep in the cell: the canonical code, "" when empty, or the user's own text when invalid. */
export function canonicalText(value: CellValue): string {
  const parsed = parseCode(value);
  if (parsed.kind === "code") return parsed.code;
  return parsed.kind === "invalid" ? parsed.text : "";
}

/**
 * The code onEdit should write over a typed alias ("ra", "Accountable", " r "), or null when the cell should be
 * left alone: already canonical, empty, invalid, or not text at all (a number or date is never rewritten).
 */
export function canonicalReplacement(value: CellValue): CanonicalCode | null {
  if (typeof value !== "string") return null;
  const parsed = parseCode(value);
  return parsed.kind === "code" && parsed.code !== value ? parsed.code : null;
}

/** How a non-text cell reads to the user, for messages. */
function displayText(value: Exclude<CellValue, string | null | undefined>): string {
  // Checked by tag, not instanceof: the add-on may run in another realm (node:vm) than the Dates it reads.
  if (Object.prototype.toString.call(value) === "[object Date]") {
    const time = (value as Date).getTime();
    return Number.isNaN(time) ? "Invalid Date" : (value as Date).toISOString();
  }
  return String(value);
}
