/**
 * The onEdit simple trigger. For edits that fall on a matrix's code cells, it rewrites codes in canonical
 * form ("ra" → "A/R", "responsible" → "R"), touching only the edited cells, and appends each change to the
 * change log. It runs for user edits only, in AuthMode.LIMITED, within 30 seconds
 * (https://developers.google.com/apps-script/guides/triggers), so it costs a fixed number of calls whatever
 * the sheet's size; and it never throws, since the user's edit has already happened.
 */
import { a1, type A1Range } from "../../core/a1";
import { canonicalReplacement, canonicalText } from "../../core/codes";
import { detectMatrix, HEADER_SEARCH_ROWS, isLabel } from "../../core/plan/detect";
import { rowCheckFormula, statusFormula } from "../../core/plan/formulas";
import { hasEntry } from "../../core/plan/extent";
import {
  CHANGED_SINCE_AGREED,
  CHECK_LABEL,
  checkColumn,
  decidedColumn,
  decisionColumn,
  DECISIONS,
  firstDataRow,
  lastRoleColumn,
  leftColumn,
  PEOPLE_LABEL,
  statusColumn,
  type Layout,
} from "../../core/plan/layout";
import { decorRowValues } from "../../core/plan/plan";
import { ownerColumns } from "../../core/plan/ownerColumns";
import type { CellValue } from "../../core/types";
import { appendToLog, type LogEntry } from "../../sheets/changeLog";
import { writableOrigin, addonMatrix, spareRowsOf, type MatrixOrigin } from "../../sheets/addonMade";
import { loadSettings } from "../../sheets/settingsStore";
import { canonicaliseCells } from "../ops/canonical";
import { refreshInput } from "../ops/refresh";

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

/**
 * Names typed in the people row: one log line per role cell the edit reached, as a people change (the
 * Change column says who holds the role). Nothing is written: a name is the team's text.
 */
function logPeople(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  layout: Layout,
  roles: string[],
  { edited, cells }: { edited: A1Range; cells: CellValue[] },
  log: Log,
): void {
  const column = Math.max(edited.column, layout.firstRoleColumn);
  const endColumn = Math.min(edited.column + edited.numColumns - 1, lastRoleColumn(layout));
  const single = edited.numRows === 1 && edited.numColumns === 1;
  for (let c = column; c <= endColumn; c++) {
    const role = roles[c - layout.firstRoleColumn];
    const held = decisionText(cells[c - layout.nameColumn]);
    log({
      initiative: "",
      role,
      cell: a1(layout.headerRow + 1, c),
      old: single ? String(e.oldValue ?? "") : "(pasted)",
      new: held,
      change: held === "" ? `Nobody is named for ${role}` : `${role} is held by ${held}`,
    });
  }
}

interface EditedRows {
  row: number;
  endRow: number;
  edited: A1Range;
  /** For each row from `row` to `endRow`: whether it is a row of the matrix. */
  inMatrix: boolean[];
  /** Those rows from the name column to the last role. */
  rows: CellValue[][];
}

/**
 * Which edited rows belong to the matrix, by the extent rule of core/plan/extent (initiatives each at most
 * the spare rows plus one below the one before, then the spare rows), from one read of the name column
 * down to the edit: an initiative typed or pasted just below the matrix is one of its rows, a user's table
 * further down is not.
 */
function matrixRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: Layout,
  spare: number,
  { row, endRow, rows }: { row: number; endRow: number; rows: CellValue[][] },
): boolean[] {
  const first = firstDataRow(layout);
  const names =
    row > first
      ? (sheet.getRange(first, layout.nameColumn, row - first, 1).getValues() as CellValue[][])
      : [];
  const above: Layout = { ...layout, areaColumn: null, nameColumn: 1, roleCount: 0 };
  const edited: Layout = { ...layout, areaColumn: null, nameColumn: 1, firstRoleColumn: 2 };
  let last = first - 1;
  names.forEach((name, i) => {
    if (first + i <= last + spare + 1 && hasEntry(name, above)) last = first + i;
  });
  const inMatrix: boolean[] = [];
  for (let r = row; r <= endRow; r++) {
    if (r <= last + spare + 1 && hasEntry(rows[r - row], edited)) last = r;
    inMatrix.push(r <= last + spare);
  }
  return inMatrix;
}

type Log = (entry: Omit<LogEntry, "time" | "user" | "matrix" | "sheetId">) => void;

/** Canonicalises and logs the part of the edit that falls on code cells of the matrix's rows. */
function editCodes(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  layout: Layout,
  roles: string[],
  { row, edited, inMatrix, rows }: EditedRows,
  log: Log,
): void {
  const sheet = e.range.getSheet();
  const column = Math.max(edited.column, layout.firstRoleColumn);
  const endColumn = Math.min(
    edited.column + edited.numColumns - 1,
    layout.firstRoleColumn + layout.roleCount - 1,
  );
  if (column > endColumn || !inMatrix.some(Boolean)) return;
  const codes = rows.map((cells, r) =>
    inMatrix[r] ? cells.slice(column - layout.nameColumn, endColumn - layout.nameColumn + 1) : [],
  );
  const single = edited.numRows === 1 && edited.numColumns === 1;
  // e.value is absent for some single-cell edits (a paste, a typed formula): the value just read stands in.
  const typed: CellValue = single && e.value !== undefined ? e.value : (codes[0]?.[0] ?? null);
  if (single) {
    const code = canonicalReplacement(typed);
    // A formula whose result reads like an alias (="ra") stays a formula, as on the paste path.
    if (code && e.range.getFormula() === "") e.range.setValue(code);
  } else {
    const width = endColumn - column + 1;
    canonicaliseCells(
      sheet,
      row,
      column,
      codes.map((cells) => (cells.length ? cells : new Array<CellValue>(width).fill(null))),
    );
  }
  codes.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const cellColumn = column + c;
      log({
        initiative: String(rows[r][0] ?? ""),
        role: roles[cellColumn - layout.firstRoleColumn],
        cell: a1(row + r, cellColumn),
        old: single ? String(e.oldValue ?? "") : "(not given for pasted blocks)",
        new: canonicalText(single ? typed : value),
      });
    }),
  );
}

const decisionText = (value: CellValue): string =>
  value === null || value === undefined ? "" : String(value).trim();
const isAgreed = (value: CellValue): boolean =>
  decisionText(value).toLowerCase() === DECISIONS[1].toLowerCase();

/**
 * The agreement of each edited row: a Decision set by hand gets today's date in Decided on; an Agreed row
 * whose codes changed becomes "Changed since agreed", dated. One write for all of it (none when neither
 * happened), and each change in the log.
 */
function trackDecisions(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: Layout,
  { row, edited, inMatrix, rows }: EditedRows,
  time: Date,
  log: Log,
): void {
  const lastEdited = edited.column + edited.numColumns - 1;
  const touches = (from: number, to: number) => edited.column <= to && lastEdited >= from;
  const decision = decisionColumn(layout);
  const codesEdited = touches(layout.firstRoleColumn, lastRoleColumn(layout));
  // Typed or pasted Decision cells are dated, unless the edit also wrote Decided on (a date given by hand).
  const decisionSet = touches(decision, decision) && !touches(decision + 1, decision + 1);
  const single = edited.numRows === 1 && edited.numColumns === 1;
  // A single code cell set to what it held already (or its alias) is no change to the agreement.
  const unchanged = single && canonicalText(e.oldValue ?? "") === canonicalText(e.value ?? "");
  const at = (r: number, column: number): CellValue => rows[r][column - layout.nameColumn] ?? null;
  const updates: { r: number; decision: CellValue }[] = [];
  rows.forEach((_, r) => {
    if (!inMatrix[r]) return;
    const current = at(r, decision);
    if (decisionSet) {
      updates.push({ r, decision: current });
      log({
        initiative: String(at(r, layout.nameColumn) ?? ""),
        role: "Decision",
        cell: a1(row + r, decision),
        old: single ? String(e.oldValue ?? "") : "(pasted)",
        new: decisionText(current),
      });
    } else if (codesEdited && !unchanged && isAgreed(current)) {
      updates.push({ r, decision: CHANGED_SINCE_AGREED });
      log({
        initiative: String(at(r, layout.nameColumn) ?? ""),
        role: "Decision",
        cell: a1(row + r, decision),
        old: decisionText(current),
        new: CHANGED_SINCE_AGREED,
      });
    }
  });
  if (updates.length === 0) return;
  const first = updates[0].r;
  const last = updates[updates.length - 1].r;
  // A Decision someone set stays as typed (a formula too): only its date is written. Rows between that
  // were not updated keep what was read.
  const from = decisionSet ? decision + 1 : decision;
  const block = rows
    .slice(first, last + 1)
    .map((cells) => cells.slice(from - layout.nameColumn, decision + 2 - layout.nameColumn));
  // A Decision cleared clears its date too: nothing was decided.
  const dated = (decision: CellValue) => (decisionText(decision) === "" ? "" : time);
  for (const update of updates)
    block[update.r - first] = decisionSet ? [dated(update.decision)] : [update.decision, time];
  sheet.getRange(row + first, from, block.length, block[0].length).setValues(block);
}

/**
 * Status cells are the add-on's formulas: one overwritten by a collaborator ("Done, agreed") is written
 * back at once, in one call, and the overwrite is logged.
 */
function restoreStatus(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  layout: Layout,
  roles: string[],
  { row, endRow, edited, inMatrix }: EditedRows,
  log: Log,
): void {
  const hit = (column: number) => column >= edited.column && column <= edited.column + edited.numColumns - 1;
  const computed = [
    { column: statusColumn(layout), label: "Status", formula: statusFormula },
    ...(layout.check === true
      ? [{ column: checkColumn(layout), label: CHECK_LABEL, formula: rowCheckFormula }]
      : []),
  ].filter(({ column }) => hit(column));
  const first = inMatrix.indexOf(true);
  if (computed.length === 0 || first < 0) return;
  const last = inMatrix.lastIndexOf(true);
  const sheet = e.range.getSheet();
  const settings = loadSettings(sheet, roles);
  const owners = ownerColumns(roles, settings, layout);
  const single = edited.numRows === 1 && edited.numColumns === 1;
  for (const { column, label, formula } of computed) {
    const formulas = inMatrix
      .slice(first, last + 1)
      .map((_, i) => [formula(layout, row + first + i, owners, settings)]);
    sheet.getRange(row + first, column, formulas.length, 1).setFormulas(formulas);
    for (let r = row + first; r <= row + last && r <= endRow; r++) {
      log({
        initiative: "",
        role: label,
        cell: a1(r, column),
        old: single ? String(e.value ?? "") : "(pasted)",
        new: `(${label} formula restored)`,
      });
    }
  }
}

/**
 * The people row's "Held by" label is how the row is found: typed over, it is written back at once (one
 * write, only when it happens), so the names under the header are never read as an initiative's codes.
 */
function restorePeopleLabel(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  layout: Layout,
  edited: A1Range,
  log: Log,
): boolean {
  const single = edited.numRows === 1 && edited.numColumns === 1;
  if (layout.people === true || !single) return false;
  if (edited.row !== layout.headerRow + 1 || edited.column !== layout.nameColumn) return false;
  if (!isLabel(e.oldValue ?? "", PEOPLE_LABEL)) return false;
  e.range.setValue(PEOPLE_LABEL);
  log({
    initiative: "",
    role: "People",
    cell: a1(edited.row, edited.column),
    old: String(e.value ?? ""),
    new: "(people row label restored)",
  });
  return true;
}

/** Summary and legend cells overwritten by a collaborator are written back, and the overwrite logged. */
function restoreSummary(sheet: GoogleAppsScript.Spreadsheet.Sheet, edited: A1Range, log: Log): void {
  let read;
  try {
    read = addonMatrix(sheet, sheet.getName());
  } catch {
    return;
  }
  const left = leftColumn(read.layout);
  const input = { ...refreshInput(read), style: "full" as const };
  for (const { row, values } of decorRowValues(input)) {
    if (row < edited.row || row > edited.row + edited.numRows - 1) continue;
    const from = Math.max(edited.column, left);
    const to = Math.min(edited.column + edited.numColumns - 1, left + values.length - 1);
    if (from > to) continue;
    sheet.getRange(row, from, 1, to - from + 1).setValues([values.slice(from - left, to - left + 1)]);
    log({
      initiative: "",
      role: "Summary",
      cell: a1(row, from),
      old: "(overwritten)",
      new: "(summary restored)",
    });
  }
}

/** Apps Script gives the editor's address only where its policies allow (same domain, or the owner). */
function userOf(e: GoogleAppsScript.Events.SheetsOnEdit): string {
  try {
    return e.user ? e.user.getEmail() : "";
  } catch {
    return "";
  }
}
