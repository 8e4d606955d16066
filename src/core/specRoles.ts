/** The roles of a spec: the template's, or a list given by the caller and checked name by name. */
import { readText, type ErrorList } from "./fieldErrors";
import { shorten } from "./guards";
import { MAX_ROLE_NAME_LENGTH, MAX_ROLES } from "./limits";
import { normalizeName } from "./names";
import { reservedRoleProblem } from "./plan/headerColumns";
import type { Template } from "./templates";

export interface SpecRoles {
  /** Trimmed names in the given order; "" stands in for a name that failed validation. */
  names: string[];
  /** Normalised name → position of its first occurrence. */
  index: Map<string, number>;
  /** False when the list itself is unusable: checking other fields against it would only repeat that error. */
  usable: boolean;
  /** True when the caller gave roles rather than taking the template's. */
  given: boolean;
}

const ROLE_NAME = { what: "Role name", maxLength: MAX_ROLE_NAME_LENGTH, required: true };

function unusable(): SpecRoles {
  return { names: [], index: new Map(), usable: false, given: true };
}

export function readRoles(value: unknown, template: Template, errors: ErrorList): SpecRoles {
  if (value === undefined || value === null) {
    const names = template.roles.slice();
    return {
      names,
      index: new Map(names.map((name, i) => [normalizeName(name), i])),
      usable: true,
      given: false,
    };
  }
  if (!Array.isArray(value)) {
    errors.add("roles", "Roles must be a list of role names.");
    return unusable();
  }
  if (value.length === 0) {
    errors.add("roles", "Give at least one role.");
    return unusable();
  }
  if (value.length > MAX_ROLES) {
    errors.add("roles", `Too many roles: ${value.length}; the limit is ${MAX_ROLES}.`);
    return unusable();
  }
  const names: string[] = [];
  const index = new Map<string, number>();
  // A plain loop, not forEach: a sparse array's holes are missing names, not skipped ones.
  for (let i = 0; i < value.length; i++) {
    const name = readText(value[i], `roles[${i}]`, ROLE_NAME, errors) ?? "";
    names.push(name);
    if (name === "") continue;
    const reserved = reservedRoleProblem(name);
    if (reserved) errors.add(`roles[${i}]`, reserved);
    const key = normalizeName(name);
    const first = index.get(key);
    if (first === undefined) index.set(key, i);
    else errors.add(`roles[${i}]`, `Role "${shorten(name)}" appears twice (also roles[${first}]).`);
  }
  return { names, index, usable: true, given: true };
}
