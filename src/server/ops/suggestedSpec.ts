/** A new matrix's suggestions and charters (generateMatrix with `suggest` or `charters`). */
import { ErrorList, own } from "../../core/fieldErrors";
import { normalizeName } from "../../core/names";
import { readCharters } from "../../core/suggest/charterInput";
import { trySuggest } from "../../core/suggest/index";
import type { CanonicalCode, MatrixSpec, ValidSpec } from "../../core/types";
import { glossaryOfSpec } from "../../core/glossary";
import { serialiseCharters, storeCharters } from "../../sheets/charterStore";
import { loadGlossary } from "../../sheets/glossaryStore";
import { describeErrors } from "./errors";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * For generateMatrix({ ...spec, suggest: true }): the spec's initiatives with suggested codes in the rows that
 * have none, and the charters the spec gives, checked (and sized for storage) before anything is created.
 */
export function suggestedSpec(
  spec: MatrixSpec,
  valid: ValidSpec,
): { initiatives: ValidSpec["initiatives"]; charters: string | null } {
  const errors = new ErrorList("charters");
  const charters = readCharters(own(spec, "charters"), valid.roles, errors);
  if (errors.size > 0) throw new Error(describeErrors("The matrix was not created:", errors.toArray()));
  const names = new Map(valid.roles.map((r) => [normalizeName(r), r]));
  const stored = charters.size > 0 ? serialiseCharters(charters, names) : null;
  if (own(spec, "suggest") !== true) return { initiatives: valid.initiatives, charters: stored };
  const result = trySuggest(spec, glossaryOfSpec(loadGlossary()));
  if (!result.ok) throw new Error(describeErrors("The matrix was not created:", result.errors));
  const initiatives = valid.initiatives.map((initiative, i) => {
    const s = result.value.initiatives[i];
    if (!s.suggested) return initiative;
    const codes = valid.roles.map((role): CanonicalCode | "" =>
      Object.prototype.hasOwnProperty.call(s.assignments, role) ? s.assignments[role] : "",
    );
    return { ...initiative, codes };
  });
  return { initiatives, charters: stored };
}

/** Saves a new matrix's charters (generateMatrix), after its settings. */
export function saveSpecCharters(sheet: Sheet, stored: string | null): void {
  if (stored !== null) storeCharters(sheet, stored);
}
