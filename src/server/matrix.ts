/** The public matrix calls: generate, analyse, refresh. */
import { analyze } from "../core/analyze";
import type { GenerateResult } from "../core/api";
import { LOG_SHEET_NAME } from "../core/keys";
import {
  CHECK_LABEL,
  dataRowCount,
  firstDataRow,
  newLayout,
  reservedInitiativeProblem,
  rightColumn,
  SPARE_ROWS,
  type Layout,
} from "../core/plan/layout";
import { planNewMatrix, planRefresh, type PlanInput } from "../core/plan/plan";
import { ownerColumns } from "../core/plan/ownerColumns";
import { validateSpec } from "../core/spec";
import type { MatrixSpec, Report } from "../core/types";
import { cellsWritten, estimateApplyMs } from "../core/plan/cost";
import type { SheetPlan } from "../core/plan/types";
import { applyPlan } from "../sheets/apply";
import { markBuilding, removeLeftovers, unmarkBuilding } from "../sheets/building";
import { sheetNamed, uniqueSheetName } from "../sheets/locate";
import {
  markMatrix,
  addonMatrix,
  readableMatrix,
  usersMergesAcrossColumn,
  type AddonMatrix,
} from "../sheets/addonMade";
import type { MatrixOnSheet } from "../sheets/read";
import { defaultSettings, saveSettings } from "../sheets/settingsStore";
import { canonicaliseCells } from "./canonical";
import { shorthandWithoutFormulas } from "./convert";
import { beginExecution, EXECUTION_LIMIT_MS, refuseIfTooLong, retryWithinDeadline } from "./deadline";
import { describeErrors, messageOf } from "./errors";
import { withDocumentLock } from "./lock";
import { saveSpecCharters, suggestedSpec } from "./suggest";

/** Creates a new RACI sheet from a spec; never touches another sheet. */
export function generateMatrix(spec?: MatrixSpec): GenerateResult {
  beginExecution();
  const result = validateSpec(spec ?? {});
  if (!result.ok) throw new Error(describeErrors("The matrix was not created:", result.errors));
  const { title, roles, ownerPair } = result.value;
  const reserved = result.value.initiatives.findIndex((i) => reservedInitiativeProblem(i.name));
  if (reserved >= 0) {
    const message = reservedInitiativeProblem(result.value.initiatives[reserved].name) ?? "";
    throw new Error(
      describeErrors("The matrix was not created:", [{ field: `initiatives[${reserved}].name`, message }]),
    );
  }
  // suggest: true fills the rows without codes; charters given are checked (and sized) before anything is made.
  const { initiatives, charters } = suggestedSpec(spec ?? {}, result.value);
  const settings = { ...defaultSettings(roles), ownerPair };
  const people = spec?.people;
  if (people !== undefined && typeof people !== "boolean")
    throw new Error(
      describeErrors("The matrix was not created:", [
        { field: "people", message: "people must be true or false." },
      ]),
    );
  const layout = newLayout(roles.length, initiatives.length, people !== false);
  const areas = [...initiatives.map((i) => i.area), ...new Array<string>(SPARE_ROWS).fill("")];
  const plan = planNewMatrix({
    layout,
    settings,
    owners: ownerColumns(roles, settings, layout),
    areas,
    title,
    roles,
    initiatives,
  });

  refuseIfTooLong(estimateApplyMs(plan), "Creating this matrix", cellsWritten(plan));

  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  removeLeftovers(spreadsheet, EXECUTION_LIMIT_MS);
  const sheetName = uniqueSheetName(spreadsheet, title, [LOG_SHEET_NAME]);
  const sheet = spreadsheet.insertSheet(sheetName);
  try {
    // Marked until it is complete: if Apps Script stops this execution, the next run removes the sheet.
    markBuilding(sheet);
    // A plan is idempotent (every write is absolute): a second pass after a transient error ends in the
    // same sheet as an uninterrupted one, if there is time for it.
    retryWithinDeadline(estimateApplyMs(plan), () => applyPlan(sheet, plan));
    markMatrix(sheet, "generated"); // the add-on writes only on sheets it marked
    sheet.activate();
    unmarkBuilding(sheet);
    saveSpecCharters(sheet, charters); // sized when checked: cannot fail on the 9 KB limit
    saveSettings(sheet, settings); // last: nothing can fail after it, so no setting outlives a deleted sheet
  } catch (error) {
    // A half-built matrix is worse than none: remove the new sheet, so the spreadsheet is as it was.
    spreadsheet.deleteSheet(sheet);
    throw new Error(`The matrix could not be created, and nothing was changed: ${messageOf(error)}`);
  }
  return { sheetName, initiatives: initiatives.length, roles };
}

/**
 * Analyses a matrix sheet (the active sheet when no name is given): one read, or from 2,000 rows a few reads
 * around the formula cells (readForReading). Read-only, so it also analyses a table that only looks like a
 * matrix.
 */
export function analyzeMatrix(sheetName?: string): Report {
  const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
  const read = readableMatrix(sheet, name);
  // Shorthand a formula computes is not counted: Convert would leave it (one more read, only when any).
  const shorthand = shorthandWithoutFormulas(read);
  const matrix = { ...read.matrix, shorthand };
  return { sheetName: name, ...analyze(matrix, { headerRow: read.layout.headerRow }) };
}

/**
 * Re-applies formulas, dropdowns, highlighting and formats to the matrix's current extent, after
 * collaborators added rows or roles by hand. Writes only the cells the add-on owns, plus canonical forms of
 * codes typed as aliases; every name and code anyone typed stays.
 */
export function refreshMatrix(sheetName?: string): GenerateResult {
  beginExecution();
  return withDocumentLock(() => {
    removeLeftovers(SpreadsheetApp.getActiveSpreadsheet(), EXECUTION_LIMIT_MS);
    const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
    return refreshSheet(sheet, name);
  });
}

/**
 * The body of refreshMatrix, for callers that already hold the document lock. Tried once more on failure
 * when the time left allows: a refresh reads the sheet afresh and writes only absolute values, so a second
 * pass after a transient service error ends where an uninterrupted one would.
 */
export function refreshSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, name: string): GenerateResult {
  const attempt: { estimateMs: number } = { estimateMs: 0 };
  return retryWithinDeadline(
    () => attempt.estimateMs,
    () => refreshOnce(sheet, name, attempt),
  );
}

function refreshOnce(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  name: string,
  attempt: { estimateMs: number },
): GenerateResult {
  const read = withCheckColumn(sheet, name, addonMatrix(sheet, name));
  const plan = refreshPlan(read);
  attempt.estimateMs = estimateApplyMs(plan);
  refuseIfTooLong(attempt.estimateMs, "Refreshing this matrix", cellsWritten(plan));
  canonicaliseCodes(read, read.layout);
  applyPlan(sheet, plan);
  return { sheetName: name, initiatives: read.matrix.initiatives.length, roles: read.roles };
}

/**
 * A matrix made before the hidden check column gets it, inserted empty right of the matrix with Sheets' own
 * operation (whatever stood there moves along, as when a role is added), and is read again. Where a
 * collaborator's merged cells cross that edge it stays without, as an adopted table does (which gets only its
 * Status column): their formulas carry the same check inline, heavier for Sheets but as right.
 */
export function withCheckColumn(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  name: string,
  read: AddonMatrix,
): AddonMatrix {
  // An adopted table gets only its Status column: the columns right of it are its people's.
  if (read.layout.check === true || read.origin === "adopted") return read;
  const edge = rightColumn(read.layout);
  if (usersMergesAcrossColumn(read, edge).length > 0) return read;
  sheet.insertColumnsAfter(edge, 1);
  try {
    sheet.getRange(read.layout.headerRow, edge + 1).setValue(CHECK_LABEL);
  } catch (error) {
    sheet.deleteColumn(edge + 1); // so that a retry does not add a second one
    throw error;
  }
  return addonMatrix(sheet, name);
}

/** The plan that re-applies everything the add-on owns on a matrix, to its extent (layout.lastRow). */
export function refreshPlan(read: AddonMatrix): SheetPlan {
  return planRefresh(refreshInput(read));
}

export function refreshInput({ layout, settings, roles, values, origin, decor }: AddonMatrix): PlanInput {
  const first = firstDataRow(layout);
  const areas = Array.from({ length: dataRowCount(layout) }, (_, i) => {
    const value = layout.areaColumn === null ? "" : values[first - 1 + i]?.[layout.areaColumn - 1];
    return value === null || value === undefined ? "" : String(value).trim();
  });
  return {
    layout,
    settings,
    owners: ownerColumns(roles, settings, layout),
    areas,
    decor,
    style: origin === "adopted" ? "adopted" : "full",
  };
}

/** Rewrites aliases ("ra", "responsible") typed while onEdit could not run, as canonical codes. */
function canonicaliseCodes({ sheet, values }: MatrixOnSheet, layout: Layout): void {
  const first = firstDataRow(layout);
  const codes = values
    .slice(first - 1, layout.lastRow) // the matrix's rows only: codes typed further down are the users'

    .map((row) => row.slice(layout.firstRoleColumn - 1, layout.firstRoleColumn - 1 + layout.roleCount));
  if (codes.length > 0) canonicaliseCells(sheet, first, layout.firstRoleColumn, codes);
}
