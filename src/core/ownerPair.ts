/** The owner pair: two roles that must not both hold R or A on one initiative (SHARED_OWNERSHIP). */
import type { ErrorList } from "./fieldErrors";
import { shorten } from "./guards";
import { normalizeName } from "./names";

/** `pair` spelled as the roles are, when both are among the roles and differ; otherwise null (rule off). */
export function defaultOwnerPair(
  pair: readonly [string, string] | null,
  roles: readonly string[],
  index: ReadonlyMap<string, number>,
): [string, string] | null {
  if (pair === null) return null;
  const first = index.get(normalizeName(pair[0]));
  const second = index.get(normalizeName(pair[1]));
  if (first === undefined || second === undefined || first === second) return null;
  return [roles[first], roles[second]];
}

/**
 * An owner pair given explicitly: null turns the rule off; otherwise two different roles present in `roles`,
 * matched by name whatever the case and spacing, and returned spelled as the roles are.
 */
export function readOwnerPair(
  value: unknown,
  roles: readonly string[],
  index: ReadonlyMap<string, number>,
  field: string,
  errors: ErrorList,
): [string, string] | null {
  if (value === null) return null;
  if (!Array.isArray(value) || value.length !== 2) {
    errors.add(field, "The owner pair must be two different role names, or none.");
    return null;
  }
  const found: (number | undefined)[] = [0, 1].map((i) => {
    const name: unknown = value[i];
    if (typeof name !== "string") {
      errors.add(`${field}[${i}]`, "Each role of the owner pair must be text.");
      return undefined;
    }
    const at = index.get(normalizeName(name));
    if (at === undefined) errors.add(`${field}[${i}]`, `"${shorten(name.trim())}" is not one of the roles.`);
    return at;
  });
  const [first, second] = found;
  if (first === undefined || second === undefined) return null;
  if (first === second) {
    errors.add(`${field}[1]`, `The owner pair needs two different roles; both are ${roles[first]}.`);
    return null;
  }
  return [roles[first], roles[second]];
}
