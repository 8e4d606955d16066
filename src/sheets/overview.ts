/**
 * Writes the overview sheet (core/portfolio/overview.ts plans it): its title and note, its table, the table's
 * protection and its chart, in a few batched calls whatever the number of matrices. The add-on owns only
 * those (docs/data-and-ownership.md), so the table grows by inserting rows and columns, as Sheets' own Insert
 * does (whatever people keep below or beside it moves, never overwritten), and shrinks by clearing only the
 * cells it no longer uses.
 */
import { isRecord } from "../core/guards";
import { OVERVIEW_HEADER_ROW, type OverviewPlan } from "../core/portfolio/overview";
import { applyBlock, replaceProtections } from "./apply";
import { applyChart } from "./chart";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the overview's mark records: the table last written (rows from the header, columns from A), and a fingerprint of it. */
export interface OverviewRecord {
  rows: number;
  columns: number;
  fingerprint: string;
}

/** The record in a mark's value, or null when it is missing or not one (written by another version). */
export function readOverviewRecord(value: string | null): OverviewRecord | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value ?? "");
  } catch {
    return null;
  }
  if (!isRecord(parsed)) return null;
  const { rows, columns, fingerprint } = parsed;
  return isCount(rows) && isCount(columns) && typeof fingerprint === "string"
    ? { rows, columns, fingerprint }
    : null;
}

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= 1;

/** Makes room for the new table, writes it, and returns the record of what was written. */
export function writeOverview(
  sheet: Sheet,
  plan: OverviewPlan,
  previous: OverviewRecord | null,
  fingerprint: string,
): OverviewRecord {
  const { numRows: rows, numColumns: columns } = plan.range;
  if (previous === null) fitNewSheet(sheet, rows, columns);
  else resizeTable(sheet, previous, rows, columns);
  for (const block of plan.blocks) applyBlock(sheet, block);
  replaceProtections(sheet, [plan.protection]);
  applyChart(sheet, plan.chart);
  return { rows, columns, fingerprint };
}

/** A sheet new to the overview: enough rows and columns for the table, its header frozen. */
function fitNewSheet(sheet: Sheet, rows: number, columns: number): void {
  const lastRow = OVERVIEW_HEADER_ROW + rows - 1;
  if (sheet.getMaxRows() < lastRow) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  if (sheet.getMaxColumns() < columns)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
  sheet.setFrozenRows(OVERVIEW_HEADER_ROW);
  sheet.setColumnWidth(1, 200);
}

/** Inserts the rows and columns a larger table needs, right after the old one; clears what a smaller one leaves. */
function resizeTable(sheet: Sheet, previous: OverviewRecord, rows: number, columns: number): void {
  const oldLastRow = OVERVIEW_HEADER_ROW + previous.rows - 1;
  if (rows > previous.rows) sheet.insertRowsAfter(oldLastRow, rows - previous.rows);
  if (columns > previous.columns) sheet.insertColumnsAfter(previous.columns, columns - previous.columns);
  if (rows < previous.rows)
    sheet.getRange(OVERVIEW_HEADER_ROW + rows, 1, previous.rows - rows, previous.columns).clear();
  if (columns < previous.columns)
    sheet.getRange(OVERVIEW_HEADER_ROW, columns + 1, previous.rows, previous.columns - columns).clear();
}
