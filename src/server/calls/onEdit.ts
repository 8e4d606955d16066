/**
 * The onEdit simple trigger. For edits that fall on a matrix's code cells, it rewrites codes in canonical
 * form ("ra" → "A/R", "responsible" → "R"), touching only the edited cells, and appends each change to the
 * change log. It runs for user edits only, in AuthMode.LIMITED, within 30 seconds
 * (https://developers.google.com/apps-script/guides/triggers), so it costs a fixed number of calls whatever
 * the sheet's size; and it never throws, since the user's edit has already happened. This file reads the
 * edit and hands each part of it to its handler in src/server/onEdit/.
 */
import { detectMatrix, HEADER_SEARCH_ROWS, isLabel } from "../../core/plan/detect";
import {
  decidedColumn,
  firstDataRow,
  lastRoleColumn,
  PEOPLE_LABEL,
  type Layout,
} from "../../core/plan/layout";
import type { CellValue } from "../../core/types";
import { appendToLog, type LogEntry } from "../../sheets/changeLog";
import { writableOrigin, spareRowsOf, type MatrixOrigin } from "../../sheets/addonMade";
import type { EditedRows, Log } from "../onEdit/edit";
import { editCodes } from "../onEdit/editCodes";
import { logPeople } from "../onEdit/logPeople";
import { matrixRows } from "../onEdit/matrixRows";
import { restorePeopleLabel } from "../onEdit/restorePeopleLabel";
import { restoreStatus } from "../onEdit/restoreStatus";
import { restoreSummary } from "../onEdit/restoreSummary";
import { trackDecisions } from "../onEdit/trackDecisions";

export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    // Editor add-ons may get onEdit in AuthMode.NONE, where no spreadsheet call is allowed
    // (https://developers.google.com/apps-script/guides/triggers): nothing to do then.
    if (e && e.authMode === ScriptApp.AuthMode.NONE) return;
    if (e && e.range) handleEdit(e);
  } catch (error) {
    console.error("onEdit: " + (error instanceof Error ? error.message : String(error)));
  }
}

function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  // The range's own numbers: A1 notation of a whole row or column ("3:3", "C:C") has no row or column count.
  const edited = {
    row: e.range.getRow(),
    column: e.range.getColumn(),
    numRows: e.range.getNumRows(),
    numColumns: e.range.getNumColumns(),
  };
  const sheet = e.range.getSheet();
  // Code cells lie below the header, so the rows down to the edit (at most the header search depth) hold
  // it; whole rows ("1:n") need neither getLastRow nor getLastColumn. An edit above the header (the
  // summary) needs the rows down to the header.
  const readTop = (rows: number) => sheet.getRange(`1:${rows}`).getValues() as CellValue[][];
  let top = readTop(Math.min(edited.row, HEADER_SEARCH_ROWS));
  let found = detectMatrix(top);
  if (!found && edited.row < HEADER_SEARCH_ROWS) {
    top = readTop(Math.min(HEADER_SEARCH_ROWS, sheet.getMaxRows()));
    found = detectMatrix(top);
  }
  if (!found || found.roles.length === 0) return;
  // A table that only looks like a matrix is its people's: never rewritten, never logged.
  const origin = writableOrigin(sheet);
  if (origin === null) return;
  const { roles } = found;
  let layout = found.layout;
  const entries: LogEntry[] = [];
  const time = new Date();
  const user = userOf(e);
  const matrix = sheet.getName();
  const sheetId = sheet.getSheetId();
  const log = (entry: Omit<LogEntry, "time" | "user" | "matrix" | "sheetId">) =>
    entries.push({ time, user, matrix, sheetId, ...entry });

  if (edited.row < layout.headerRow) restoreSummary(sheet, edited, log);
  if (restorePeopleLabel(e, layout, edited, log)) layout = { ...layout, people: true };

  const from = Math.max(edited.row, layout.headerRow + 1);
  const endRow = edited.row + edited.numRows - 1;
  if (from <= endRow) {
    // With the agreement columns, the same read reaches Decision and Decided on: no extra call per edit.
    const right = layout.agreement === true ? decidedColumn(layout) : lastRoleColumn(layout);
    let rows = sheet
      .getRange(from, layout.nameColumn, endRow - from + 1, right - layout.nameColumn + 1)
      .getValues() as CellValue[][];
    let row = from;
    // The people row is no initiative: names typed there are logged as they are, never read as codes or
    // dated. (An edit that starts on the header did not read it with the header: its label says so here.)
    if (from === layout.headerRow + 1 && (layout.people === true || isLabel(rows[0][0], PEOPLE_LABEL))) {
      layout = { ...layout, people: true };
      logPeople(e, layout, roles, { edited, cells: rows[0] }, log);
      rows = rows.slice(1);
      row = firstDataRow(layout);
    }
    if (row <= endRow) trackRows(e, sheet, layout, roles, origin, { row, endRow, edited, rows }, time, log);
  }
  if (e.source) appendToLog(e.source, entries);
}

/** Canonical codes, Status written back and the agreement kept honest, on the edited rows below the header. */
function trackRows(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: Layout,
  roles: string[],
  origin: MatrixOrigin,
  { row, endRow, edited, rows }: Omit<EditedRows, "inMatrix">,
  time: Date,
  log: Log,
): void {
  const inMatrix = matrixRows(sheet, layout, spareRowsOf(origin), { row, endRow, rows });
  editCodes(e, layout, roles, { row, endRow, edited, inMatrix, rows }, log);
  restoreStatus(e, layout, roles, { row, endRow, edited, inMatrix, rows }, log);
  if (layout.agreement === true)
    trackDecisions(e, sheet, layout, { row, endRow, edited, inMatrix, rows }, time, log);
}

/** Apps Script gives the editor's address only where its policies allow (same domain, or the owner). */
function userOf(e: GoogleAppsScript.Events.SheetsOnEdit): string {
  try {
    return e.user ? e.user.getEmail() : "";
  } catch {
    return "";
  }
}
