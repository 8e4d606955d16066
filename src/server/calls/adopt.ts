/**
 * Adopting a table: a RACI table someone already keeps (or a RASCI or DACI one, adopted as that kind) becomes a
 * live matrix. The preview says what the add-on understood of the table and what it will add; adopting adds
 * exactly that (a Status column, dropdowns, highlighting, a warning-only protection) and marks the sheet as the
 * add-on's. The table's own cells, formats, notes and rules stay as they are.
 */
import type { AdoptionPreview, GenerateResult } from "../../core/api";
import { KIND_KEY, MATRIX_KEY, PRODUCT_NAME } from "../../core/keys";
import {
  describeAdoption,
  describeTable,
  findTable,
  TABLE_RULE,
  type TableFound,
} from "../../core/plan/adopt";
import { findDecor } from "../../core/plan/decor";
import type { CellValue } from "../../core/types";
import { estimateApplyMs } from "../../core/plan/cost";
import { applyPlan } from "../../sheets/apply";
import { sheetNamed } from "../../sheets/locate";
import { markMatrix, matrixOrigin, addonMatrix, type AddonMatrix } from "../../sheets/addonMade";
import { readMatrix } from "../../sheets/read";
import { DEFAULT_KIND } from "../../core/kinds";
import { defaultSettings, forgetSettings, hasStoredSettings, saveSettings } from "../../sheets/settingsStore";
import { messageOf } from "../ops/errors";
import { beginExecution, retryWithinDeadline } from "../ops/deadline";
import { insertLine } from "../ops/insertLine";
import { withDocumentLock } from "../ops/lock";
import { refreshPlan, withCheckColumn } from "../ops/refresh";
import { showNewMatrixInOverview } from "../ops/portfolio";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What adoptMatrix would add to the sheet; reads only. */
export function previewAdoption(sheetName?: string): AdoptionPreview {
  const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
  if (matrixOrigin(sheet) === null && isAddonMade(sheet, name)) {
    const { roles, matrix, layout, settings } = readMatrix(sheet, name);
    return {
      sheetName: name,
      roles,
      initiatives: matrix.initiatives.length,
      headerRow: layout.headerRow,
      adds: [
        `"${name}" was made by the add-on (copied from another spreadsheet, say): adopting marks it as a ` +
          "matrix and refreshes its Status, summary and highlighting, as Refresh highlighting does.",
      ],
      understood: [],
      ownerPair: settings.ownerPair,
    };
  }
  const { table } = adoptable(sheet, name);
  return {
    sheetName: name,
    roles: table.roles,
    initiatives: table.initiatives,
    headerRow: table.headerRow,
    adds: describeAdoption(name, table),
    understood: describeTable(table),
    ownerPair: table.ownerPair,
  };
}

/** Turns the user's RACI table on the sheet (the active one when omitted) into a matrix. */
export function adoptMatrix(sheetName?: string): GenerateResult {
  beginExecution();
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const { sheet, name } = sheetNamed(spreadsheet, sheetName);
    const read = adoptOrRemark(sheet, name);
    showNewMatrixInOverview(spreadsheet, true);
    return { sheetName: name, initiatives: read.matrix.initiatives.length, roles: read.roles };
  });
}

/** Adopts the table, or marks again a matrix of the add-on that lost its mark; the caller holds the lock. */
function adoptOrRemark(sheet: Sheet, name: string): AddonMatrix {
  if (matrixOrigin(sheet) === null && (hasStoredSettings(sheet) || isAddonMade(sheet, name))) {
    // A matrix of the first release, or one copied from another spreadsheet: it only lacks the mark.
    if (!hasStoredSettings(sheet)) markMatrix(sheet, "generated");
    const read = withCheckColumn(sheet, name, addonMatrix(sheet, name));
    applyPlan(sheet, refreshPlan(read));
    return read;
  }
  const { table, values } = adoptable(sheet, name);
  addStatusColumn(sheet, values, table); // refuses, changing nothing, what would change the users' things
  try {
    markMatrix(sheet, "adopted", table.kind);
    // A RASCI or DACI table keeps its kind in its settings; a RACI one needs none stored, as before kinds.
    if (table.kind !== DEFAULT_KIND)
      saveSettings(sheet, { ...defaultSettings(table.roles), kind: table.kind });
    // No canonicalising here: the table's codes stay exactly as typed ("r" still counts as R).
    const read = addonMatrix(sheet, name);
    const plan = refreshPlan(read);
    retryWithinDeadline(estimateApplyMs(plan), () => applyPlan(sheet, plan));
    return read;
  } catch (error) {
    undo(sheet, table);
    throw new Error(`"${name}" was not adopted, and nothing was changed: ${messageOf(error)}`);
  }
}

/** A sheet the add-on built (its summary rows and header are there) that lost its mark, e.g. by a copy. */
function isAddonMade(sheet: Sheet, name: string): boolean {
  try {
    const { values, layout } = readMatrix(sheet, name);
    return findDecor(values, layout).summary.some((row) => row !== null);
  } catch {
    return false;
  }
}

/** The table to adopt, with the sheet's values it was found in, or a refusal that says what was looked for. */
function adoptable(sheet: Sheet, name: string): { table: TableFound; values: CellValue[][] } {
  if (matrixOrigin(sheet) !== null) {
    throw new Error(`"${name}" is already a matrix of the add-on; choose Refresh highlighting to update it.`);
  }
  const range = sheet.getDataRange();
  const values = range.getValues() as CellValue[][];
  const table = findTable(values, range.getFormulas());
  if (!table) throw new Error(`No RACI table was found on "${name}": ${TABLE_RULE}`);
  return { table, values };
}

/**
 * Status right of the roles: an empty column there (or the add-on's own, left by Remove add-on data), else
 * a new one inserted with insertLine, which refuses to widen the users' merges or ranges or cut their tables.
 */
function addStatusColumn(sheet: Sheet, values: CellValue[][], table: TableFound): void {
  const { column, insert, writeHeader } = table.status;
  const label = () => {
    if (writeHeader) sheet.getRange(table.headerRow, column).setValue("Status");
  };
  if (!insert) return label();
  const span = {
    ownsRow: (row: number) => row >= table.headerRow && row <= table.lastRow,
    ownsColumn: (c: number) => c >= table.nameColumn && c < column,
    lastRow: table.lastRow,
    lastColumn: column - 1,
  };
  insertLine(
    { sheet, values, span },
    { dimension: "columns", after: column - 1, count: 1 },
    "adopting the table",
    label,
  );
}

/** Best effort, after a failure: take back the mark and the column, so the sheet is as it was. */
function undo(sheet: Sheet, table: TableFound): void {
  try {
    for (const metadata of sheet.getDeveloperMetadata()) {
      if (metadata.getKey() === MATRIX_KEY || metadata.getKey() === KIND_KEY) metadata.remove();
    }
    if (table.kind !== DEFAULT_KIND) forgetSettings(sheet);
    if (table.status.insert) sheet.deleteColumn(table.status.column);
    else if (table.status.writeHeader) sheet.getRange(table.headerRow, table.status.column).setValue("");
  } catch {
    // The error that brought us here is the one to report.
  }
}

/** Shows what adopting the active sheet's table adds, and adopts it only when the user says yes. */
export function menuAdoptMatrix(): void {
  const preview = previewAdoption(); // fails here, with a clear message, when there is no table to adopt
  const ui = SpreadsheetApp.getUi();
  const text = [
    `Roles: ${preview.roles.join(", ")}. Initiatives: ${preview.initiatives}.`,
    ...preview.understood.map((line) => `• ${line}`),
    "Adopting adds:",
    ...preview.adds.map((line) => `• ${line}`),
    "Adopt it?",
  ].join("\n");
  if (ui.alert(`Adopt "${preview.sheetName}" as a matrix`, text, ui.ButtonSet.YES_NO) !== ui.Button.YES)
    return;
  const result = adoptMatrix(preview.sheetName);
  SpreadsheetApp.getActiveSpreadsheet().toast(
    `"${result.sheetName}" is now a live matrix with ${result.initiatives} initiatives.`,
    PRODUCT_NAME,
  );
}
