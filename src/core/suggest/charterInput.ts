/**
 * Charters given by a caller (MatrixSpec.charters, or a matrix's saved charters): role → lines, checked field
 * by field. Empty lines are dropped; a role given an empty list has no charter (no suggestion will pick it).
 */
import { own, type ErrorList } from "../fieldErrors";
import { isRecord, shorten } from "../guards";
import { normalizeName } from "../names";

/** A charter is a few short lines; these bounds keep one matrix's charters within a 9 KB property. */
export const MAX_CHARTER_LINES = 30;
export const MAX_CHARTER_LINE = 500;

/** Normalised role name → lines. A Map, so that roles named "__proto__" or "constructor" are plain keys. */
export type CharterMap = Map<string, string[]>;

export function readCharterLines(value: unknown, field: string, errors: ErrorList): string[] | undefined {
  if (!Array.isArray(value)) {
    errors.add(field, "A charter must be a list of lines (text).");
    return undefined;
  }
  const lines: string[] = [];
  let ok = true;
  for (let i = 0; i < value.length; i++) {
    const line: unknown = value[i];
    if (line === undefined || line === null) continue;
    if (typeof line !== "string") {
      errors.add(`${field}[${i}]`, "Each charter line must be text.");
      ok = false;
      continue;
    }
    const text = line.trim();
    if (text === "") continue;
    if (text.length > MAX_CHARTER_LINE) {
      errors.add(
        `${field}[${i}]`,
        `Charter line is too long (${text.length} characters; the limit is ${MAX_CHARTER_LINE}).`,
      );
      ok = false;
      continue;
    }
    lines.push(text);
  }
  if (lines.length > MAX_CHARTER_LINES) {
    errors.add(field, `Too many charter lines: ${lines.length}; the limit is ${MAX_CHARTER_LINES}.`);
    ok = false;
  }
  return ok ? lines : undefined;
}

/** `charters` of a spec, for the given roles; an unknown role is an error, like an unknown assignment key. */
export function readCharters(value: unknown, roles: readonly string[], errors: ErrorList): CharterMap {
  const charters: CharterMap = new Map();
  if (value === undefined || value === null) return charters;
  if (!isRecord(value)) {
    errors.add("charters", 'Charters must map role names to lists of lines, for example { "COO": ["…"] }.');
    return charters;
  }
  const known = new Set(roles.map(normalizeName));
  for (const key of Object.keys(value)) {
    const field = `charters.${key}`;
    const role = normalizeName(key);
    if (!known.has(role)) {
      errors.add(field, `"${shorten(key.trim())}" is not one of the roles.`);
      continue;
    }
    const lines = readCharterLines(own(value, key), field, errors);
    if (lines !== undefined) charters.set(role, lines);
  }
  return charters;
}
