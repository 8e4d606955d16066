/**
 * The change log: one row per change of a code cell, in a hidden sheet shared by every matrix of the
 * spreadsheet ("RACI change log"), with the matrix named in each row, so the log survives renaming and
 * moving matrices, and one sheet serves all of them. Appends take the document lock, so two people's edits
 * never write over each other's log rows. Best-effort: an edit whose onEdit never ran, or ran while the
 * lock was busy, has no row.
 */
import type { CellValue } from "../core/types";

export const LOG_SHEET_NAME = "RACI change log";
export const LOG_HEADER = ["Time", "User", "Matrix", "Sheet id", "Initiative", "Role", "Cell", "Old", "New"];

export interface LogEntry {
  time: Date;
  user: string;
  matrix: string;
  sheetId: number;
  initiative: string;
  role: string;
  cell: string;
  /** Apps Script gives the previous value for single-cell edits only. */
  old: string;
  new: string;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Appends entries: one write under the document lock, whether one typed cell or a pasted block, so two
 * people's rows never overwrite each other (appendRow outside the lock could land on the row a block write
 * had chosen). Returns false, having written nothing, when the lock is busy: the log is best-effort, as
 * onEdit itself is (Sheets drops trigger events beyond two queued, guides/triggers).
 */
export function appendToLog(spreadsheet: Spreadsheet, entries: LogEntry[]): boolean {
  if (entries.length === 0) return true;
  const rows = entries.map((e) => [
    e.time,
    e.user,
    text(e.matrix),
    e.sheetId,
    text(e.initiative),
    text(e.role),
    e.cell,
    text(e.old),
    text(e.new),
  ]);
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(5000)) return false;
  try {
    const sheet = logSheet(spreadsheet);
    const next = sheet.getLastRow() + 1;
    const maxRows = sheet.getMaxRows();
    // Unlike appendRow, a range write cannot grow the sheet by itself.
    if (next + rows.length - 1 > maxRows) sheet.insertRowsAfter(maxRows, next + rows.length - 1 - maxRows);
    sheet.getRange(next, 1, rows.length, LOG_HEADER.length).setValues(rows);
    return true;
  } finally {
    lock.releaseLock();
  }
}

function logSheet(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  return spreadsheet.getSheetByName(LOG_SHEET_NAME) ?? createLogSheet(spreadsheet);
}

/** The latest entries of one matrix (and one initiative, when given), newest first. */
export function readLog(
  spreadsheet: Spreadsheet,
  sheetId: number,
  initiative?: string,
  limit = 50,
): LogEntry[] {
  const sheet = spreadsheet.getSheetByName(LOG_SHEET_NAME);
  if (!sheet || sheet.getLastRow() < 2) return [];
  const rows = sheet.getRange(2, 1, sheet.getLastRow() - 1, LOG_HEADER.length).getValues() as CellValue[][];
  const entries: LogEntry[] = [];
  for (let i = rows.length - 1; i >= 0 && entries.length < limit; i--) {
    const [time, user, matrix, id, name, role, cell, old, next] = rows[i];
    if (Number(id) !== sheetId || (initiative !== undefined && String(name) !== initiative)) continue;
    entries.push({
      time: time instanceof Date ? time : new Date(String(time)),
      user: String(user ?? ""),
      matrix: String(matrix ?? ""),
      sheetId: Number(id),
      initiative: String(name ?? ""),
      role: String(role ?? ""),
      cell: String(cell ?? ""),
      old: String(old ?? ""),
      new: String(next ?? ""),
    });
  }
  return entries;
}

/** Creates the hidden log sheet; insertSheet activates the new sheet, so the user's sheet is re-activated. */
function createLogSheet(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(LOG_SHEET_NAME);
  sheet.getRange(1, 1, 1, LOG_HEADER.length).setValues([LOG_HEADER]).setFontWeight("bold");
  sheet.setFrozenRows(1);
  sheet.hideSheet();
  active.activate();
  return sheet;
}

/** Log cells hold user text: keep it literal, like every other write of user text. */
function text(value: string): string {
  return value === "" ? "" : `'${value}`;
}
