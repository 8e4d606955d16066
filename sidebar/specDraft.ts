/**
 * What the New matrix panel is editing, and the MatrixSpec it becomes. Pure, so it is tested without a
 * browser; the panel only renders it.
 */
import { MAX_ROLE_NAME_LENGTH, MAX_TITLE_LENGTH } from "../src/core/limits";
import { normalizeName } from "../src/core/names";
import { isCanonical } from "../src/core/codes";
import { TEMPLATES, titleFor } from "../src/core/templates";
import type { CanonicalCode, FieldError, MatrixKind, MatrixSpec, TemplateName } from "../src/core/types";
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
  /** The matrix's kind: the template's, or the person's choice for a blank or pasted matrix. */
  kind: MatrixKind;
  title: string;
  roles: RoleDraft[];
  /** Role ids of the owner pair; null for "none". */
  owners: [number | null, number | null];
  paste: string;
  /**
   * Codes the person set by hand, per initiative (by name, see rowKey) and role id, so they follow a renamed
   * role and survive lines added or removed around them.
   */
  codes: Map<string, Map<number, CanonicalCode | "">>;
  /** True once "Suggest owners" was chosen: from then on every change suggests again (draftSuggest.ts). */
  suggesting: boolean;
  /** Each initiative's suggestion for the draft as it is now; a row with codes of its own has none. */
  suggestions: Map<string, RowSuggestion>;
  /** This matrix's own charters, by role id: they replace the built-in ones, for suggestions and after. */
  charters: Map<number, string[]>;
}

export interface RowSuggestion {
  owner: string | null;
  confidence: number;
  reasons: string[];
  /** The suggested codes by role id; none when nothing in the text points to an owner. */
  codes: Map<number, CanonicalCode>;
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
    kind: t.kind,
    title: t.title,
    roles,
    owners: [idOf(t.ownerPair?.[0]), idOf(t.ownerPair?.[1])],
    paste: formatPaste(t.initiatives),
    codes: new Map(),
    suggesting: false,
    suggestions: new Map(),
    charters: new Map(),
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
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
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

/**
 * The codes an initiative will be created with: those set by hand, else the suggestion's (unless
 * `suggested` is false: what the engine is given to suggest from), else the template's.
 */
export function rowCodes(
  draft: Draft,
  name: string,
  template = templateCodes(draft),
  suggested = true,
): [number, string][] {
  const key = rowKey(name);
  const own = draft.codes.get(key) ?? (suggested ? draft.suggestions.get(key)?.codes : undefined);
  return own ? [...own] : (template.get(key) ?? []);
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

/** The spec the draft makes; without `suggested` codes, the spec suggestions are made from. */
export function buildSpec(draft: Draft, suggested = true): BuiltSpec {
  const parsed = groupByArea(parsePaste(draft.paste));
  const fromTemplate = sameAsTemplate(draft, parsed);
  const template = templateCodes(draft);
  const initiatives = parsed.initiatives.map(({ name, area }) => {
    const assignments = byCurrentName(draft, rowCodes(draft, name, template, suggested));
    const row = area ? { name, area } : { name };
    return Object.keys(assignments).length > 0 ? { ...row, assignments } : row;
  });
  const charters = chartersByName(draft);
  return {
    spec: {
      template: draft.template,
      kind: draft.kind,
      title: draft.title,
      roles: draft.roles.map((r) => r.name),
      ownerPair: ownerNames(draft),
      initiatives,
      ...(charters ? { charters } : {}),
    },
    parsed,
    fromTemplate,
  };
}

/** The draft's own charters by the roles' current names, or undefined when it has none. */
function chartersByName(draft: Draft): Record<string, string[]> | undefined {
  const charters: Record<string, string[]> = {};
  for (const role of draft.roles) {
    const lines = draft.charters.get(role.id);
    if (lines !== undefined && role.name.trim() !== "") setOwn(charters, role.name, lines);
  }
  return Object.keys(charters).length > 0 ? charters : undefined;
}

/**
 * A blank or pasted matrix of another kind: the template's title, if the person kept it, names the kind
 * ("DACI matrix"); codes set by hand that the kind has are kept, the others dropped (a DACI matrix has no R);
 * suggestions follow on the next change.
 */
export function setKind(draft: Draft, kind: MatrixKind): void {
  const template = TEMPLATES[draft.template];
  if (draft.title === titleFor(template, draft.kind)) draft.title = titleFor(template, kind);
  draft.kind = kind;
  for (const codes of draft.codes.values())
    for (const [role, code] of codes) if (code !== "" && !isCanonical(code, kind)) codes.delete(role);
}

/** Sets one code of one initiative, starting from the codes the row has now. */
export function setCode(draft: Draft, name: string, roleId: number, code: CanonicalCode | ""): void {
  const key = rowKey(name);
  const codes = draft.codes.get(key) ?? new Map(rowCodes(draft, name) as [number, CanonicalCode | ""][]);
  codes.set(roleId, code);
  draft.codes.set(key, codes);
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
