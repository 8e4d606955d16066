/**
 * Writes the overview sheet (core/portfolio/overview.ts plans it): its title and note, its table, the table's
 * protection and its chart, in a few batched calls whatever the number of matrices. The add-on owns only
 * those (docs/data-and-ownership.md), so the table grows and shrinks round the users' cells (tableRoom.ts).
 */
import { parseJsonObject } from "../core/guards";
import { OVERVIEW_HEADER_ROW, type OverviewPlan } from "../core/portfolio/overview";
import { applyBlock, replaceProtections } from "./apply";
import { applyChart } from "./chart";
import { fitTable, resizeTable } from "./tableRoom";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the overview's mark records: the table last written (rows from the header, columns from A), and a fingerprint of it. */
export interface OverviewRecord {
  rows: number;
  columns: number;
  fingerprint: string;
}

/** The record in a mark's value, or null when it is missing or not one (written by another version). */
export function readOverviewRecord(value: string | null): OverviewRecord | null {
  const parsed = parseJsonObject(value);
  if (parsed === null) return null;
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
  if (previous === null) {
    fitTable(sheet, OVERVIEW_HEADER_ROW, { rows, columns });
    sheet.setFrozenRows(OVERVIEW_HEADER_ROW);
    sheet.setColumnWidth(1, 200);
  } else resizeTable(sheet, OVERVIEW_HEADER_ROW, previous, { rows, columns });
  for (const block of plan.blocks) applyBlock(sheet, block);
  replaceProtections(sheet, [plan.protection]);
  applyChart(sheet, plan.chart);
  return { rows, columns, fingerprint };
}
