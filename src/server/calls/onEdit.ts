/**
 * The onEdit simple trigger. For edits that fall on a matrix, it rewrites codes in canonical form ("ra" →
 * "A/R"), keeps the agreement honest, puts back the add-on's formulas someone typed over, and logs each
 * change. It runs for user edits only, in AuthMode.LIMITED, within 30 seconds
 * (https://developers.google.com/apps-script/guides/triggers), for every collaborator's every edit, so it
 * costs a fixed, small number of calls whatever the sheet's size (15 for a code picked from the dropdown, 18 for
 * a typed alias, which reads the matrix's kind from its settings: tests/addon/calls.test.ts);
 * and it never throws, since the user's edit has already happened. This file reads the edit, asks each
 * handler in src/server/onEdit/ what to write and log, and writes it all through the one write path.
 */
import type { A1Range } from "../../core/a1";
import { detectMatrix, HEADER_SEARCH_ROWS, isLabel } from "../../core/plan/detect";
import {
  firstDataRow,
  PEOPLE_LABEL,
  peopleRow,
  rightColumn,
  SPARE_ROWS,
  type Layout,
} from "../../core/plan/layout";
import { signersForEmail } from "../../core/signoff/signer";
import type { CellValue, MatrixSettings } from "../../core/types";
import { matrixMark, type MatrixMark } from "../../sheets/addonMade";
import { takeDocumentLock } from "../../sheets/lock";
import { loadSettings } from "../../sheets/settingsStore";
import { dayIn } from "../../sheets/today";
import { writeCells } from "../../sheets/write";
import type { Edit, Planned } from "../onEdit/edit";
import { editCodes } from "../onEdit/editCodes";
import { logPeople } from "../onEdit/logPeople";
import { matrixRows } from "../onEdit/matrixRows";
import { restorePeopleLabel } from "../onEdit/restorePeopleLabel";
import { restoreStatus } from "../onEdit/restoreStatus";
import { restoreSummary } from "../onEdit/restoreSummary";
import { trackDecisions, type AgreementContext } from "../onEdit/trackDecisions";

/** How long onEdit waits for the lock before writing without logging (the log is best-effort). */
const LOCK_WAIT_MS = 5_000;

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
  const edited = editedRange(e);
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
  const mark = matrixMark(sheet);
  if (mark === null) return;
  const typed =
    edited.numRows === 1 && edited.numColumns === 1 && (e.value !== undefined || e.oldValue !== undefined);
  let settings: MatrixSettings | undefined;
  const roles = found.roles;
  const edit: Edit = {
    e,
    sheet,
    edited,
    typed,
    settings: () => (settings ??= loadSettings(sheet, roles)),
    kind: () => mark.kind(),
  };
  const planned = plan(edit, found.layout, found.roles, top, mark);
  if (planned.writes.length === 0 && planned.lines.length === 0) return;
  // The lock is left to the end of the script, a moment later ("The lock is automatically released when the
  // script terminates", Lock reference): the last call is the flush that commits everything written under it,
  // so nothing is pending when it goes (sheets/lock.ts says why that matters). One call fewer per edit.
  const lock = lockForTheLog();
  writeCells(sheet, planned.writes, {
    user: userOf(e),
    log: lock !== null,
    spreadsheet: e.source,
    quickLog: true,
    ...(edited.numRows === 1 && edited.numColumns === 1
      ? { edited: { row: edited.row, column: edited.column, range: e.range } }
      : {}),
    // A typed value is not a formula (the event gives no value for a typed formula).
    knownFormula: (row, column) =>
      typed && e.value !== undefined && row === edited.row && column === edited.column ? "" : undefined,
    lines: planned.lines,
  });
  if (lock !== null) SpreadsheetApp.flush();
}

/** The document lock for the log, or null when it is busy or LockService fails: the cells are written anyway. */
function lockForTheLog(): GoogleAppsScript.Lock.Lock | null {
  try {
    return takeDocumentLock(LOCK_WAIT_MS);
  } catch (error) {
    console.error(
      `The change log was not written: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

/** What each handler plans for the edit, in the order they apply. */
function plan(edit: Edit, found: Layout, roles: string[], top: CellValue[][], mark: MatrixMark): Planned {
  const { sheet, edited } = edit;
  let layout = found;
  const all: Planned[] = [];
  if (edited.row < layout.headerRow) all.push(restoreSummary(sheet, edited));
  const label = restorePeopleLabel(edit, layout);
  if (label.writes.length > 0) layout = { ...layout, people: true };
  all.push(label);

  const from = Math.max(edited.row, layout.headerRow + 1);
  const endRow = edited.row + edited.numRows - 1;
  if (from <= endRow) {
    // One read of the edited rows, from the names to the matrix's right edge: codes, Status, the agreement
    // columns and the hidden check, so what was typed over a formula is known.
    const width = rightColumn(layout) - layout.nameColumn + 1;
    let rows = sheet.getSheetValues(from, layout.nameColumn, endRow - from + 1, width) as CellValue[][];
    let row = from;
    // The people row is no initiative: names typed there are logged as they are, never read as codes or
    // dated. (An edit that starts on the header did not read it with the header: its label says so here.)
    if (from === layout.headerRow + 1 && (layout.people === true || isLabel(rows[0][0], PEOPLE_LABEL))) {
      layout = { ...layout, people: true };
      all.push(logPeople(edit, layout, roles, rows[0]));
      rows = rows.slice(1);
      row = firstDataRow(layout);
    }
    if (row <= endRow) {
      const span = { row, endRow, rows };
      const inMatrix = inMatrixRows(sheet, layout, top, span, mark);
      const rowsOfEdit = { ...span, inMatrix };
      all.push(editCodes(edit, layout, roles, rowsOfEdit));
      all.push(restoreStatus(edit, layout, roles, rowsOfEdit));
      if (layout.agreement === true)
        all.push(trackDecisions(edit, layout, rowsOfEdit, agreementContext(edit, layout, roles, top)));
    }
  }
  return { writes: all.flatMap((p) => p.writes), lines: all.flatMap((p) => p.lines) };
}

/**
 * Who an edit's Agreed is from: the roles the people row says the editor holds (its names are among the rows
 * read to find the header), else the address Sheets gave, else nobody named (core/signoff/signer.ts).
 */
function agreementContext(edit: Edit, layout: Layout, roles: string[], top: CellValue[][]): AgreementContext {
  const people = peopleRow(layout);
  const names = people === null ? undefined : top[people - 1];
  const holders = roles.map((role, i) => ({
    role,
    heldBy: names === undefined ? "" : String(names[layout.firstRoleColumn - 1 + i] ?? "").trim(),
  }));
  return {
    time: new Date(),
    signers: () => signersForEmail(userOf(edit.e), holders),
    today: () => dayIn(edit.e.source ?? edit.sheet.getParent()),
  };
}

/**
 * Which edited rows are the matrix's, from the Initiative column above them: in the rows already read when
 * the edit is near the top, else one read. The mark's kind (an adopted table has no spare rows) is read only
 * when it changes the answer, which it does only past the last initiative.
 */
function inMatrixRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: Layout,
  top: CellValue[][],
  span: { row: number; endRow: number; rows: CellValue[][] },
  mark: MatrixMark,
): boolean[] {
  const first = firstDataRow(layout);
  const count = span.row - first;
  const names: CellValue[] =
    count <= 0
      ? []
      : span.row - 1 <= top.length
        ? top.slice(first - 1, span.row - 1).map((cells) => cells[layout.nameColumn - 1] ?? null)
        : (sheet.getSheetValues(first, layout.nameColumn, count, 1) as CellValue[][]).map(
            (cells) => cells[0],
          );
  const generated = matrixRows(layout, SPARE_ROWS, names, span);
  const adopted = matrixRows(layout, 0, names, span);
  if (generated.every((inside, i) => inside === adopted[i])) return generated;
  return mark.origin() === "adopted" ? adopted : generated;
}

/**
 * The edited rectangle. The event's range carries it as plain numbers (logged events show
 * `"range":{"columnStart":1,"rowStart":1,"rowEnd":1,"columnEnd":1}`): no call. Read from the range when
 * absent; its own numbers, since A1 notation of a whole row ("3:3") has no column count.
 */
function editedRange(e: GoogleAppsScript.Events.SheetsOnEdit): A1Range {
  const range = e.range as GoogleAppsScript.Spreadsheet.Range & Partial<Record<EdgeName, number>>;
  const { rowStart, rowEnd, columnStart, columnEnd } = range;
  if (rowStart !== undefined && rowEnd !== undefined && columnStart !== undefined && columnEnd !== undefined)
    return {
      row: rowStart,
      column: columnStart,
      numRows: rowEnd - rowStart + 1,
      numColumns: columnEnd - columnStart + 1,
    };
  return {
    row: range.getRow(),
    column: range.getColumn(),
    numRows: range.getNumRows(),
    numColumns: range.getNumColumns(),
  };
}

type EdgeName = "rowStart" | "rowEnd" | "columnStart" | "columnEnd";

/**
 * Apps Script gives the editor's address only where its policies allow (same domain, or the owner). The
 * event's user carries it as a plain property too (`"user":{"nickname":…,"email":…}`): no call.
 */
function userOf(e: GoogleAppsScript.Events.SheetsOnEdit): string {
  try {
    if (!e.user) return "";
    const email = (e.user as GoogleAppsScript.Base.User & { email?: unknown }).email;
    return typeof email === "string" ? email : e.user.getEmail();
  } catch {
    return "";
  }
}
