/** Collecting validation problems, each naming the field at fault. */
import { isRecord } from "./guards";
import { MAX_REPORTED_ERRORS } from "./limits";
import type { FieldError } from "./types";

/** Keeps the first problems and counts the rest, so the answer stays readable however bad the input. */
export class ErrorList {
  private readonly items: FieldError[] = [];
  private dropped = 0;

  constructor(
    private readonly summaryField: string,
    private readonly limit = MAX_REPORTED_ERRORS,
  ) {}

  add(field: string, message: string): void {
    if (this.items.length < this.limit) this.items.push({ field, message });
    else this.dropped++;
  }

  get size(): number {
    return this.items.length + this.dropped;
  }

  toArray(): FieldError[] {
    const list = this.items.slice();
    if (this.dropped > 0)
      list.push({ field: this.summaryField, message: `…and ${this.dropped} more problems.` });
    return list;
  }
}

export interface TextRule {
  /** How the field is called in messages, e.g. "Role name". */
  what: string;
  maxLength: number;
  required: boolean;
}

/** A trimmed text field, or undefined after recording why it is unusable. A missing optional field is "". */
export function readText(
  value: unknown,
  field: string,
  rule: TextRule,
  errors: ErrorList,
): string | undefined {
  if (value === undefined || value === null) {
    if (!rule.required) return "";
    errors.add(field, `${rule.what} is missing.`);
    return undefined;
  }
  if (typeof value !== "string") {
    errors.add(field, `${rule.what} must be text.`);
    return undefined;
  }
  const text = value.trim();
  if (rule.required && text === "") {
    errors.add(field, `${rule.what} must not be empty.`);
    return undefined;
  }
  if (text.length > rule.maxLength) {
    errors.add(
      field,
      `${rule.what} is too long (${text.length} characters; the limit is ${rule.maxLength}).`,
    );
    return undefined;
  }
  return text;
}

/** An own property of an untrusted value, or undefined: inherited names such as "constructor" never count. */
export function own(input: unknown, key: string): unknown {
  return isRecord(input) && Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
}
