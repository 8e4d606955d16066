import { ErrorList, readText } from "../../core/fieldErrors";
import { MAX_NAME_LENGTH } from "../../core/limits";
import { describeErrors } from "./errors";

/** A name the user gave: text, trimmed, not empty, not too long; otherwise nothing is changed and it says why. */
export function requiredText(value: unknown, field: string, what: string): string {
  const errors = new ErrorList(field);
  const result = readText(value, field, { what, maxLength: MAX_NAME_LENGTH, required: true }, errors);
  if (result === undefined) throw new Error(describeErrors("Nothing was changed:", errors.toArray()));
  return result;
}
