/**
 * Every matrix of the spreadsheet read together: for getPortfolio, and for the overview sheet, which is
 * refreshed from the same reading when a matrix is made or adopted, when Who owns what shows all matrices,
 * and from its menu item and sidebar button.
 */
import type { OverviewResult } from "../../core/api";
import { changeToken } from "../../core/changeToken";
import { LOG_SHEET_NAME } from "../../core/keys";
import { firstDataRow } from "../../core/plan/layout";
import { OVERVIEW_SHEET_NAME, planOverview } from "../../core/portfolio/overview";
import { addonMatrixSheets, addonOverview, markOverview, spareRowsOf } from "../../sheets/addonMade";
import { uniqueSheetName } from "../../sheets/locate";
import { readOverviewRecord, writeOverview } from "../../sheets/overview";
import { NotAMatrixError, readForReading, type MatrixOnSheet } from "../../sheets/read";
import { messageOf } from "./errors";
import { withDocumentLock } from "./lock";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Every matrix, in tab order, each read once for reading: a constant number of calls per matrix. */
export function readAllMatrices(spreadsheet: Spreadsheet): { name: string; read: MatrixOnSheet }[] {
  return addonMatrixSheets(spreadsheet).flatMap(({ sheet, name, origin }) => {
    try {
      return [{ name, read: readForReading(sheet, name, spareRowsOf(origin)) }];
    } catch (error) {
      // A marked sheet that no longer reads as a matrix (its header deleted): Check on it says why. Any other
      // failure stops the call: an overview or a portfolio that silently left a matrix out would mislead.
      if (error instanceof NotAMatrixError) return [];
      throw error;
    }
  });
}

/** The overview sheet to write, what its mark recorded, and how to record what is written. */
interface OverviewTarget {
  sheet: Sheet;
  stored: string | null;
  record: (value: string) => void;
}

function existingOverview(spreadsheet: Spreadsheet): OverviewTarget | null {
  const found = addonOverview(spreadsheet);
  if (found === null) return null;
  const { sheet, mark } = found;
  return { sheet, stored: mark.getValue(), record: (value) => mark.setValue(value) };
}

/**
 * Writes the overview when what it shows changed since it was last written (always with `force`); null when
 * the spreadsheet has none. The caller holds the document lock.
 */
export function refreshOverview(spreadsheet: Spreadsheet, force = false): OverviewResult | null {
  const target = existingOverview(spreadsheet);
  return target && writeOverviewOf(spreadsheet, target, force);
}

/**
 * The overview, made (as the first sheet) when there is none, written whatever it showed, and opened. A new
 * sheet that could not be completed is removed again. The caller holds the document lock.
 */
export function makeOverview(spreadsheet: Spreadsheet): OverviewResult {
  const existing = existingOverview(spreadsheet);
  if (existing !== null) {
    const result = writeOverviewOf(spreadsheet, existing, true);
    existing.sheet.activate();
    return result;
  }
  const sheet = spreadsheet.insertSheet(
    uniqueSheetName(spreadsheet, OVERVIEW_SHEET_NAME, [LOG_SHEET_NAME]),
    0,
  );
  try {
    const result = writeOverviewOf(
      spreadsheet,
      { sheet, stored: null, record: (v) => markOverview(sheet, v) },
      true,
    );
    sheet.activate();
    return result;
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw new Error(`The overview could not be made, and nothing was changed: ${messageOf(error)}`);
  }
}

/**
 * After a matrix is made or adopted, the overview (when there is one) shows it too. A failure here is not the
 * matrix's, which stays made: the overview catches up on its next refresh. `locked`: the caller holds the
 * document lock already (adopt); otherwise it is taken, and only when there is an overview to write.
 */
export function showNewMatrixInOverview(spreadsheet: Spreadsheet, locked: boolean): void {
  if (addonOverview(spreadsheet) === null) return;
  try {
    if (locked) refreshOverview(spreadsheet);
    else withDocumentLock(() => refreshOverview(spreadsheet));
  } catch {
    // Left for the next refresh: the sidebar's Who owns what, or Overview of all matrices.
  }
}

function writeOverviewOf(spreadsheet: Spreadsheet, target: OverviewTarget, force: boolean): OverviewResult {
  const matrices = readAllMatrices(spreadsheet);
  const plan = planOverview(
    matrices.map(({ name, read }) => ({
      sheetName: name,
      kind: read.settings.kind,
      roles: read.matrix.roles,
      firstRow: firstDataRow(read.layout),
      lastRow: read.layout.lastRow,
    })),
  );
  const fingerprint = changeToken([plan.values]);
  const previous = readOverviewRecord(target.stored);
  const result = {
    sheetName: target.sheet.getName(),
    matrices: matrices.length,
    roles: plan.range.numRows - 1,
  };
  if (!force && previous?.fingerprint === fingerprint) return { ...result, written: false };
  writeOverview(target.sheet, plan, previous, fingerprint, (written) =>
    target.record(JSON.stringify(written)),
  );
  return { ...result, written: true };
}
