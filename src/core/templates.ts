/** The starting points of a new matrix (docs/domain.md). Every template must analyse with no error and no warning. */
import type { CanonicalCode, TemplateName } from "./types";

export interface TemplateInitiative {
  name: string;
  area: string;
  /** Role name → code; a role left out is not involved. */
  assignments: Record<string, CanonicalCode>;
}

export interface Template {
  title: string;
  roles: string[];
  ownerPair: [string, string] | null;
  initiatives: TemplateInitiative[];
}

export const TEMPLATE_NAMES: readonly TemplateName[] = Object.freeze(["coo-cos", "blank"]);

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

export const TEMPLATES: Readonly<Record<TemplateName, Template>> = Object.freeze({
  "coo-cos": {
    title: "RACI – COO vs Chief of Staff",
    roles: ROLES,
    ownerPair: [COO, COS],
    initiatives: COO_COS_INITIATIVES,
  },
  blank: {
    title: "RACI matrix",
    roles: ROLES,
    ownerPair: [COO, COS],
    initiatives: [],
  },
});
