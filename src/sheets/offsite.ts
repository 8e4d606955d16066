/**
 * Writes a printable offsite pack (core/offsite/sheet.ts plans it): its table from A1, column widths and the
 * table's protection, in a few batched calls whatever the number of rows. Its mark records which matrix it is
 * of and how large a table it last wrote, so making the pack again rewrites that table in place, round whatever
 * people keep beside or below it (tableRoom.ts).
 */
import { parseJsonObject } from "../core/guards";
import type { OffsiteSheetPlan } from "../core/offsite/sheet";
import { applyBlock, replaceProtections } from "./apply";
import { rewriteTable, type TableSize } from "./tableRoom";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface OffsiteRecord extends TableSize {
  /** The sheet id of the matrix the pack is of. */
  matrix: number;
}

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= 1;

/** The record in a mark's value, or null when it is missing or not one. */
export function readOffsiteRecord(value: string | null): OffsiteRecord | null {
  const parsed = parseJsonObject(value);
  if (parsed === null) return null;
  const { matrix, rows, columns } = parsed;
  return typeof matrix === "number" && Number.isSafeInteger(matrix) && isCount(rows) && isCount(columns)
    ? { matrix, rows, columns }
    : null;
}

/** Makes room for the new table and writes it, then `record`s what was written (tableRoom.ts). */
export function writeOffsite(
  sheet: Sheet,
  plan: OffsiteSheetPlan,
  previous: TableSize | null,
  matrix: number,
  record: (written: OffsiteRecord) => void,
): void {
  const size = { rows: plan.range.numRows, columns: plan.range.numColumns };
  rewriteTable(sheet, plan.range.row, previous, size, () => {
    for (const block of plan.blocks) applyBlock(sheet, block);
    for (const { column, width } of plan.columnWidths) sheet.setColumnWidth(column, width);
    replaceProtections(sheet, [plan.protection]);
    record({ matrix, ...size });
  });
}
