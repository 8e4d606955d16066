/** The initiatives of a spec: the template's, or a list given by the caller, with codes aligned to the roles. */
import { parseCode } from "./codes";
import { own, readText, type ErrorList } from "./fieldErrors";
import { isRecord, shorten } from "./guards";
import { codeList, KINDS } from "./kinds";
import { MAX_INITIATIVES, MAX_NAME_LENGTH } from "./limits";
import { normalizeName } from "./names";
import type { SpecRoles } from "./specRoles";
import type { Template } from "./templates";
import type { CanonicalCode, MatrixKind, ValidSpec } from "./types";

type SpecInitiative = ValidSpec["initiatives"][number];
type Codes = (CanonicalCode | "")[];

const INITIATIVE_NAME = { what: "Initiative name", maxLength: MAX_NAME_LENGTH, required: true };
const AREA = { what: "Area", maxLength: MAX_NAME_LENGTH, required: false };

function emptyCodes(roleCount: number): Codes {
  return new Array<CanonicalCode | "">(roleCount).fill("");
}

/** The template's initiatives, keeping only assignments of roles the spec still has. */
export function initiativesFromTemplate(template: Template, roles: SpecRoles): SpecInitiative[] {
  return template.initiatives.map((initiative) => {
    const codes = emptyCodes(roles.names.length);
    for (const [role, code] of Object.entries(initiative.assignments)) {
      const at = roles.index.get(normalizeName(role));
      if (at !== undefined) codes[at] = code;
    }
    return { name: initiative.name, area: initiative.area, codes };
  });
}

/** Assignment keys repeat on every row: normalise each distinct key once. */
class RoleLookup {
  private readonly cache = new Map<string, number | undefined>();
  constructor(private readonly roles: SpecRoles) {}

  find(key: string): number | undefined {
    if (!this.cache.has(key)) this.cache.set(key, this.roles.index.get(normalizeName(key)));
    return this.cache.get(key);
  }
}

/** A code of the matrix's kind, in any of its spellings; a code of another kind (a DACI "R") is an error. */
function readCode(value: unknown, field: string, kind: MatrixKind, errors: ErrorList): CanonicalCode | "" {
  if (value === undefined || value === null) return "";
  const codes = codeList(KINDS[kind]);
  if (typeof value !== "string") {
    errors.add(field, `A code must be text: ${codes}.`);
    return "";
  }
  const parsed = parseCode(value, kind);
  if (parsed.kind === "invalid") {
    errors.add(field, `"${shorten(value.trim())}" is not a ${kind} code. Use ${codes}.`);
    return "";
  }
  return parsed.kind === "code" ? parsed.code : "";
}

function readAssignments(
  value: unknown,
  field: string,
  roles: SpecRoles,
  lookup: RoleLookup,
  kind: MatrixKind,
  errors: ErrorList,
): Codes {
  const codes = emptyCodes(roles.names.length);
  if (value === undefined || value === null) return codes;
  if (!isRecord(value)) {
    errors.add(field, 'Assignments must map role names to codes, for example { "COO": "A" }.');
    return codes;
  }
  // Which key set each role, to catch "COO" and "coo" on one initiative.
  const setBy = new Map<number, string>();
  for (const key of Object.keys(value)) {
    const keyField = `${field}.${key}`;
    const at = lookup.find(key);
    if (at === undefined) {
      if (roles.usable) errors.add(keyField, `"${shorten(key.trim())}" is not one of the roles.`);
      continue;
    }
    const earlier = setBy.get(at);
    if (earlier !== undefined) {
      errors.add(keyField, `${roles.names[at]} is assigned twice (also ${field}.${earlier}).`);
      continue;
    }
    setBy.set(at, key);
    codes[at] = readCode(value[key], keyField, kind, errors);
  }
  return codes;
}

function readInitiative(
  value: unknown,
  i: number,
  roles: SpecRoles,
  lookup: RoleLookup,
  kind: MatrixKind,
  errors: ErrorList,
): SpecInitiative {
  const field = `initiatives[${i}]`;
  if (!isRecord(value)) {
    errors.add(field, "Each initiative must be an object with a name.");
    return { name: "", area: "", codes: emptyCodes(roles.names.length) };
  }
  return {
    name: readText(own(value, "name"), `${field}.name`, INITIATIVE_NAME, errors) ?? "",
    area: readText(own(value, "area"), `${field}.area`, AREA, errors) ?? "",
    codes: readAssignments(own(value, "assignments"), `${field}.assignments`, roles, lookup, kind, errors),
  };
}

/** Initiatives given by the caller. Unknown roles and codes not of `kind` are errors; aliases become canonical. */
export function readInitiatives(
  value: unknown,
  roles: SpecRoles,
  kind: MatrixKind,
  errors: ErrorList,
): SpecInitiative[] {
  if (!Array.isArray(value)) {
    errors.add("initiatives", "Initiatives must be a list.");
    return [];
  }
  if (value.length > MAX_INITIATIVES) {
    errors.add("initiatives", `Too many initiatives: ${value.length}; the limit is ${MAX_INITIATIVES}.`);
    return [];
  }
  const lookup = new RoleLookup(roles);
  const initiatives: SpecInitiative[] = [];
  // A plain loop, not map: a sparse array's holes are reported, not skipped.
  for (let i = 0; i < value.length; i++)
    initiatives.push(readInitiative(value[i], i, roles, lookup, kind, errors));
  return initiatives;
}
