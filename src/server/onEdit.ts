/**
 * The onEdit simple trigger. For edits that fall on a matrix's code cells, it rewrites codes in canonical
 * form ("ra" → "A/R", "responsible" → "R"), touching only the edited cells, and appends each change to the
 * change log. It runs for user edits only, in AuthMode.LIMITED, within 30 seconds
 * (https://developers.google.com/apps-script/guides/triggers), so it costs a fixed number of calls whatever
 * the sheet's size; and it never throws, since the user's edit has already happened.
 */
import { a1 } from "../core/a1";
import { canonicalReplacement, canonicalText } from "../core/codes";
import { detectMatrix, HEADER_SEARCH_ROWS } from "../core/plan/detect";
import type { CellValue } from "../core/types";
import { appendToLog, type LogEntry } from "../sheets/changeLog";
import { canonicaliseCells } from "./canonical";

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
  // it; whole rows ("1:n") need neither getLastRow nor getLastColumn.
  const top = sheet.getRange(`1:${Math.min(edited.row, HEADER_SEARCH_ROWS)}`).getValues() as CellValue[][];
  const found = detectMatrix(top);
  if (!found || found.roles.length === 0) return;
  const { layout, roles } = found;

  // The part of the edit that falls on code cells.
  const row = Math.max(edited.row, layout.headerRow + 1);
  const endRow = edited.row + edited.numRows - 1;
  const column = Math.max(edited.column, layout.firstRoleColumn);
  const endColumn = Math.min(
    edited.column + edited.numColumns - 1,
    layout.firstRoleColumn + layout.roleCount - 1,
  );
  if (row > endRow || column > endColumn) return;

  // One read gives both the initiative names (for the log) and the edited codes.
  const rows = sheet
    .getRange(row, layout.nameColumn, endRow - row + 1, endColumn - layout.nameColumn + 1)
    .getValues() as CellValue[][];
  const codes = rows.map((cells) => cells.slice(column - layout.nameColumn));
  const single = edited.numRows === 1 && edited.numColumns === 1;
  // e.value is absent for some single-cell edits (a paste, a typed formula): the value just read stands in.
  const typed: CellValue = single && e.value !== undefined ? e.value : (codes[0]?.[0] ?? null);
  if (single) {
    const code = canonicalReplacement(typed);
    // A formula whose result reads like an alias (="ra") stays a formula, as on the paste path.
    if (code && e.range.getFormula() === "") e.range.setValue(code);
  } else {
    canonicaliseCells(sheet, row, column, codes);
  }

  const spreadsheet = e.source;
  const entries: LogEntry[] = [];
  const time = new Date();
  const user = userOf(e);
  const matrix = sheet.getName();
  const sheetId = sheet.getSheetId();
  codes.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const cellColumn = column + c;
      entries.push({
        time,
        user,
        matrix,
        sheetId,
        initiative: String(rows[r][0] ?? ""),
        role: roles[cellColumn - layout.firstRoleColumn],
        cell: a1(row + r, cellColumn),
        old: single ? String(e.oldValue ?? "") : "(not given for pasted blocks)",
        new: canonicalText(single ? typed : value),
      });
    }),
  );
  if (spreadsheet) appendToLog(spreadsheet, entries);
}

/** Apps Script gives the editor's address only where its policies allow (same domain, or the owner). */
function userOf(e: GoogleAppsScript.Events.SheetsOnEdit): string {
  try {
    return e.user ? e.user.getEmail() : "";
  } catch {
    return "";
  }
}
