/** The agreement-columns upgrade: Decision, Decided on and Notes for a matrix made before them. */
import type { GenerateResult } from "../../core/api";
import { AGREEMENT_LABELS, decisionColumn, DECISIONS, statusColumn } from "../../core/plan/layout";
import { change } from "../ops/change";
import { insertLine, matrixPlace } from "../ops/insertLine";

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
    // Right of Status: inside the matrix when it has its hidden check column (the usual case), so a user's
    // range that reaches past the matrix's edge is not widened; at its edge otherwise, refused if it would be.
    const line = {
      dimension: "columns",
      after: statusColumn(layout),
      count: AGREEMENT_LABELS.length,
    } as const;
    insertLine(matrixPlace(matrix), line, "adding the agreement columns", () => {
      const added = { ...layout, agreement: true };
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
    });
  });
}
