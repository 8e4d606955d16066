/**
 * The cell grammar of each kind of matrix (docs/domain.md): what a code cell means, and the canonical text the
 * add-on writes back. Which codes and spellings a kind accepts is the kinds table's (kinds.ts).
 */
import { CODE_PARTS, DEFAULT_KIND, KINDS, MATRIX_KINDS } from "./kinds";
import type { CanonicalCode, CellValue, MatrixKind, ParsedCode, Part } from "./types";

// Shared, frozen results: parsing a million cells should not allocate a million objects.
const EMPTY: ParsedCode = Object.freeze({ kind: "empty" });
const PARSED = Object.fromEntries(
  Object.entries(CODE_PARTS).map(([code, parts]) => [
    code,
    Object.freeze({ kind: "code", code, parts: Object.freeze([...parts]) }),
  ]),
) as Record<CanonicalCode, ParsedCode>;

interface Grammar {
  codes: readonly CanonicalCode[];
  /** Every accepted spelling, upper-cased with all whitespace removed. */
  spellings: ReadonlyMap<string, ParsedCode>;
  /** The same with the parts each stands for, as the sheet's formulas compare a cell's text. */
  spellingParts: readonly { spelling: string; parts: readonly Part[] }[];
}

/**
 * A kind's spellings: single-letter codes first, then the other short ones, then the words, so the sheet's
 * formulas count the likeliest spellings first (and a RACI matrix's read as they always did).
 */
function grammar(kind: MatrixKind): Grammar {
  const { codes } = KINDS[kind];
  const all = codes.flatMap(({ code, aliases }) =>
    [code, ...aliases].map((spelling) => ({ spelling, code })),
  );
  const rank = (spelling: string) => (spelling.length === 1 ? 0 : spelling.length <= 3 ? 1 : 2);
  const ordered = all
    .map((entry, i) => ({ ...entry, i }))
    .sort((a, b) => rank(a.spelling) - rank(b.spelling) || a.i - b.i);
  return {
    codes: Object.freeze(codes.map(({ code }) => code)),
    spellings: new Map(ordered.map(({ spelling, code }) => [spelling, PARSED[code]])),
    spellingParts: Object.freeze(
      ordered.map(({ spelling, code }) => ({ spelling, parts: CODE_PARTS[code] })),
    ),
  };
}

const GRAMMARS = Object.fromEntries(MATRIX_KINDS.map((kind) => [kind, grammar(kind)])) as Record<
  MatrixKind,
  Grammar
>;

/** The only forms the add-on writes in a matrix of `kind`, in the order legends and dropdowns list them. */
export function codesOf(kind: MatrixKind = DEFAULT_KIND): readonly CanonicalCode[] {
  return GRAMMARS[kind].codes;
}

/** A RACI matrix's codes: R, A, A/R, C, I. */
export const CANONICAL_CODES: readonly CanonicalCode[] = codesOf("RACI");

/** Every spelling `kind` accepts with the parts it stands for, as the sheet's formulas compare a cell's text. */
export function spellingParts(kind: MatrixKind): readonly { spelling: string; parts: readonly Part[] }[] {
  return GRAMMARS[kind].spellingParts;
}

/** The spellings `kind` accepts for a role holding `part` (a RACI "A/R" holds both A and R). */
export function spellingsWith(part: Part, kind: MatrixKind): string[] {
  return spellingParts(kind)
    .filter(({ parts }) => parts.includes(part))
    .map(({ spelling }) => spelling);
}

export function allSpellings(kind: MatrixKind): string[] {
  return spellingParts(kind).map(({ spelling }) => spelling);
}

const WHITESPACE = /\s+/g;

/** True for the forms the add-on writes in a matrix of `kind`, exactly as written (no alias, no lower case). */
export function isCanonical(text: string, kind: MatrixKind = DEFAULT_KIND): text is CanonicalCode {
  return (codesOf(kind) as readonly string[]).includes(text);
}

/**
 * Reads a cell as `getValues()` returns it, in a matrix of `kind`. Anything that is not one of the kind's
 * codes (a DACI "R", a RACI "D") stays invalid, with its text kept.
 */
export function parseCode(value: CellValue, kind: MatrixKind = DEFAULT_KIND): ParsedCode {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "string") {
    const { spellings } = GRAMMARS[kind];
    // Fast path: most cells already hold a canonical letter.
    const exact = spellings.get(value);
    if (exact !== undefined) return exact;
    const key = value.replace(WHITESPACE, "").toUpperCase();
    if (key === "") return EMPTY;
    return spellings.get(key) ?? { kind: "invalid", text: value };
  }
  return { kind: "invalid", text: displayText(value) };
}

/**
 * A cell read as a code when any kind has it (a D, an S, an R), else as RACI reads it: for finding a table, and
 * what its rows are, before its kind is known.
 */
export function parseAnyKind(value: CellValue): ParsedCode {
  for (const kind of MATRIX_KINDS) {
    const parsed = parseCode(value, kind);
    if (parsed.kind === "code") return parsed;
  }
  return parseCode(value);
}

/** The text to keep in the cell: the canonical code, "" when empty, or the user's own text when invalid. */
export function canonicalText(value: CellValue, kind: MatrixKind = DEFAULT_KIND): string {
  const parsed = parseCode(value, kind);
  if (parsed.kind === "code") return parsed.code;
  return parsed.kind === "invalid" ? parsed.text : "";
}

/**
 * The code onEdit should write over a typed alias ("ra", "Accountable", " r ", a RASCI "s"), or null when the
 * cell should be left alone: already canonical, empty, invalid, or not text at all (a number or date is never
 * rewritten).
 */
export function canonicalReplacement(
  value: CellValue,
  kind: MatrixKind = DEFAULT_KIND,
): CanonicalCode | null {
  if (typeof value !== "string") return null;
  const parsed = parseCode(value, kind);
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
