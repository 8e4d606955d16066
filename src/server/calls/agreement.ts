/**
 * The agreement columns added to a matrix made before them, the rows selected in the sheet, for Check to tick
 * them, and marking the rows ticked Agreed.
 */
import { a1 } from "../../core/a1";
import type { AgreeResult, GenerateResult } from "../../core/api";
import { PRODUCT_NAME } from "../../core/keys";
import { planAgreement, type AgreementWrite } from "../../core/signoff/agree";
import { signerText } from "../../core/signoff/record";
import { signerAs } from "../../core/signoff/signer";
import { readAgreeTargets } from "../../core/signoff/targets";
import type { CellWrite } from "../../core/write/cells";
import {
  AGREED_BY_LABEL,
  agreementLabels,
  decidedColumn,
  decisionColumn,
  DECISIONS,
  statusColumn,
} from "../../core/plan/layout";
import { addonMatrix, readableMatrix } from "../../sheets/addonMade";
import { writeCells } from "../../sheets/write";
import { sheetNamed } from "../../sheets/locate";
import { change } from "../ops/change";
import { insertLine, matrixPlace } from "../ops/insertLine";
import { withDocumentLock } from "../ops/lock";

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

/**
 * Marks the rows Check ticked Agreed, as `as` (a role of the matrix, whose holder Agreed by names; null when
 * the person did not say: "unnamed editor"). The sidebar cannot learn the person's address without a scope the
 * add-on does not ask for, so the role is theirs to say. Under the document lock, each row is read again and
 * the whole call refused, naming the cell, if one changed since Check read it; then one batched write through
 * the write path: Decision, Decided on and Agreed by of every row, each change logged, never over a formula
 * (a row whose Decision holds one is left as it is and reported).
 */
export function markAgreed(sheetName: string | undefined, rows: unknown, as: string | null): AgreeResult {
  const targets = readAgreeTargets(rows); // bad input is refused before anything is read
  return withDocumentLock(() => {
    const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
    const read = addonMatrix(sheet, name);
    const { layout, matrix, values } = read;
    const holders = matrix.roles.map((role) => ({ role: role.name, heldBy: role.heldBy ?? "" }));
    const signer = signerAs(as, holders);
    const valueAt = (row: number, column: number) => values[row - 1]?.[column - 1] ?? null;
    const plan = planAgreement(matrix, layout, targets, [signer], valueAt, new Date());
    if (!plan.ok) throw new Error(plan.refusal);
    const signedAs = layout.agreedBy === true ? signerText(signer) : "";
    const result = writeCells(sheet, cellWrites(plan.writes, decisionColumn(layout)), {
      user: `${PRODUCT_NAME} (agreed as ${signerText(signer)})`,
      log: true,
    });
    // A row left whole is named by its own cell that holds a formula; its other cells went with it.
    const leftWhole = new Set(result.skipped.filter((w) => !w.partOf).map((w) => w.row));
    const skipped = result.skipped.filter((w) => !w.partOf || !leftWhole.has(w.row));
    return {
      sheetName: name,
      agreed: plan.agreed - leftWhole.size,
      already: plan.already,
      skipped: skipped.map((w) => a1(w.row, w.column)),
      signedAs,
    };
  });
}

/**
 * The plan as the write path's cells: a row's Decided on and Agreed by go with its Decision (or, on a row
 * Agreed already, with its Agreed by), so a row whose Decision holds a formula is left whole.
 */
function cellWrites(writes: readonly AgreementWrite[], decision: number): CellWrite[] {
  const leads = new Map<number, number>();
  for (const w of writes) if (!leads.has(w.row) || w.column === decision) leads.set(w.row, w.column);
  return writes.map((w) => {
    const lead = leads.get(w.row) ?? w.column;
    return {
      row: w.row,
      column: w.column,
      content:
        w.value instanceof Date ? { date: w.value } : { text: w.value, literal: w.role === "Agreed by" },
      old: w.old,
      initiative: w.initiative,
      role: w.role,
      ...(lead === w.column ? {} : { partOf: { row: w.row, column: lead } }),
    };
  });
}
