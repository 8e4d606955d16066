/**
 * The agreement columns added to a matrix made before them, and the rows selected in the sheet, for Check to
 * tick them.
 */
import type { GenerateResult } from "../../core/api";
import {
  AGREED_BY_LABEL,
  agreementLabels,
  decidedColumn,
  decisionColumn,
  DECISIONS,
  statusColumn,
} from "../../core/plan/layout";
import { readableMatrix } from "../../sheets/addonMade";
import { sheetNamed } from "../../sheets/locate";
import { change } from "../ops/change";
import { insertLine, matrixPlace } from "../ops/insertLine";

/**
 * Adds what a matrix made before them lacks (from Settings, never silently), with Sheets' own column insert, so
 * whatever stood right of them moves along: Decision, Decided on, Agreed by and Notes right of Status, every
 * initiative starting Proposed; or, to a matrix with the first three, Agreed by between Decided on and Notes.
 */
export function addAgreementColumns(sheetName?: string): GenerateResult {
  return change(sheetName, "The agreement columns were completed", (matrix) => {
    const { layout, sheet } = matrix;
    if (layout.agreement === true && layout.agreedBy === true)
      throw new Error(
        "Nothing was changed: this matrix already has its Decision, Decided on, Agreed by and Notes columns.",
      );
    if (layout.agreement === true) {
      // Inside the matrix (Notes stays right of it), so no range of the users' is widened at its edge.
      const line = { dimension: "columns", after: decidedColumn(layout), count: 1 } as const;
      insertLine(matrixPlace(matrix), line, "adding the Agreed by column", (column) =>
        sheet.getRange(layout.headerRow, column).setValue(AGREED_BY_LABEL),
      );
      return;
    }
    const labels = agreementLabels({ agreedBy: true });
    // Right of Status: inside the matrix when it has its hidden check column (the usual case), so a user's
    // range that reaches past the matrix's edge is not widened; at its edge otherwise, refused if it would be.
    const line = { dimension: "columns", after: statusColumn(layout), count: labels.length } as const;
    insertLine(matrixPlace(matrix), line, "adding the agreement columns", () => {
      const added = { ...layout, agreement: true, agreedBy: true };
      sheet.getRange(layout.headerRow, decisionColumn(added), 1, labels.length).setValues([labels]);
      const rows = matrix.matrix.initiatives.map((initiative) => initiative.row);
      if (rows.length > 0) {
        const first = rows[0];
        const last = rows[rows.length - 1];
        const known = new Set(rows);
        const decisions = Array.from({ length: last - first + 1 }, (_, i) => [
          known.has(first + i) ? DECISIONS[0] : "",
        ]);
        sheet.getRange(first, decisionColumn(added), decisions.length, 1).setValues(decisions);
      }
    });
  });
}

/**
 * The initiatives' rows among the cells selected in the matrix (the active sheet's selection, every range of
 * it), for Check to tick those rows; none when the matrix is not the active sheet. Never writes.
 */
export function getSelectedRows(sheetName?: string): number[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { sheet, name } = sheetNamed(spreadsheet, sheetName);
  if (spreadsheet.getActiveSheet().getSheetId() !== sheet.getSheetId()) return [];
  const selection = spreadsheet.getActiveRangeList();
  if (selection === null) return [];
  const spans = selection.getRanges().map((range) => [range.getRow(), range.getLastRow()]);
  const rows = readableMatrix(sheet, name).matrix.initiatives.map((initiative) => initiative.row);
  return rows.filter((row) => spans.some(([top, bottom]) => row >= top && row <= bottom));
}
