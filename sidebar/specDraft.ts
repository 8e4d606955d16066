/**
 * What the New matrix panel is editing, and the MatrixSpec it becomes. Pure, so it is tested without a
 * browser; the panel only renders it.
 */
import { MAX_ROLE_NAME_LENGTH, MAX_TITLE_LENGTH } from "../src/core/limits";
import { normalizeName } from "../src/core/names";
import { trySuggest } from "../src/core/suggest/index";
import { TEMPLATES } from "../src/core/templates";
import type { CanonicalCode, FieldError, MatrixSpec, TemplateName } from "../src/core/types";
import { formatPaste, parsePaste, type PasteResult } from "./parsePaste";

export interface RoleDraft {
  /** Stable while the role is renamed or moved: what the owner selects and focus keys refer to. */
  id: number;
  name: string;
  /** The template role it started as, so the template's codes follow a renamed role. */
  origin: string | null;
}

export interface Draft {
  template: TemplateName;
  title: string;
  roles: RoleDraft[];
  /** Role ids of the owner pair; null for "none". */
  owners: [number | null, number | null];
  paste: string;
  /**
   * Codes the user chose or accepted from "Suggest owners", per initiative (by name, see rowKey) and role id,
   * so they follow a renamed role and survive lines added or removed around them.
   */
  codes: Map<string, Map<number, CanonicalCode | "">>;
  /** The last suggestion for each initiative, shown beside its codes. */
  suggestions: Map<string, RowSuggestion>;
}

export interface RowSuggestion {
  owner: string | null;
  confidence: number;
  reasons: string[];
}

/** An initiative's identity in the draft: its name, as DUPLICATE_INITIATIVE compares names. */
export const rowKey = (name: string): string => normalizeName(name);

/** MatrixSpec, except that the owner pair may be null to turn SHARED_OWNERSHIP off (validateSpec allows it). */
export type SidebarSpec = Omit<MatrixSpec, "ownerPair"> & { ownerPair?: [string, string] | null };

export interface BuiltSpec {
  spec: SidebarSpec;
  parsed: PasteResult;
  /** True when the pasted initiatives are exactly the template's: its codes come along. */
  fromTemplate: boolean;
}

let lastId = 0;
export const nextRoleId = (): number => ++lastId;

export function draftFromTemplate(template: TemplateName): Draft {
  const t = TEMPLATES[template];
  const roles = t.roles.map((name) => ({ id: nextRoleId(), name, origin: name }));
  const idOf = (name: string | undefined): number | null =>
    name === undefined ? null : (roles.find((r) => r.name === name)?.id ?? null);
  return {
    template,
    title: t.title,
    roles,
    owners: [idOf(t.ownerPair?.[0]), idOf(t.ownerPair?.[1])],
    paste: formatPaste(t.initiatives),
    codes: new Map(),
    suggestions: new Map(),
  };
}

function sameAsTemplate(draft: Draft, parsed: PasteResult): boolean {
  const wanted = TEMPLATES[draft.template].initiatives;
  return (
    parsed.initiatives.length === wanted.length &&
    wanted.length > 0 &&
    parsed.initiatives.every((p, i) => p.name === wanted[i].name && p.area === wanted[i].area)
  );
}

export function ownerNames(draft: Draft): [string, string] | null {
  const [first, second] = draft.owners.map((id) => draft.roles.find((r) => r.id === id)?.name);
  return first === undefined || second === undefined ? null : [first, second];
}

/** An own property even for a role named "__proto__", so the spec crosses google.script.run intact. */
function setOwn(record: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Role name (as the draft now names it) → code, skipping removed, unnamed and duplicated roles. */
function byCurrentName(draft: Draft, codes: Iterable<[number, string]>): Record<string, string> {
  const assignments: Record<string, string> = {};
  const taken = new Set<string>();
  for (const [id, code] of codes) {
    const now = draft.roles.find((r) => r.id === id)?.name;
    // A role renamed like another (a duplicate the roles' own check reports) gets no second code.
    if (code === "" || now === undefined || now.trim() === "" || taken.has(normalizeName(now))) continue;
    taken.add(normalizeName(now));
    setOwn(assignments, now, code);
  }
  return assignments;
}

/** The template's codes of each of its initiatives, by role id: they stay with the row whatever is pasted. */
function templateCodes(draft: Draft): Map<string, [number, string][]> {
  const byOrigin = new Map(
    draft.roles.filter((r) => r.origin !== null).map((r) => [normalizeName(r.origin ?? ""), r.id]),
  );
  return new Map(
    TEMPLATES[draft.template].initiatives.map((t) => [
      rowKey(t.name),
      Object.entries(t.assignments).flatMap(([role, code]): [number, string][] => {
        const id = byOrigin.get(normalizeName(role));
        return id === undefined ? [] : [[id, code]];
      }),
    ]),
  );
}

/** The codes an initiative will be created with: the user's (or accepted suggestion's), else the template's. */
export function rowCodes(draft: Draft, name: string, template = templateCodes(draft)): [number, string][] {
  const own = draft.codes.get(rowKey(name));
  return own ? [...own] : (template.get(rowKey(name)) ?? []);
}

/**
 * The initiatives grouped by area, areas in the order they first appear, each area's initiatives in pasted
 * order: the sheet bands rows by area, so "Ops: a / Sales: b / Ops: c" pasted as is would make two "Ops"
 * bands. The preview lists them this way, and this is the order the sheet gets. Lines stay attached.
 */
export function groupByArea(parsed: PasteResult): PasteResult {
  const areas = new Map<string, PasteResult["initiatives"]>();
  for (const initiative of parsed.initiatives) {
    const group = areas.get(initiative.area);
    if (group) group.push(initiative);
    else areas.set(initiative.area, [initiative]);
  }
  return { ...parsed, initiatives: [...areas.values()].flat() };
}

export function buildSpec(draft: Draft): BuiltSpec {
  const parsed = groupByArea(parsePaste(draft.paste));
  const fromTemplate = sameAsTemplate(draft, parsed);
  const template = templateCodes(draft);
  const initiatives = parsed.initiatives.map(({ name, area }) => {
    const assignments = byCurrentName(draft, rowCodes(draft, name, template));
    const row = area ? { name, area } : { name };
    return Object.keys(assignments).length > 0 ? { ...row, assignments } : row;
  });
  return {
    spec: {
      template: draft.template,
      title: draft.title,
      roles: draft.roles.map((r) => r.name),
      ownerPair: ownerNames(draft),
      initiatives,
    },
    parsed,
    fromTemplate,
  };
}

/** Sets one code of one initiative, starting from the codes the row has now. */
export function setCode(draft: Draft, name: string, roleId: number, code: CanonicalCode | ""): void {
  const key = rowKey(name);
  const codes = draft.codes.get(key) ?? new Map(rowCodes(draft, name) as [number, CanonicalCode | ""][]);
  codes.set(roleId, code);
  draft.codes.set(key, codes);
}

/**
 * "Suggest owners": fills the initiatives that have no codes yet with the suggestion engine's rows (the
 * built-in charters), and records each suggestion's owner, confidence and reasons. Rows with codes are kept.
 * Returns how many rows were filled and how many had no evidence, or the spec's problems.
 */
export function suggestOwners(
  draft: Draft,
): { ok: true; filled: number; noEvidence: number } | { ok: false; errors: FieldError[] } {
  const built = buildSpec(draft);
  const result = trySuggest(built.spec);
  if (!result.ok) return result;
  let filled = 0;
  let noEvidence = 0;
  result.value.initiatives.forEach((s, i) => {
    const key = rowKey(built.parsed.initiatives[i].name);
    if (!s.suggested) {
      if (s.owner === null && s.reasons[0] !== undefined && !draft.codes.has(key)) {
        draft.suggestions.set(key, { owner: null, confidence: 0, reasons: s.reasons });
        noEvidence++;
      }
      return;
    }
    const codes = new Map<number, CanonicalCode | "">();
    for (const role of draft.roles) {
      const name = role.name.trim();
      if (Object.prototype.hasOwnProperty.call(s.assignments, name)) codes.set(role.id, s.assignments[name]);
    }
    draft.codes.set(key, codes);
    draft.suggestions.set(key, { owner: s.owner, confidence: s.confidence, reasons: s.reasons });
    filled++;
  });
  return { ok: true, filled, noEvidence };
}

/** The one owner-pair problem validateSpec cannot see: a pair with only one of its two roles chosen. */
export function ownerPairProblems(draft: Draft): FieldError[] {
  const [first, second] = draft.owners;
  if ((first === null) === (second === null)) return [];
  return [
    {
      field: first === null ? "ownerPair[0]" : "ownerPair[1]",
      message: "Choose the other role of the pair too, or None for both to turn the check off.",
    },
  ];
}

/**
 * Names too long to keep, said as they are typed rather than after Generate (the inputs have no maxlength,
 * which would cut a paste without a word). The same limits and words as validateSpec's.
 */
export function lengthProblems(draft: Draft): FieldError[] {
  const tooLong = (field: string, what: string, text: string, limit: number): FieldError[] =>
    text.trim().length > limit
      ? [{ field, message: `${what} is too long (${text.trim().length} characters; the limit is ${limit}).` }]
      : [];
  return [
    ...tooLong("title", "Title", draft.title, MAX_TITLE_LENGTH),
    ...draft.roles.flatMap((role, i) => tooLong(`roles[${i}]`, "Role name", role.name, MAX_ROLE_NAME_LENGTH)),
  ];
}
