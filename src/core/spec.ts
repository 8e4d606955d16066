/**
 * Validation of a MatrixSpec as it arrives from google.script.run or another script: anything may come in,
 * every problem is reported with its field, and what comes out is trimmed, canonical and aligned with the roles.
 */
import { ErrorList, own, readText } from "./fieldErrors";
import { isRecord, orList, shorten } from "./guards";
import { MAX_TITLE_LENGTH } from "./limits";
import { defaultOwnerPair, readOwnerPair } from "./ownerPair";
import { listNames } from "./rules/labels";
import { readKind } from "./settings";
import { initiativesFromTemplate, readInitiatives } from "./specInitiatives";
import { readRoles, type SpecRoles } from "./specRoles";
import {
  codesNotIn,
  defaultTemplateFor,
  isTemplateName,
  TEMPLATE_NAMES,
  TEMPLATES,
  titleFor,
  type Template,
} from "./templates";
import type { FieldError, MatrixKind, ValidSpec } from "./types";

export type SpecResult = { ok: true; value: ValidSpec } | { ok: false; errors: FieldError[] };

const TITLE = { what: "Title", maxLength: MAX_TITLE_LENGTH, required: false };

/** The template named, or the default one for the kind given (the COO vs Chief of Staff RACI without one). */
function readTemplate(value: unknown, kind: MatrixKind | undefined, errors: ErrorList): Template {
  if (value === undefined || value === null)
    return kind === undefined ? TEMPLATES["coo-cos"] : defaultTemplateFor(kind);
  if (isTemplateName(value)) {
    const template = TEMPLATES[value];
    const foreign = kind === undefined ? [] : codesNotIn(template, kind);
    if (foreign.length > 0) {
      const fitting = TEMPLATE_NAMES.filter((name) => kind && codesNotIn(TEMPLATES[name], kind).length === 0);
      errors.add(
        "template",
        `The "${value}" template holds ${listNames(foreign)}, which a ${kind} matrix does not have. ` +
          `Use ${orList(fitting.map((name) => `"${name}"`))}, or another kind.`,
      );
    }
    return template;
  }
  const known = orList(TEMPLATE_NAMES.map((name) => `"${name}"`));
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
  const givenKind = own(input, "kind");
  const asked = givenKind === undefined ? undefined : readKind(givenKind, "kind", errors);
  const template = readTemplate(own(input, "template"), asked, errors);
  const kind = asked ?? template.kind;
  const title = readText(own(input, "title"), "title", TITLE, errors) || titleFor(template, kind);
  const roles = readRoles(own(input, "roles"), template, errors);
  const ownerPair = readOwners(own(input, "ownerPair"), roles, template, errors);
  const given = own(input, "initiatives");
  const initiatives =
    given === undefined || given === null
      ? initiativesFromTemplate(template, roles)
      : readInitiatives(given, roles, kind, errors);
  if (errors.size > 0) return { ok: false, errors: errors.toArray() };
  return { ok: true, value: { title, kind, roles: roles.names, ownerPair, initiatives } };
}
