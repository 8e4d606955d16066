/** The public matrix calls: generate, analyse, refresh, and the menu items that run them. */
import { analyze } from "../../core/analyze";
import type { GenerateResult } from "../../core/api";
import { LOG_SHEET_NAME, PRODUCT_NAME } from "../../core/keys";
import { newLayout, reservedInitiativeProblem, SPARE_ROWS } from "../../core/plan/layout";
import { planNewMatrix } from "../../core/plan/plan";
import { ownerColumns } from "../../core/plan/ownerColumns";
import { validateSpec } from "../../core/spec";
import type { MatrixSpec, Report } from "../../core/types";
import { cellsWritten, estimateApplyMs } from "../../core/plan/cost";
import { applyPlan } from "../../sheets/apply";
import { markBuilding, removeLeftovers, unmarkBuilding } from "../../sheets/building";
import { sheetNamed, uniqueSheetName } from "../../sheets/locate";
import { markMatrix, readableMatrix } from "../../sheets/addonMade";
import { defaultSettings, saveSettings } from "../../sheets/settingsStore";
import { shorthandWithoutFormulas } from "../ops/shorthandCells";
import { refreshSheet } from "../ops/refresh";
import { showNewMatrixInOverview } from "../ops/portfolio";
import { beginExecution, EXECUTION_LIMIT_MS, refuseIfTooLong, retryWithinDeadline } from "../ops/deadline";
import { describeErrors, messageOf } from "../ops/errors";
import { withDocumentLock } from "../ops/lock";
import { saveSpecCharters, suggestedSpec } from "../ops/suggestedSpec";

/** Creates a new matrix sheet (RACI, RASCI or DACI) from a spec; never touches another sheet. */
export function generateMatrix(spec?: MatrixSpec): GenerateResult {
  beginExecution();
  const result = validateSpec(spec ?? {});
  if (!result.ok) throw new Error(describeErrors("The matrix was not created:", result.errors));
  const { title, roles, ownerPair, kind } = result.value;
  const reserved = result.value.initiatives.findIndex((i) => reservedInitiativeProblem(i.name));
  if (reserved >= 0) {
    const message = reservedInitiativeProblem(result.value.initiatives[reserved].name) ?? "";
    throw new Error(
      describeErrors("The matrix was not created:", [{ field: `initiatives[${reserved}].name`, message }]),
    );
  }
  // suggest: true fills the rows without codes; charters given are checked (and sized) before anything is made.
  const { initiatives, charters } = suggestedSpec(spec ?? {}, result.value);
  const settings = { ...defaultSettings(roles), ownerPair, kind };
  const people = spec?.people;
  if (people !== undefined && typeof people !== "boolean")
    throw new Error(
      describeErrors("The matrix was not created:", [
        { field: "people", message: "people must be true or false." },
      ]),
    );
  const layout = newLayout(roles.length, initiatives.length, people !== false, kind);
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
    markMatrix(sheet, "generated", settings.kind); // the add-on writes only on sheets it marked
    sheet.activate();
    unmarkBuilding(sheet);
    saveSpecCharters(sheet, charters); // sized when checked: cannot fail on the 9 KB limit
    saveSettings(sheet, settings); // last: nothing can fail after it, so no setting outlives a deleted sheet
  } catch (error) {
    // A half-built matrix is worse than none: remove the new sheet, so the spreadsheet is as it was.
    spreadsheet.deleteSheet(sheet);
    throw new Error(`The matrix could not be created, and nothing was changed: ${messageOf(error)}`);
  }
  showNewMatrixInOverview(spreadsheet, false);
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

export function menuNewCooCosMatrix(): void {
  const result = generateMatrix({ template: "coo-cos" });
  SpreadsheetApp.getActiveSpreadsheet().toast(
    `Created "${result.sheetName}" with ${result.initiatives} initiatives.`,
    PRODUCT_NAME,
  );
}

export function menuNewBlankMatrix(): void {
  const result = generateMatrix({ template: "blank" });
  SpreadsheetApp.getActiveSpreadsheet().toast(
    `Created "${result.sheetName}". Add initiatives below the header.`,
    PRODUCT_NAME,
  );
}

export function menuRefreshMatrix(): void {
  const result = refreshMatrix();
  SpreadsheetApp.getActiveSpreadsheet().toast(`Refreshed "${result.sheetName}".`, PRODUCT_NAME);
}
