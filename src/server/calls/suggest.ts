/**
 * Owner suggestions and role charters: suggestAssignments (pure, reads no sheet), each matrix's charters
 * (getCharters, saveCharter) and the Who owns what report (getOwnership).
 */
import type { ChartersView } from "../../core/api";
import { ErrorList } from "../../core/fieldErrors";
import { normalizeName } from "../../core/names";
import { readCharterLines } from "../../core/suggest/charterInput";
import { trySuggest, type Suggestions } from "../../core/suggest/index";
import { resolveCharters } from "../../core/suggest/match";
import { ownershipOf, type OwnershipReport } from "../../core/suggest/ownership";
import type { MatrixSpec } from "../../core/types";
import { glossaryOfRoles, glossaryOfSpec } from "../../core/glossary";
import { loadCharters, serialiseCharters, storeCharters } from "../../sheets/charterStore";
import { loadGlossary } from "../../sheets/glossaryStore";
import { addonMatrix, readableMatrix } from "../../sheets/addonMade";
import { describeErrors } from "../ops/errors";
import { withDocumentLock } from "../ops/lock";
import { sheetNamed } from "../../sheets/locate";

/** docs/architecture.md: suggestions for a spec; reads no sheet, writes nothing. */
export function suggestAssignments(spec?: MatrixSpec): Suggestions {
  const result = trySuggest(spec ?? {}, glossaryOfSpec(loadGlossary()));
  if (!result.ok) throw new Error(describeErrors("No suggestions:", result.errors));
  return result.value;
}

/** Each role of the matrix with the charter the suggestions use: the matrix's own, the built-in one, or none. */
export function getCharters(sheetName?: string): ChartersView {
  const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
  const { roles } = readableMatrix(sheet, name);
  const own = loadCharters(sheet);
  return {
    roles: resolveCharters(roles, (role) => own.get(normalizeName(role))).map((c) => ({
      role: c.role,
      lines: [...c.lines],
      source: c.source,
    })),
  };
}

/**
 * Gives a role of the matrix its own charter, or (lines null) returns it to the built-in one. Checked whole
 * before one write under the document lock: on any problem nothing is saved.
 */
export function saveCharter(sheetName: string, role: string, lines: string[] | null): ChartersView {
  return withDocumentLock(() => {
    const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
    const { roles } = addonMatrix(sheet, name);
    const target =
      typeof role === "string" ? roles.find((r) => normalizeName(r) === normalizeName(role)) : undefined;
    if (target === undefined) throw new Error(`"${String(role).slice(0, 60)}" is not a role of ${name}.`);
    const charters = loadCharters(sheet);
    if (lines === null) charters.delete(normalizeName(target));
    else {
      const errors = new ErrorList("lines");
      const checked = readCharterLines(lines, "lines", errors);
      if (checked === undefined)
        throw new Error(describeErrors(`The charter of ${target} was not saved:`, errors.toArray()));
      charters.set(normalizeName(target), checked);
    }
    const names = new Map(roles.map((r) => [normalizeName(r), r]));
    storeCharters(sheet, serialiseCharters(charters, names));
    return getCharters(name);
  });
}

/** Who owns what: per role, its charter and what it is accountable and responsible for. One read. */
export function getOwnership(sheetName?: string): OwnershipReport {
  const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
  const { matrix, roles } = readableMatrix(sheet, name);
  const charters = loadCharters(sheet);
  const glossary = glossaryOfRoles(loadGlossary(), roles, charters);
  return ownershipOf(name, matrix, charters, glossary);
}
