/**
 * What the New matrix panel is editing, and the MatrixSpec it becomes. Pure, so it is tested without a
 * browser; the panel only renders it.
 */
import { MAX_ROLE_NAME_LENGTH, MAX_TITLE_LENGTH } from "../src/core/limits";
import { normalizeName } from "../src/core/names";
import { TEMPLATES } from "../src/core/templates";
import type { FieldError, MatrixSpec, TemplateName } from "../src/core/types";
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
}

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
  const byOrigin = new Map(
    draft.roles.filter((r) => r.origin !== null).map((r) => [normalizeName(r.origin ?? ""), r.name]),
  );
  const initiatives = fromTemplate
    ? TEMPLATES[draft.template].initiatives.map((t) => {
        const assignments: Record<string, string> = {};
        const taken = new Set<string>();
        for (const [role, code] of Object.entries(t.assignments)) {
          const now = byOrigin.get(normalizeName(role));
          // A role renamed like another (a duplicate the roles' own check reports) gets no second code.
          if (now === undefined || now.trim() === "" || taken.has(normalizeName(now))) continue;
          taken.add(normalizeName(now));
          assignments[now] = code;
        }
        return { name: t.name, area: t.area, assignments };
      })
    : parsed.initiatives.map(({ name, area }) => (area ? { name, area } : { name }));
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
