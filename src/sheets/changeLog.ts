/**
 * The change log: one row per change of a code cell, in a hidden sheet shared by every matrix of the
 * spreadsheet ("RACI change log"), with the matrix named in each row, so the log survives renaming and
 * moving matrices, and one sheet serves all of them. Appends are made under the document lock, so two people's
 * edits never write over each other's log rows. Best-effort: an edit whose onEdit never ran, or ran while the
 * lock was busy, has no row, and a log that cannot be written never undoes the change it records
 * (sheets/write.ts).
 */
import { LOG_SHEET_NAME } from "../core/keys";
import type { CellValue } from "../core/types";

export const LOG_HEADER = [
  "Time",
  "User",
  "Matrix",
  "Sheet id",
  "Initiative",
  "Role",
  "Cell",
  "Old",
  "New",
  "Change",
];
/**
 * The log keeps the newest rows up to this many: older ones are trimmed as each block of rows arrives (a
 * change from the sidebar, a fix, a paste), so typed edits alone may run past it until the next one.
 */
export const LOG_CAP = 20_000;
/** History reads only this many of the newest rows, so a long log costs no more than a short one. */
export const LOG_READ_ROWS = 2_000;

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
  /**
   * A change made from the sidebar, in words ("Role "CFO" was renamed "Finance""); empty for a typed code.
   * One without an initiative concerns the whole matrix and shows in every initiative's history.
   */
  change?: string;
}

/** A line about a change, before the time, user and matrix every line of one change shares. */
export type LogLine = Omit<LogEntry, "time" | "user" | "matrix" | "sheetId">;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Appends entries, for a caller that holds the document lock (sheets/lock.ts), so two people's rows never
 * overwrite each other: in one block write below the last row, trimming the oldest rows beyond the cap. onEdit,
 * which every edit pays for, appends its one or two entries (a typed code, and the Decision it reopened) with
 * `quick`: appendRow, with no look at where the log ends, and the next block trims.
 */
export function appendToLog(spreadsheet: Spreadsheet, entries: LogEntry[], quick = false): void {
  if (entries.length === 0) return;
  const sheet = logSheet(spreadsheet);
  const rows = logRows(entries);
  if (quick && rows.length <= APPENDED_ONE_BY_ONE) rows.forEach((row) => sheet.appendRow(row));
  else writeRows(sheet, rows);
}

/** Up to this many entries onEdit appends row by row (one call each) rather than as a block (four calls). */
const APPENDED_ONE_BY_ONE = 2;

function logRows(entries: LogEntry[]): unknown[][] {
  return entries.map((e) => [
    e.time,
    e.user,
    text(e.matrix),
    e.sheetId,
    text(e.initiative),
    text(e.role),
    e.cell,
    text(e.old),
    text(e.new),
    text(e.change ?? ""),
  ]);
}

/** A block below the last row; the oldest rows beyond the cap are trimmed here, as blocks arrive. */
function writeRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: unknown[][]): void {
  const next = sheet.getLastRow() + 1;
  const maxRows = sheet.getMaxRows();
  // Unlike appendRow, a range write cannot grow the sheet by itself.
  if (next + rows.length - 1 > maxRows) sheet.insertRowsAfter(maxRows, next + rows.length - 1 - maxRows);
  sheet.getRange(next, 1, rows.length, LOG_HEADER.length).setValues(rows);
  trim(sheet, next + rows.length - 1);
}

/** Deletes the oldest rows beyond LOG_CAP (row 1 is the header); one call, and only when over. */
function trim(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRow: number): void {
  const excess = lastRow - 1 - LOG_CAP;
  if (excess > 0) sheet.deleteRows(2, excess);
}

function logSheet(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  return spreadsheet.getSheetByName(LOG_SHEET_NAME) ?? createLogSheet(spreadsheet);
}

/**
 * The latest entries of one matrix (and one initiative, when given), newest first, from the newest
 * LOG_READ_ROWS rows. A row someone edited by hand into something unreadable is skipped.
 */
export function readLog(
  spreadsheet: Spreadsheet,
  sheetId: number,
  initiative?: string,
  limit = 50,
): LogEntry[] {
  const sheet = spreadsheet.getSheetByName(LOG_SHEET_NAME);
  const last = sheet ? sheet.getLastRow() : 0;
  if (!sheet || last < 2) return [];
  const first = Math.max(2, last - LOG_READ_ROWS + 1);
  const rows = sheet.getRange(first, 1, last - first + 1, LOG_HEADER.length).getValues() as CellValue[][];
  const entries: LogEntry[] = [];
  for (let i = rows.length - 1; i >= 0 && entries.length < limit; i--) {
    const [time, user, matrix, id, name, role, cell, old, next, change] = rows[i];
    const wholeMatrix = String(name ?? "") === "" && String(change ?? "") !== "";
    if (Number(id) !== sheetId) continue;
    if (initiative !== undefined && String(name) !== initiative && !wholeMatrix) continue;
    const when = time instanceof Date ? time : new Date(String(time));
    if (Number.isNaN(when.getTime())) continue; // edited by hand: not a time any more
    entries.push({
      time: when,
      user: String(user ?? ""),
      matrix: String(matrix ?? ""),
      sheetId: Number(id),
      initiative: String(name ?? ""),
      role: String(role ?? ""),
      cell: String(cell ?? ""),
      old: String(old ?? ""),
      new: String(next ?? ""),
      change: String(change ?? ""),
    });
  }
  return entries;
}

/** Creates the hidden log sheet; insertSheet activates the new sheet, so the user's sheet is re-activated. */
function createLogSheet(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(LOG_SHEET_NAME);
  try {
    sheet.getRange(1, 1, 1, LOG_HEADER.length).setValues([LOG_HEADER]).setFontWeight("bold");
    sheet.setFrozenRows(1);
    sheet.hideSheet();
  } catch (error) {
    // No half-made log sheet left behind: the next change creates it whole.
    spreadsheet.deleteSheet(sheet);
    throw error;
  } finally {
    active.activate();
  }
  return sheet;
}

/** Log cells hold user text: keep it literal, like every other write of user text. */
function text(value: string): string {
  return value === "" ? "" : `'${value}`;
}
