/**
 * Writes the overview sheet (core/portfolio/overview.ts plans it): its title and note, its table, the table's
 * protection and its chart, in a few batched calls whatever the number of matrices. The add-on owns only
 * those (docs/data-and-ownership.md), so the table grows and shrinks round the users' cells (tableRoom.ts).
 */
import { parseJsonObject } from "../core/guards";
import { OVERVIEW_HEADER_ROW, type OverviewPlan } from "../core/portfolio/overview";
import { applyBlock, replaceProtections } from "./apply";
import { applyChart } from "./chart";
import { rewriteTable } from "./tableRoom";

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

/** Makes room for the new table and writes it, then `record`s what was written (tableRoom.ts). */
export function writeOverview(
  sheet: Sheet,
  plan: OverviewPlan,
  previous: OverviewRecord | null,
  fingerprint: string,
  record: (written: OverviewRecord) => void,
): void {
  const size = { rows: plan.range.numRows, columns: plan.range.numColumns };
  rewriteTable(sheet, OVERVIEW_HEADER_ROW, previous, size, () => {
    if (previous === null) {
      sheet.setFrozenRows(OVERVIEW_HEADER_ROW);
      sheet.setColumnWidth(1, 200);
    }
    for (const block of plan.blocks) applyBlock(sheet, block);
    replaceProtections(sheet, [plan.protection]);
    applyChart(sheet, plan.chart);
    record({ ...size, fingerprint });
  });
}
