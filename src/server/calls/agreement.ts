/** The agreement-columns upgrade: Decision, Decided on and Notes for a matrix made before them. */
import type { GenerateResult } from "../../core/api";
import { AGREEMENT_LABELS, decisionColumn, DECISIONS, statusColumn } from "../../core/plan/layout";
import { columnName, listCells, usersMergesAcrossColumn } from "../../sheets/addonMade";
import { change } from "../ops/change";

/**
 * Adds Decision, Decided on and Notes right of Status to a matrix made before they existed (from Settings,
 * never silently): three columns inserted with Sheets' own operation, so whatever stood right of Status
 * moves along; every initiative starts Proposed.
 */
export function addAgreementColumns(sheetName?: string): GenerateResult {
  return change(sheetName, "Decision, Decided on and Notes columns were added", (matrix) => {
    const { layout, sheet } = matrix;
    if (layout.agreement === true)
      throw new Error(
        "Nothing was changed: this matrix already has its Decision, Decided on and Notes columns.",
      );
    const status = statusColumn(layout);
    const merged = usersMergesAcrossColumn(matrix, status);
    if (merged.length > 0) {
      throw new Error(
        `Nothing was changed: adding the agreement columns inserts columns after ${columnName(status)}, which ` +
          `would widen merged cells outside the matrix (${listCells(merged)}). Unmerge them first.`,
      );
    }
    sheet.insertColumnsAfter(status, AGREEMENT_LABELS.length);
    const added = { ...layout, agreement: true };
    try {
      sheet
        .getRange(layout.headerRow, decisionColumn(added), 1, AGREEMENT_LABELS.length)
        .setValues([[...AGREEMENT_LABELS]]);
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
    } catch (error) {
      sheet.deleteColumns(status + 1, AGREEMENT_LABELS.length); // undo, so the sheet is as it was
      throw error;
    }
  });
}
