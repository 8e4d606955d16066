import type { FieldError } from "../../core/types";

/** One readable message from validation errors: the field at fault, then what to do. */
export function describeErrors(intro: string, errors: FieldError[]): string {
  const shown = errors.slice(0, 10).map((e) => `${e.field}: ${e.message}`);
  const more = errors.length > 10 ? [`…and ${errors.length - 10} more.`] : [];
  return [intro, ...shown, ...more].join("\n");
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
