/**
 * suggestAssignments (docs/architecture.md): for each initiative of a spec, the role whose charter it matches best
 * as the owner, a whole row of codes around it, the reasons in plain words and a confidence. Pure: no sheet,
 * no network; the same spec always gives the same suggestions.
 */
import { ErrorList, own } from "../fieldErrors";
import { normalizeName } from "../names";
import { validateSpec } from "../spec";
import { CODE_PARTS } from "../kinds";
import type { CanonicalCode, FieldError, MatrixKind, ValidSpec } from "../types";
import { readCharters, type CharterMap } from "./charterInput";
import type { CompanyGlossary } from "./companyGlossary";
import { confidenceOf } from "./confidence";
import { compileCharters, explain, matchInitiative, resolveCharters, type CompiledCharters } from "./match";
import { suggestRow } from "./rows";

export interface Suggestion {
  name: string;
  area: string;
  /** The whole row; given codes are kept. */
  assignments: Record<string, CanonicalCode>;
  /** The role given the A; null when nothing in the text matches a charter. */
  owner: string | null;
  /** 0..1; exactly 0 when owner is null (and then no codes are suggested). */
  confidence: number;
  /** Plain words: which words matched which charter line. */
  reasons: string[];
  /** False for a row whose codes the spec already gave (and for a row nothing could be suggested for). */
  suggested: boolean;
}

export interface Suggestions {
  initiatives: Suggestion[];
}

export const NO_EVIDENCE =
  "No clue in the text: no word of it says what kind of work it is (no charter, lexicon or glossary word beyond " +
  "generic ones), so no owner is suggested.";
export const GIVEN = "Codes given in the spec; kept as they are.";

/** An own, enumerable property even for keys like "__proto__", so the record round-trips through JSON. */
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function toRecord(
  roles: readonly string[],
  codes: readonly (CanonicalCode | "")[],
): Record<string, CanonicalCode> {
  const record: Record<string, CanonicalCode> = {};
  codes.forEach((code, i) => {
    if (code !== "") setOwn(record, roles[i], code);
  });
  return record;
}

/**
 * The compiled charters of a matrix's roles: its own where given, the built-in ones otherwise, and the
 * company's glossary (companyGlossary.ts) when there is one.
 */
export function chartersFor(
  roles: readonly string[],
  charters: CharterMap = new Map(),
  glossary: CompanyGlossary = [],
): CompiledCharters {
  return compileCharters(
    resolveCharters(roles, (role) => charters.get(normalizeName(role))),
    glossary,
  );
}

/**
 * The suggestion for one row of a matrix of `kind`. `codes` are the row's current codes; a row with any code is
 * kept as it is.
 */
export function suggestOne(
  compiled: CompiledCharters,
  pair: readonly [number, number] | null,
  initiative: { name: string; area: string; codes: readonly (CanonicalCode | "")[] },
  kind: MatrixKind,
): Suggestion {
  const roles = compiled.charters.map((c) => c.role);
  const { name, area, codes } = initiative;
  if (codes.some((code) => code !== "")) {
    const owner = codes.findIndex((code) => code !== "" && CODE_PARTS[code].includes("A"));
    return {
      name,
      area,
      assignments: toRecord(roles, codes),
      owner: owner < 0 ? null : roles[owner],
      confidence: owner < 0 ? 0 : 1,
      reasons: [GIVEN],
      suggested: false,
    };
  }
  const matches = matchInitiative(compiled, name, area);
  if (matches.length === 0) {
    return {
      name,
      area,
      assignments: {},
      owner: null,
      confidence: 0,
      reasons: [NO_EVIDENCE],
      suggested: false,
    };
  }
  return {
    name,
    area,
    assignments: toRecord(roles, suggestRow(compiled.charters, matches, pair, kind)),
    owner: roles[matches[0].role],
    confidence: confidenceOf(matches),
    reasons: explain(compiled, matches[0]),
    suggested: true,
  };
}

/** The owner pair's positions among the roles, or null. */
export function pairIndex(
  roles: readonly string[],
  pair: readonly [string, string] | null,
): [number, number] | null {
  if (pair === null) return null;
  const first = roles.findIndex((r) => normalizeName(r) === normalizeName(pair[0]));
  const second = roles.findIndex((r) => normalizeName(r) === normalizeName(pair[1]));
  return first < 0 || second < 0 ? null : [first, second];
}

/** Suggestions for a spec that has already been validated, in the codes of its kind. */
export function suggestForSpec(
  spec: ValidSpec,
  charters: CharterMap = new Map(),
  glossary: CompanyGlossary = [],
): Suggestions {
  const compiled = chartersFor(spec.roles, charters, glossary);
  const pair = pairIndex(spec.roles, spec.ownerPair);
  return {
    initiatives: spec.initiatives.map((initiative) => suggestOne(compiled, pair, initiative, spec.kind)),
  };
}

export type SuggestResult =
  | { ok: true; value: Suggestions; spec: ValidSpec; charters: CharterMap }
  | { ok: false; errors: FieldError[] };

/** The company's glossary, or how to make it for a spec's roles and charters once they are known. */
export type GlossaryOf = CompanyGlossary | ((spec: ValidSpec, charters: CharterMap) => CompanyGlossary);

/**
 * Validates a spec (and its charters) and suggests; every problem is reported with its field. `glossary` is
 * the company's own (already read with readGlossary), or made for the spec's roles (core/glossary.ts).
 */
export function trySuggest(input: unknown, glossary: GlossaryOf = []): SuggestResult {
  const result = validateSpec(input);
  if (!result.ok) return result;
  const errors = new ErrorList("charters");
  const charters = readCharters(own(input, "charters"), result.value.roles, errors);
  if (errors.size > 0) return { ok: false, errors: errors.toArray() };
  const terms = typeof glossary === "function" ? glossary(result.value, charters) : glossary;
  return { ok: true, value: suggestForSpec(result.value, charters, terms), spec: result.value, charters };
}

/** docs/architecture.md's suggestAssignments: throws an Error naming each bad field. */
export function suggestAssignments(spec: unknown): Suggestions {
  const result = trySuggest(spec ?? {});
  if (!result.ok) {
    const shown = result.errors.slice(0, 10).map((e) => `${e.field}: ${e.message}`);
    throw new Error(["No suggestions:", ...shown].join("\n"));
  }
  return result.value;
}
