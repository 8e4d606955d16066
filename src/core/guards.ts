/** Type guards for input that crosses google.script.run and therefore cannot be trusted. */

/** A plain JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The JSON object a stored text holds (a mark's value, a property), or null when it holds none. */
export function parseJsonObject(text: string | null): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(text ?? "");
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** A value cut to a readable length for quoting in a message. */
export function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** "a, b or c": a short list as a sentence offers its choices. */
export function orList(items: readonly string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
