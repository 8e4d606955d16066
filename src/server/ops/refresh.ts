/**
 * Refresh: re-applies everything the add-on owns on a matrix (formulas, dropdowns, highlighting, formats,
 * protections) to its current extent, from one read. refreshMatrix, every structural change, a settings save
 * and adoption end with it; onEdit reads its plan input to restore the summary.
 */
import { CHECK_LABEL, dataRowCount, firstDataRow, rightColumn } from "../../core/plan/layout";
import { cellsWritten, estimateApplyMs } from "../../core/plan/cost";
import { ownerColumns } from "../../core/plan/ownerColumns";
import type { PlanInput } from "../../core/plan/input";
import { planRefresh } from "../../core/plan/plan";
import type { SheetPlan } from "../../core/plan/types";
import type { GenerateResult } from "../../core/api";
import { applyPlan } from "../../sheets/apply";
import { addonMatrix, type AddonMatrix } from "../../sheets/addonMade";
import type { MatrixOnSheet } from "../../sheets/read";
import { PRODUCT_NAME } from "../../core/keys";
import { canonicalWrites } from "../../core/write/canonical";
import { writeCodes } from "../../sheets/write";
import { refuseIfTooLong, retryWithinDeadline } from "./deadline";
import { canInsertLine, insertLine, matrixPlace } from "./insertLine";

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
  canonicaliseCodes(read);
  applyPlan(sheet, plan);
  return { sheetName: name, initiatives: read.matrix.initiatives.length, roles: read.roles };
}

/**
 * A matrix made before the hidden check column gets it, inserted empty right of the matrix with Sheets' own
 * operation (whatever stood there moves along, as when a role is added), and is read again. The column goes
 * at the matrix's edge, so where something of the users' crosses that edge (merged cells, a table below, a
 * formula's range that Sheets would widen over the new column) it stays without, as an adopted table does
 * (which gets only its Status column): its formulas carry the same check inline, heavier for Sheets but as
 * right.
 */
export function withCheckColumn(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  name: string,
  read: AddonMatrix,
): AddonMatrix {
  // An adopted table gets only its Status column: the columns right of it are its people's.
  if (read.layout.check === true || read.origin === "adopted") return read;
  const line = { dimension: "columns", after: rightColumn(read.layout), count: 1 } as const;
  if (!canInsertLine(matrixPlace(read), line)) return read;
  // A failed label deletes the column again, so that a retry does not add a second one.
  insertLine(matrixPlace(read), line, "adding the check column", (column) =>
    sheet.getRange(read.layout.headerRow, column).setValue(CHECK_LABEL),
  );
  return addonMatrix(sheet, name);
}

/** The plan that re-applies everything the add-on owns on a matrix, to its extent (layout.lastRow). */
export function refreshPlan(read: AddonMatrix): SheetPlan {
  return planRefresh(refreshInput(read));
}

export function refreshInput({
  layout,
  settings,
  roles,
  values,
  origin,
  decor,
  kinds,
}: AddonMatrix): PlanInput {
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
    kinds,
  };
}

/**
 * Rewrites aliases ("ra", "responsible", a DACI "driver") typed while onEdit could not run, as the matrix's
 * kind writes them, through the one write path: logged under the add-on's name, never over a formula.
 * Another spelling of the same code changes nothing anyone agreed on, so it is not kept for Undo.
 */
function canonicaliseCodes(read: MatrixOnSheet): void {
  const { layout, values, roles, matrix, kinds } = read;
  const first = firstDataRow(layout);
  const codes = values
    .slice(first - 1, layout.lastRow) // the matrix's rows only: codes typed further down are the users'
    .map((row, i) => {
      const cells = row.slice(layout.firstRoleColumn - 1, layout.firstRoleColumn - 1 + layout.roleCount);
      // Only initiatives hold codes: a person named "Ra" in a people row a sort moved stays "Ra".
      return kinds[i] === "initiative" ? cells : cells.map(() => "");
    });
  const names = new Map(matrix.initiatives.map((i) => [i.row, i.name]));
  const writes = canonicalWrites(
    codes,
    first,
    layout.firstRoleColumn,
    (column) => roles[column - layout.firstRoleColumn] ?? "",
    (row) => names.get(row) ?? "",
    matrix.settings.kind,
  );
  if (writes.length > 0) writeCodes(read, writes, { user: `${PRODUCT_NAME} (refresh)`, undoable: false });
}
