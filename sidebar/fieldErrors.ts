/**
 * Validation problems (core's FieldError, or the lines of a server message) placed next to the control at
 * fault. Fields look like `title`, `roles[2]`, `ownerPair[1]` or `initiatives[4].name`; a form registers the
 * keys of its controls (`roles.2`, `initiatives`…) and each problem goes to the most specific one it has.
 * Pure, so it is tested without a browser.
 */
import type { FieldError } from "../src/core/types";

export const FORM = "form";

export interface FieldPath {
  name: string;
  index?: number;
}

const FIELD = /^([A-Za-z]+)(?:\[(\d+)\])?/;

export function parseField(field: string): FieldPath {
  const match = FIELD.exec(field);
  if (!match) return { name: field };
  return match[2] === undefined ? { name: match[1] } : { name: match[1], index: Number(match[2]) };
}

/** The key of the control a field belongs to: `roles.2` when registered, else `roles`, else the form. */
export function targetKey(field: string, keys: ReadonlySet<string>): string {
  const { name, index } = parseField(field);
  if (index !== undefined && keys.has(`${name}.${index}`)) return `${name}.${index}`;
  if (keys.has(name)) return name;
  return FORM;
}

const SINGULAR: Record<string, string> = { roles: "role", initiatives: "initiative" };

/** `roles[0]` → `role 1`, `ownerPair[1]` → `the second owner`: the way a person counts. */
export function humanize(message: string): string {
  return message
    .replace(
      /\binitiatives\[(\d+)\]\.assignments\.([^\s),]+)/g,
      (_m, i: string, role: string) => `initiative ${Number(i) + 1}, ${role}`,
    )
    .replace(
      /\binitiatives\[(\d+)\]\.(name|area)\b/g,
      (_m, i: string, part: string) => `initiative ${Number(i) + 1} (${part})`,
    )
    .replace(
      /\b(roles|initiatives)\[(\d+)\]/g,
      (_m, list: string, i: string) => `${SINGULAR[list]} ${Number(i) + 1}`,
    )
    .replace(/\bownerPair\[(\d)\]/g, (_m, i: string) => (i === "0" ? "the first owner" : "the second owner"));
}

/**
 * Messages per control key. `prefix` may name a problem's position when it lands on a coarser control,
 * e.g. "Line 4" when `initiatives[3].name` lands on the paste box.
 */
export function groupErrors(
  errors: readonly FieldError[],
  keys: ReadonlySet<string>,
  prefix?: (path: FieldPath) => string | undefined,
): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const error of errors) {
    const key = targetKey(error.field, keys);
    const path = parseField(error.field);
    const where = key.includes(".") ? undefined : prefix?.(path);
    const text = humanize(error.message);
    const message = where ? `${where}: ${text}` : text;
    const list = grouped.get(key);
    if (list) list.push(message);
    else grouped.set(key, [message]);
  }
  return grouped;
}

/**
 * The field problems inside a server error built by describeErrors ("intro\nfield: message\n…"), so a
 * failure the sidebar did not foresee still lands next to its control. Lines that are not `field: message`
 * stay in the general message.
 */
export function parseServerErrors(message: string): { intro: string; errors: FieldError[] } {
  const [intro, ...lines] = message.split("\n");
  const errors: FieldError[] = [];
  const rest: string[] = [intro];
  for (const line of lines) {
    const match = /^([A-Za-z]+(?:\[\d+\])?(?:\.[^\s:]+)*): (.+)$/.exec(line);
    if (match) errors.push({ field: match[1], message: match[2] });
    else rest.push(line);
  }
  return { intro: rest.join("\n"), errors };
}
