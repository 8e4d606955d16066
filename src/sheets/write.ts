/**
 * The add-on's one way of writing cells on someone's behalf: fixes, Undo, the shorthand conversion, refresh's
 * rewrite of shorthand, onEdit's canonical codes, Decision tracking and restored formulas, people's names.
 * One policy for all of them:
 *
 * - only the cells that change are written, grouped into RangeLists (core/write/cells.ts): never a block read
 *   and written back, so a cell between them, or one a colleague changes meanwhile, is never touched;
 * - a cell holding a formula is skipped and reported, unless the write puts the add-on's own formula back;
 * - each change is logged, and kept for Undo when the caller asks;
 * - the cells written are the change: the log and the Undo record are best-effort, and a failure of either is
 *   reported in the result, never thrown over a write that is done.
 *
 * The caller holds the document lock (sheets/lock.ts), whose release commits the writes.
 */
import { a1 } from "../core/a1";
import { lastRoleColumn, type Layout } from "../core/plan/layout";
import type { CellValue, MatrixKind } from "../core/types";
import { recordOf, type UndoRecord } from "../core/undo";
import { agreementWrites, codeChanged } from "../core/write/agreement";
import {
  boundingBox,
  contentText,
  type CellContent,
  groupWrites,
  outsideFormulas,
  type CellWrite,
  type WriteGroup,
} from "../core/write/cells";
import { appendToLog, type LogEntry, type LogLine } from "./changeLog";
import type { MatrixOnSheet } from "./read";
import { dayIn } from "./today";
import { saveUndo, type UndoSave } from "./undoStore";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface WriteOptions {
  /** Who the change log names: a person's address, or the add-on and what it did ("… (convert shorthand)"). */
  user: string;
  /** The spreadsheet, when the caller has it at hand (an edit event's source): the log needs no lookup. */
  spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /**
   * The matrix whose code cells are written, and what its cells hold (as read): an Agreed row whose codes now
   * mean something else is reopened in the same batch (core/write/agreement.ts).
   */
  codesOf?: { layout: Layout; kind: MatrixKind; valueAt: (row: number, column: number) => CellValue };
  /** False when the caller could not take the document lock: the cells are written, the log is not. */
  log: boolean;
  /** The formula of a cell when the caller knows it (a typed cell holds none); the others are read in one call. */
  knownFormula?: (row: number, column: number) => string | undefined;
  /** The one cell an onEdit was about: a write to exactly that cell goes through its range, with no lookup. */
  edited?: { row: number; column: number; range: Range };
  /** onEdit: one or two log lines are appended with the fewest calls, the trimming left to the next block. */
  quickLog?: boolean;
  /** Lines about the change that are not writes (what a person typed), logged first, in the same append. */
  lines?: readonly LogLine[];
  /** The Undo record of what was written, when the change can be undone (a fix, a conversion). */
  undo?: (written: readonly CellWrite[]) => UndoRecord;
}

export interface WriteResult {
  /** The writes asked for that were made. */
  written: CellWrite[];
  /** The Decision and Decided on writes of the Agreed rows they reopened. */
  reopened: CellWrite[];
  /** Cells holding a formula, left as they are. */
  skipped: CellWrite[];
  /** False when the log could not be written (or was not to be). */
  logged: boolean;
  /** Whether Undo has the change, and why not; null when the change was not to be kept. */
  undo: UndoSave | null;
}

export function writeCells(sheet: Sheet, writes: readonly CellWrite[], options: WriteOptions): WriteResult {
  const today = () => dayIn(options.spreadsheet ?? sheet.getParent());
  const reopen = (codes: readonly CellWrite[]): CellWrite[] =>
    options.codesOf ? reopened(options.codesOf, codes, today) : [];
  // The Decision cells that may be reopened have their formulas read with the others: one read in all.
  const formulaAt = formulasOf(sheet, [...writes, ...reopen(writes)], options.knownFormula);
  const codes = outsideFormulas(writes, formulaAt);
  const decisions = outsideFormulas(reopen(codes.writes), formulaAt);
  const all = [...codes.writes, ...decisions.writes];
  const skipped = [...codes.skipped, ...decisions.skipped];
  applyAll(sheet, all, options);
  const lines = [...(options.lines ?? []), ...all.filter(logs).map(lineOf)];
  const logged = options.log && lines.length > 0 ? logLines(sheet, lines, options) : false;
  const undo = options.undo && codes.writes.length > 0 ? saveUndo(sheet, options.undo(codes.writes)) : null;
  return { written: codes.writes, reopened: decisions.writes, skipped, logged, undo };
}

/**
 * Writes to the code cells of a matrix read whole (a fix, a conversion, Undo): reopening the Agreed rows they
 * change, logged, and kept for the person's Undo when `undoable`.
 */
export function writeCodes(
  read: MatrixOnSheet,
  writes: readonly CellWrite[],
  options: Pick<WriteOptions, "user" | "knownFormula"> & { undoable: boolean },
): WriteResult {
  const { sheet, layout, values, matrix } = read;
  return writeCells(sheet, writes, {
    ...options,
    log: true,
    codesOf: {
      layout,
      kind: matrix.settings.kind,
      valueAt: (row, column) => values[row - 1]?.[column - 1] ?? null,
    },
    ...(options.undoable ? { undo: (written) => recordOf(matrix, written, Date.now()) } : {}),
  });
}

/** A cell of a matrix read whole, exactly as it reads: a write's `old`, for the log and for Undo to put back. */
export function oldText({ values }: MatrixOnSheet, row: number, column: number): string {
  const value = values[row - 1]?.[column - 1];
  return value === null || value === undefined ? "" : String(value);
}

/** What a FixResult says of Undo: whether it has the change, and in words why not. */
export function undoFields(result: WriteResult): { undoable: boolean; notUndoableBecause?: string } {
  const undo = result.undo;
  if (undo === null || undo.kept) return { undoable: undo !== null };
  return { undoable: false, notUndoableBecause: undo.reason };
}

/**
 * The groups in turn; when a call fails after others were made (a service failure is usually transient), the
 * cells already written are put back as they were before the error is passed on, so the sheet is left
 * unchanged rather than half-fixed. The cells of the call that failed are left alone: it wrote nothing, and a
 * colleague may have typed there since they were read.
 */
function applyAll(sheet: Sheet, writes: readonly CellWrite[], options: WriteOptions): void {
  const done = new Set<string>();
  try {
    for (const group of datesLast(groupWrites(writes))) {
      applyGroup(sheet, group, options.edited);
      for (const cell of cellsOf(group)) done.add(cell);
    }
  } catch (error) {
    const back = writes
      .filter((w) => done.has(a1(w.row, w.column)))
      .map((w): CellWrite => ({ ...w, content: restoring(w, options.codesOf), old: contentText(w.content) }));
    for (const group of groupWrites(back)) applyGroup(sheet, group, undefined);
    throw error;
  }
}

/**
 * A date sets its cell's number format, which putting the old value back does not undo: dates go last, so
 * that a failure before them leaves no format behind.
 */
function datesLast(groups: readonly WriteGroup[]): WriteGroup[] {
  const hasDate = (g: WriteGroup) =>
    g.kind === "value"
      ? g.value instanceof Date
      : g.kind === "row" && g.values.some((v) => v instanceof Date);
  return [...groups.filter((g) => !hasDate(g)), ...groups.filter(hasDate)];
}

/** What a cell held before a write, to put back: a date as a date, a number or a checkbox as Sheets reads it. */
function restoring(write: CellWrite, codesOf: WriteOptions["codesOf"]): CellContent {
  const held = codesOf?.valueAt(write.row, write.column);
  if (held instanceof Date) return { date: held };
  if (typeof held === "number" || typeof held === "boolean") return { text: write.old };
  return { text: write.old, literal: true };
}

/** The A1 names of the cells one group writes. */
function cellsOf(group: WriteGroup): string[] {
  if (group.kind === "value") return group.cells;
  const length = group.kind === "row" ? group.values.length : group.formulas.length;
  return Array.from({ length }, (_, i) =>
    group.kind === "row" ? a1(group.row, group.column + i) : a1(group.row + i, group.column),
  );
}

/** One batched call (two with the lookup of its range); the edited cell's own range needs no lookup. */
function applyGroup(sheet: Sheet, group: WriteGroup, edited: WriteOptions["edited"]): void {
  if (group.kind === "formulas") {
    const formulas = group.formulas.map((formula) => [formula]);
    sheet.getRange(group.row, group.column, formulas.length, 1).setFormulas(formulas);
  } else if (group.kind === "row") {
    sheet.getRange(group.row, group.column, 1, group.values.length).setValues([group.values]);
  } else {
    const own = edited && group.cells.length === 1 && a1(edited.row, edited.column) === group.cells[0];
    const target = own ? edited.range : sheet.getRangeList(group.cells);
    if (group.value === "") target.clearContent();
    else target.setValue(group.value);
  }
}

/** The Decision (and Agreed by) writes of the Agreed rows whose codes these writes change the meaning of. */
function reopened(
  { layout, kind, valueAt }: NonNullable<WriteOptions["codesOf"]>,
  writes: readonly CellWrite[],
  today: () => string,
): CellWrite[] {
  const isCode = (column: number) => column >= layout.firstRoleColumn && column <= lastRoleColumn(layout);
  const changed = writes.filter(
    (w) => isCode(w.column) && !("formula" in w.content) && codeChanged(w.old, contentText(w.content), kind),
  );
  return agreementWrites(layout, changed, valueAt, today);
}

/** Each cell's formula: known, or read with the others' in one getFormulas over their bounding box. */
function formulasOf(
  sheet: Sheet,
  writes: readonly CellWrite[],
  known: WriteOptions["knownFormula"],
): (row: number, column: number) => string {
  const unknown = writes.filter((w) => known?.(w.row, w.column) === undefined);
  const box = boundingBox(unknown);
  const read = box ? sheet.getRange(box.row, box.column, box.numRows, box.numColumns).getFormulas() : [];
  return (row, column) =>
    known?.(row, column) ?? (box ? (read[row - box.row]?.[column - box.column] ?? "") : "");
}

/** A write has a line of its own unless it goes with another (a date with its Decision) or with the edit. */
const logs = (w: CellWrite): boolean => w.partOf === undefined && w.unlogged !== true;

function lineOf(w: CellWrite): LogLine & { user?: string } {
  return {
    initiative: w.initiative,
    role: w.role,
    cell: a1(w.row, w.column),
    old: w.old,
    new: "formula" in w.content ? `(${w.role} formula restored)` : contentText(w.content),
    ...(w.change !== undefined ? { change: w.change } : {}),
    ...(w.by !== undefined ? { user: w.by } : {}),
  };
}

/** The lines in one append. Never throws: the change is made whatever happens to its record. */
function logLines(
  sheet: Sheet,
  lines: readonly (LogLine & { user?: string })[],
  { user, spreadsheet, quickLog }: WriteOptions,
): boolean {
  try {
    const time = new Date();
    const matrix = sheet.getName();
    const sheetId = sheet.getSheetId();
    const entries: LogEntry[] = lines.map((line) => ({
      time,
      matrix,
      sheetId,
      ...line,
      user: line.user ?? user,
    }));
    appendToLog(spreadsheet ?? sheet.getParent(), entries, quickLog === true);
    return true;
  } catch (error) {
    console.error(
      `The change log was not written: ${error instanceof Error ? error.message : String(error)}`,
    );
    return false;
  }
}
