/**
 * Validation of a MatrixSpec as it arrives from google.script.run or another script: anything may come in,
 * every problem is reported with its field, and what comes out is trimmed, canonical and aligned with the roles.
 */
import { ErrorList, own, readText } from "./fieldErrors";
import { isRecord, shorten } from "./guards";
import { MAX_TITLE_LENGTH } from "./limits";
import { defaultOwnerPair, readOwnerPair } from "./ownerPair";
import { initiativesFromTemplate, readInitiatives } from "./specInitiatives";
import { readRoles, type SpecRoles } from "./specRoles";
import { isTemplateName, TEMPLATE_NAMES, TEMPLATES, type Template } from "./templates";
import type { FieldError, ValidSpec } from "./types";

export type SpecResult = { ok: true; value: ValidSpec } | { ok: false; errors: FieldError[] };

const TITLE = { what: "Title", maxLength: MAX_TITLE_LENGTH, required: false };

function readTemplate(value: unknown, errors: ErrorList): Template {
  if (value === undefined || value === null) return TEMPLATES["coo-cos"];
  if (isTemplateName(value)) return TEMPLATES[value];
  const known = TEMPLATE_NAMES.map((name) => `"${name}"`).join(" or ");
  errors.add(
    "template",
    `Unknown template${typeof value === "string" ? ` "${shorten(value)}"` : ""}. Use ${known}.`,
  );
  // Carry on with the default, so the other fields are still checked.
  return TEMPLATES["coo-cos"];
}

function readOwners(
  value: unknown,
  roles: SpecRoles,
  template: Template,
  errors: ErrorList,
): [string, string] | null {
  if (!roles.usable) return null;
  if (value === undefined) return defaultOwnerPair(template.ownerPair, roles.names, roles.index);
  return readOwnerPair(value, roles.names, roles.index, "ownerPair", errors);
}

/** Checks a spec; on success, a ValidSpec ready to lay out. Collects every problem, not just the first. */
export function validateSpec(input: unknown): SpecResult {
  if (input !== undefined && input !== null && !isRecord(input)) {
    return { ok: false, errors: [{ field: "spec", message: "The matrix description must be an object." }] };
  }
  const errors = new ErrorList("spec");
  const template = readTemplate(own(input, "template"), errors);
  const title = readText(own(input, "title"), "title", TITLE, errors) || template.title;
  const roles = readRoles(own(input, "roles"), template, errors);
  const ownerPair = readOwners(own(input, "ownerPair"), roles, template, errors);
  const given = own(input, "initiatives");
  const initiatives =
    given === undefined || given === null
      ? initiativesFromTemplate(template, roles)
      : readInitiatives(given, roles, errors);
  if (errors.size > 0) return { ok: false, errors: errors.toArray() };
  return { ok: true, value: { title, roles: roles.names, ownerPair, initiatives } };
}
