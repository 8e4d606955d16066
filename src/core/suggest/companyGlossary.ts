/**
 * A company's own glossary (issue 21): words or phrases the company uses for its work ("Atlas", "the Hub",
 * "fulfilment squad"), each given to a role, or to one line of a role's charter. An entry counts as evidence
 * exactly like a word of that charter. Pure: the caller stores it (per spreadsheet) and passes it in.
 */
import { own, type ErrorList } from "../fieldErrors";
import { isRecord, shorten } from "../guards";
import { normalizeName } from "../names";

export interface GlossaryEntry {
  /** The word or phrase as the company writes it. */
  term: string;
  /** The role it belongs to (a role of the matrix, by name). */
  role: string;
  /** The 0-based index of the charter line it belongs to; absent: the role as a whole. */
  line?: number;
}

export type CompanyGlossary = readonly GlossaryEntry[];

/** Bounds that keep a glossary within one 9 KB document property. */
export const MAX_GLOSSARY_ENTRIES = 200;
export const MAX_GLOSSARY_TERM = 60;

/** A glossary given by a caller, checked entry by entry against the matrix's roles and their charters. */
export function readGlossary(
  value: unknown,
  charters: ReadonlyMap<string, readonly string[]>,
  errors: ErrorList,
  field = "glossary",
): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  if (value === undefined || value === null) return entries;
  if (!Array.isArray(value)) {
    errors.add(
      field,
      'A glossary must be a list of entries, for example [{ "term": "Atlas", "role": "COO" }].',
    );
    return entries;
  }
  if (value.length > MAX_GLOSSARY_ENTRIES)
    errors.add(field, `Too many glossary entries: ${value.length}; the limit is ${MAX_GLOSSARY_ENTRIES}.`);
  value.slice(0, MAX_GLOSSARY_ENTRIES).forEach((item: unknown, i) => {
    const at = `${field}[${i}]`;
    if (!isRecord(item)) return errors.add(at, "Each entry needs a term and a role.");
    const term = own(item, "term");
    const role = own(item, "role");
    const line = own(item, "line");
    if (typeof term !== "string" || term.trim() === "")
      return errors.add(`${at}.term`, "The term must be a word or phrase.");
    if (term.trim().length > MAX_GLOSSARY_TERM)
      return errors.add(`${at}.term`, `The term is too long (the limit is ${MAX_GLOSSARY_TERM} characters).`);
    if (typeof role !== "string" || !charters.has(normalizeName(role)))
      return errors.add(`${at}.role`, `"${shorten(String(role))}" is not one of the roles.`);
    const lines = charters.get(normalizeName(role)) ?? [];
    if (
      line !== undefined &&
      (typeof line !== "number" || !Number.isInteger(line) || line < 0 || line >= lines.length)
    )
      return errors.add(
        `${at}.line`,
        `The line must be the number of one of the role's ${lines.length} charter lines.`,
      );
    entries.push({ term: term.trim(), role, ...(typeof line === "number" ? { line } : {}) });
  });
  return entries;
}
