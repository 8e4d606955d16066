/** The owner pair: two roles that must not both hold R or A on one initiative (SHARED_OWNERSHIP). */
import type { ErrorList } from "./fieldErrors";
import { shorten } from "./guards";
import { normalizeName } from "./names";
import { builtInCharter } from "./suggest/charters";

/**
 * The role that holds `title`: the role of that name, else the first role with one of its other titles (a
 * charter's aliases: "CoS" for Chief of Staff, "Head of Operations" for COO; docs/domain.md).
 */
function roleTitled(title: string, roles: readonly string[], index: ReadonlyMap<string, number>) {
  const exact = index.get(normalizeName(title));
  if (exact !== undefined) return exact;
  const charter = builtInCharter(title);
  const alias = charter === undefined ? -1 : roles.findIndex((role) => builtInCharter(role) === charter);
  return alias < 0 ? undefined : alias;
}

/**
 * `pair` spelled as the roles are, when both are among the roles (by name or another of their titles) and
 * differ; otherwise null (rule off).
 */
export function defaultOwnerPair(
  pair: readonly [string, string] | null,
  roles: readonly string[],
  index: ReadonlyMap<string, number>,
): [string, string] | null {
  if (pair === null) return null;
  const first = roleTitled(pair[0], roles, index);
  const second = roleTitled(pair[1], roles, index);
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
