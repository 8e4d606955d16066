/**
 * The starting points of a new matrix (docs/domain.md): the COO vs Chief of Staff RACI, the decisions between
 * them as a DACI, and a blank one. Every template must analyse with no error and no warning.
 */
import { isCanonical } from "./codes";
import type { CanonicalCode, MatrixKind, TemplateName } from "./types";

export interface TemplateInitiative {
  name: string;
  area: string;
  /** Role name → code; a role left out is not involved. */
  assignments: Record<string, CanonicalCode>;
}

export interface Template {
  /** The kind its codes are written in; a matrix of another kind may use it when it has those codes too. */
  kind: MatrixKind;
  /** The new sheet's name; it starts with the kind's name, which a matrix of another kind puts its own in place of. */
  title: string;
  roles: string[];
  ownerPair: [string, string] | null;
  initiatives: TemplateInitiative[];
}

/** In order of preference: a kind given without a template gets the first whose codes it has. */
export const TEMPLATE_NAMES: readonly TemplateName[] = Object.freeze(["coo-cos", "coo-cos-daci", "blank"]);

export function isTemplateName(value: unknown): value is TemplateName {
  return typeof value === "string" && (TEMPLATE_NAMES as readonly string[]).includes(value);
}

const CEO = "CEO";
const COO = "COO";
const COS = "Chief of Staff";
const HEADS = "Department heads";
const ROLES = [CEO, COO, COS, HEADS];

const OPERATIONS = "Operations";
const STRATEGY = "Strategy and execution";

// The COO owns the running of the company, the Chief of Staff the link between strategy and execution; each is
// only consulted or informed on the other's rows, and no role owns more than 5 of the 9 rows (60% would be 5.4).
const COO_COS_INITIATIVES: TemplateInitiative[] = [
  {
    name: "Set the operational strategy",
    area: OPERATIONS,
    assignments: { [CEO]: "C", [COO]: "A/R", [COS]: "I", [HEADS]: "C" },
  },
  {
    name: "Improve processes and efficiency",
    area: OPERATIONS,
    assignments: { [CEO]: "I", [COO]: "A", [COS]: "I", [HEADS]: "R" },
  },
  {
    name: "Run day-to-day operations",
    area: OPERATIONS,
    assignments: { [CEO]: "I", [COO]: "A", [COS]: "I", [HEADS]: "R" },
  },
  {
    name: "Lead the operational teams and departments",
    area: OPERATIONS,
    assignments: { [CEO]: "I", [COO]: "A", [COS]: "I", [HEADS]: "R" },
  },
  {
    name: "Coordinate communication and collaboration between departments",
    area: OPERATIONS,
    assignments: { [CEO]: "I", [COO]: "A", [COS]: "C", [HEADS]: "R" },
  },
  {
    name: "Check that operational decisions serve the company's goals",
    area: STRATEGY,
    assignments: { [CEO]: "I", [COO]: "C", [COS]: "A/R", [HEADS]: "I" },
  },
  {
    name: "Oversee key projects and initiatives",
    area: STRATEGY,
    assignments: { [CEO]: "I", [COO]: "C", [COS]: "A/R", [HEADS]: "C" },
  },
  {
    name: "Prepare analysis and input for executive decisions",
    area: STRATEGY,
    assignments: { [CEO]: "A", [COO]: "C", [COS]: "R", [HEADS]: "C" },
  },
  {
    name: "Keep vision and execution aligned across the executive team",
    area: STRATEGY,
    assignments: { [CEO]: "A", [COO]: "C", [COS]: "R", [HEADS]: "I" },
  },
];

const OPERATIONAL = "Operational decisions";
const DECISION_SUPPORT = "Decision support for the CEO";

// DACI: the decisions the executive team takes, each with one Driver who runs it and one Approver who makes
// it. The COO drives or approves the operational ones, with the department heads driving the changes they
// carry out; the Chief of Staff drives the ones it prepares for the CEO. The COO and the Chief of Staff are
// never Driver and Approver of one decision, and no role drives or approves more than 5 of the 9.
const COO_COS_DECISIONS: TemplateInitiative[] = [
  {
    name: "Organise operations for the company's next stage of growth",
    area: OPERATIONAL,
    assignments: { [CEO]: "A", [COO]: "D", [COS]: "I", [HEADS]: "C" },
  },
  {
    name: "Set each department's operating budget and headcount",
    area: OPERATIONAL,
    assignments: { [CEO]: "A", [COO]: "D", [COS]: "C", [HEADS]: "C" },
  },
  {
    name: "Change a process that runs across several departments",
    area: OPERATIONAL,
    assignments: { [CEO]: "I", [COO]: "A", [COS]: "I", [HEADS]: "D" },
  },
  {
    name: "Choose the tools and suppliers the operational teams depend on",
    area: OPERATIONAL,
    assignments: { [CEO]: "I", [COO]: "A", [COS]: "I", [HEADS]: "D" },
  },
  {
    name: "Settle which department takes on work that falls between teams",
    area: OPERATIONAL,
    assignments: { [CEO]: "I", [COO]: "A", [COS]: "C", [HEADS]: "D" },
  },
  {
    name: "Set the company's priorities and goals for the quarter",
    area: DECISION_SUPPORT,
    assignments: { [CEO]: "A", [COO]: "C", [COS]: "D", [HEADS]: "C" },
  },
  {
    name: "Start, stop or re-scope a key company-wide initiative",
    area: DECISION_SUPPORT,
    assignments: { [CEO]: "A", [COO]: "C", [COS]: "D", [HEADS]: "I" },
  },
  {
    name: "Decide what the executive team meets about, and how often",
    area: DECISION_SUPPORT,
    assignments: { [CEO]: "A", [COO]: "C", [COS]: "D", [HEADS]: "I" },
  },
  {
    name: "Decide how key initiatives report their progress to the executives",
    area: DECISION_SUPPORT,
    assignments: { [CEO]: "I", [COO]: "C", [COS]: "A", [HEADS]: "D" },
  },
];

export const TEMPLATES: Readonly<Record<TemplateName, Template>> = Object.freeze({
  "coo-cos": {
    kind: "RACI",
    title: "RACI – COO vs Chief of Staff",
    roles: ROLES,
    ownerPair: [COO, COS],
    initiatives: COO_COS_INITIATIVES,
  },
  "coo-cos-daci": {
    kind: "DACI",
    title: "DACI – COO vs Chief of Staff decisions",
    roles: ROLES,
    ownerPair: [COO, COS],
    initiatives: COO_COS_DECISIONS,
  },
  blank: {
    kind: "RACI",
    title: "RACI matrix",
    roles: ROLES,
    ownerPair: [COO, COS],
    initiatives: [],
  },
});

/** The codes of `template` that a matrix of `kind` does not have ("R", "A/R" for a DACI matrix); none when it fits. */
export function codesNotIn(template: Template, kind: MatrixKind): CanonicalCode[] {
  const codes = new Set(template.initiatives.flatMap((i) => Object.values(i.assignments)));
  return [...codes].filter((code) => !isCanonical(code, kind));
}

/** The template a matrix of `kind` starts from when the spec names none: the first whose codes it has. */
export function defaultTemplateFor(kind: MatrixKind): Template {
  const name = TEMPLATE_NAMES.find((n) => codesNotIn(TEMPLATES[n], kind).length === 0) ?? "blank";
  return TEMPLATES[name];
}

/** The template's title for a matrix of `kind`: "RASCI – COO vs Chief of Staff" from the RACI one's. */
export function titleFor(template: Template, kind: MatrixKind): string {
  return template.title.startsWith(template.kind)
    ? kind + template.title.slice(template.kind.length)
    : template.title;
}
