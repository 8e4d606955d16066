/**
 * The spreadsheet's glossary: the company's own words ("SOC 2", "month-end close", "Atlas"), each given to a
 * role, or to one line of a role's charter, so suggestions and fixes read them as that charter's words. It
 * belongs to the spreadsheet, not to one matrix, so it can be taught before any matrix exists: a term names
 * its role by name and its charter line by the line's text, and each matrix takes the terms of the roles it
 * has (by name, or by a built-in charter's alias: "CoS" is the Chief of Staff).
 */
import { own, readText, type ErrorList } from "./fieldErrors";
import { isRecord } from "./guards";
import { MAX_ROLE_NAME_LENGTH } from "./limits";
import { normalizeName } from "./names";
import { MAX_CHARTER_LINE, type CharterMap } from "./suggest/charterInput";
import { builtInCharter } from "./suggest/charters";
import { MAX_GLOSSARY_ENTRIES, MAX_GLOSSARY_TERM, type GlossaryEntry } from "./suggest/companyGlossary";
import type { GlossaryOf } from "./suggest/index";
import { resolveCharters } from "./suggest/match";

export interface GlossaryTerm {
  /** The word or phrase as the company writes it. */
  term: string;
  /** The role it belongs to, by name. */
  role: string;
  /** The charter line it belongs to, by its text; absent: the role as a whole. */
  line?: string;
}

const TERM = { what: "The word or phrase", maxLength: MAX_GLOSSARY_TERM, required: true };
const ROLE = { what: "Its role", maxLength: MAX_ROLE_NAME_LENGTH, required: true };
const LINE = { what: "Its charter line", maxLength: MAX_CHARTER_LINE, required: false };

/** A glossary given by a caller, checked term by term (each problem with its field); a term only once. */
export function readGlossaryTerms(value: unknown, errors: ErrorList, field = "terms"): GlossaryTerm[] {
  if (!Array.isArray(value)) {
    errors.add(
      field,
      'The glossary must be a list of terms, for example [{ "term": "SOC 2", "role": "COO" }].',
    );
    return [];
  }
  if (value.length > MAX_GLOSSARY_ENTRIES)
    errors.add(field, `Too many terms: ${value.length}; the limit is ${MAX_GLOSSARY_ENTRIES}.`);
  const terms: GlossaryTerm[] = [];
  const seen = new Map<string, number>();
  value.slice(0, MAX_GLOSSARY_ENTRIES).forEach((item: unknown, i) => {
    const at = `${field}[${i}]`;
    if (!isRecord(item)) return errors.add(at, "Each term needs a word or phrase and a role.");
    const term = readText(own(item, "term"), `${at}.term`, TERM, errors);
    const role = readText(own(item, "role"), `${at}.role`, ROLE, errors);
    const line = readText(own(item, "line"), `${at}.line`, LINE, errors);
    if (term === undefined || role === undefined || line === undefined) return;
    const first = seen.get(normalizeName(term));
    if (first !== undefined)
      return errors.add(`${at}.term`, `“${term}” is in the glossary twice (also term ${first + 1}).`);
    seen.set(normalizeName(term), i);
    terms.push(line === "" ? { term, role } : { term, role, line });
  });
  return terms;
}

/** Two role names are one role when they are the same name, or name the same built-in charter. */
function sameRole(a: string, b: string): boolean {
  if (normalizeName(a) === normalizeName(b)) return true;
  const charter = builtInCharter(a);
  return charter !== undefined && charter === builtInCharter(b);
}

/**
 * The terms of a matrix's roles, as the suggestion engine takes them: each on the matrix's name of its role,
 * and on its charter line while the role's charter still has that line (else on the role as a whole).
 */
export function glossaryFor(
  terms: readonly GlossaryTerm[],
  charters: readonly { role: string; lines: readonly string[] }[],
): GlossaryEntry[] {
  return terms.flatMap((t): GlossaryEntry[] => {
    const charter = charters.find((c) => sameRole(c.role, t.role));
    if (charter === undefined) return [];
    const line = t.line === undefined ? -1 : charter.lines.indexOf(t.line);
    return [line < 0 ? { term: t.term, role: charter.role } : { term: t.term, role: charter.role, line }];
  });
}

/** The terms of a matrix's roles, its own charters given by role (CharterMap): what the engine takes. */
export function glossaryOfRoles(
  terms: readonly GlossaryTerm[],
  roles: readonly string[],
  charters: CharterMap,
): GlossaryEntry[] {
  return terms.length === 0
    ? []
    : glossaryFor(
        terms,
        resolveCharters(roles, (r) => charters.get(normalizeName(r))),
      );
}

/** For trySuggest: the terms of the spec's roles, once the spec is read. */
export const glossaryOfSpec =
  (terms: readonly GlossaryTerm[]): GlossaryOf =>
  (spec, charters) =>
    glossaryOfRoles(terms, spec.roles, charters);
