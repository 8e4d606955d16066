/**
 * The rewrite step of fixes and the shorthand conversion: cells written in one batch, what they held kept for
 * Undo, each change logged; and the pieces Undo reads them back with.
 */
import { parseA1 } from "../../core/a1";
import type { CellValue } from "../../core/types";
import { appendToLogLocked, type LogEntry } from "../../sheets/changeLog";
import { fingerprint, saveUndo, type UndoCell } from "../../sheets/undoStore";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Writes `value` into each cell, one RangeList per distinct value: a handful of calls at any size. */
export function writeCells(sheet: Sheet, cells: readonly { cell: string; value: string }[]): void {
  const byValue = new Map<string, string[]>();
  for (const { cell, value } of cells) {
    const list = byValue.get(value);
    if (list) list.push(cell);
    else byValue.set(value, [cell]);
  }
  byValue.forEach((list, value) => {
    const ranges = sheet.getRangeList(list);
    if (value === "") ranges.clearContent();
    else ranges.setValue(value);
  });
}

export function logEntries(
  sheet: Sheet,
  rows: { initiative: string; role: string; cell: string; old: string; new: string; user: string }[],
): LogEntry[] {
  const time = new Date();
  const matrix = sheet.getName();
  const sheetId = sheet.getSheetId();
  return rows.map((r) => ({ time, matrix, sheetId, ...r }));
}

export function cellAt(cell: string): { row: number; column: number } | null {
  try {
    return parseA1(cell);
  } catch {
    return null; // a damaged undo record: the cell is skipped, never guessed
  }
}

/** The cell's text as it is now, to compare with what the fix wrote and to restore exactly. */
export function textAt(values: CellValue[][], cell: string): string {
  const at = cellAt(cell);
  const value = at ? values[at.row - 1]?.[at.column - 1] : undefined;
  return value === null || value === undefined ? "" : String(value);
}

/** A cell the add-on rewrites on someone's request: where, on which initiative and role, and as whom it logs. */
export interface CellRewrite {
  cell: string;
  initiative: string;
  role: string;
  new: string;
  user: string;
}

/**
 * Writes the cells in one batch, keeps what they held for Undo, and logs each change. Returns whether Undo
 * has them: the cells are written by then, so a full property store must not turn the change into an error.
 */
export function rewriteCells(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: CellValue[][],
  rewrites: CellRewrite[],
): boolean {
  const undo: UndoCell[] = rewrites.map((c) => ({
    cell: c.cell,
    key: fingerprint(`${c.initiative}\n${c.role}`),
    old: textAt(values, c.cell),
    new: c.new,
  }));
  writeCells(
    sheet,
    rewrites.map((c) => ({ cell: c.cell, value: c.new })),
  );
  let undoable: boolean;
  try {
    undoable = saveUndo(sheet, undo);
  } catch {
    undoable = false;
  }
  appendToLogLocked(
    sheet.getParent(),
    logEntries(
      sheet,
      rewrites.map((c, i) => ({
        initiative: c.initiative,
        role: c.role,
        cell: c.cell,
        old: undo[i].old,
        new: c.new,
        user: c.user,
      })),
    ),
  );
  return undoable;
}
