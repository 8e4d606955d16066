/**
 * Script writes Sheets has not committed yet. Apps Script bundles spreadsheet operations ("If you want to
 * make sure that all pending changes are made right away ... call SpreadsheetApp.flush()", Spreadsheet
 * service reference, https://developers.google.com/apps-script/reference/spreadsheet); they are committed by
 * `SpreadsheetApp.flush()`, by a read that needs them, and when the execution ends. Lock.releaseLock's
 * reference (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()): "you should call
 * SpreadsheetApp.flush() prior to releasing the lock, to commit all pending changes to the spreadsheet
 * while you still have exclusive access to it".
 *
 * The emulator applies each write to its grid at once (the script's own reads see it, as they would once
 * Sheets flushed for them) and keeps the writes made since the last commit, so a release with writes still
 * pending can be recorded. Another execution that runs in between sees only committed cell content:
 * `snapshotContent` keeps that content, `uncommittedCells` finds what the pending writes changed.
 */
import { type Rect, quoteSheetName, rectA1 } from "./a1";
import { rangeHandle, sheetHandle } from "./handles";
import type { Scalar } from "./values";
import type { Workbook } from "./workbook";
import type { SheetModel } from "./sheet-model";

/** One script write not yet committed: the call and where it wrote ("'Log'!A5:J5", a sheet, or ""). */
export interface PendingWrite {
  call: string;
  range: string;
}

/** A Lock.releaseLock() made while the execution still had pending writes. */
export interface ReleaseRecord {
  lock: LockName;
  /** The simple trigger being run ("onEdit"), or null for a menu item or sidebar call. */
  trigger: string | null;
  writes: PendingWrite[];
}

export type LockName = "document" | "script" | "user";

/** What a service call does to pending writes: adds one, commits them (a read, a flush), or neither. */
export type CallKind = "write" | "read" | "flush" | "neutral";

/** Classes of the Spreadsheet service: the only ones whose writes are batched. */
const SPREADSHEET_CLASSES = new Set([
  "SpreadsheetApp",
  "Spreadsheet",
  "Sheet",
  "Range",
  "RangeList",
  "Protection",
  "DeveloperMetadata",
  "DeveloperMetadataFinder",
  "DeveloperMetadataLocation",
  "EmbeddedChart",
  "ChartOptions",
  "ContainerInfo",
]);

const WRITE =
  /^(set|insert|delete|clear|append|merge|breakApart|sort|move|hide|show|add|remove|protect|rename|update|autoResize)/;

/**
 * Calls answered without the document's content (handles, a range's own coordinates, the selection, a
 * toast): they neither write nor need pending writes committed.
 */
const NEUTRAL: Record<string, ReadonlySet<string>> = {
  SpreadsheetApp: new Set(["getActiveSpreadsheet", "getActive", "getActiveSheet", "getUi"]),
  Spreadsheet: new Set([
    "getId",
    "getUrl",
    "getSheetByName",
    "getSheets",
    "getActiveSheet",
    "getRange",
    "toast",
    "setActiveSheet",
    "setActiveRange",
    "setActiveSelection",
  ]),
  Sheet: new Set([
    "getRange",
    "getRangeList",
    "getParent",
    "getSheetId",
    "getName",
    "getSheetName",
    "activate",
    "setActiveSelection",
    "newChart",
  ]),
  Range: new Set([
    "getRow",
    "getColumn",
    "getRowIndex",
    "getNumRows",
    "getNumColumns",
    "getHeight",
    "getWidth",
    "getLastRow",
    "getLastColumn",
    "getA1Notation",
    "getGridId",
    "getSheet",
    "getCell",
    "offset",
    "activate",
    "activateAsCurrentCell",
  ]),
  RangeList: new Set(["getRanges", "activate"]),
};

const kinds = new Map<string, CallKind>();

export function callKind(cls: string, method: string): CallKind {
  const key = `${cls}.${method}`;
  let kind = kinds.get(key);
  if (kind === undefined) {
    if (!SPREADSHEET_CLASSES.has(cls)) kind = "neutral";
    else if (key === "SpreadsheetApp.flush") kind = "flush";
    else if (NEUTRAL[cls]?.has(method)) kind = "neutral";
    else kind = WRITE.test(method) ? "write" : "read";
    kinds.set(key, kind);
  }
  return kind;
}

/** Where a write call wrote, for the record: the range, the sheet, or "" for the spreadsheet itself. */
export function writtenWhere(target: object): string {
  const range = rangeHandle(target);
  if (range) return `${quoteSheetName(range.sheet.name)}!${rectA1(range.rect)}`;
  return sheetHandle(target)?.name ?? "";
}

/** The message strictFlush throws, quoting the reference. */
export function releasedBeforeFlush(record: ReleaseRecord): string {
  const n = record.writes.length;
  const some = record.writes
    .slice(0, 3)
    .map((w) => `${w.call} ${w.range}`.trim())
    .join(", ");
  return (
    `Lock.releaseLock() with ${n} pending write${n === 1 ? "" : "s"} (${some}${n > 3 ? ", …" : ""}): ` +
    `"You should call SpreadsheetApp.flush() prior to releasing the lock, to commit all pending changes ` +
    `to the spreadsheet while you still have exclusive access to it" (Lock.releaseLock reference)`
  );
}

interface Content {
  value?: Scalar;
  formula?: string;
}

/** Every sheet's cell content (values and formulas) as committed: cell key → content. */
export type ContentSnapshot = Map<SheetModel, Map<string, Content>>;

const cellKey = (r: number, c: number): string => `${r},${c}`;

function sheetContent(sheet: SheetModel): Map<string, Content> {
  const cells = new Map<string, Content>();
  sheet.values.forEach((value, r, c) => cells.set(cellKey(r, c), { value }));
  sheet.formulas.forEach((formula, r, c) => cells.set(cellKey(r, c), { formula }));
  return cells;
}

export function snapshotContent(wb: Workbook): ContentSnapshot {
  return new Map(wb.sheets.map((sheet) => [sheet, sheetContent(sheet)]));
}

/** A cell the pending writes changed: its committed content and the content the writes gave it. */
export interface UncommittedCell {
  sheet: SheetModel;
  rect: Rect;
  committed: Content;
  pending: Content;
}

export function uncommittedCells(wb: Workbook, snapshot: ContentSnapshot): UncommittedCell[] {
  const out: UncommittedCell[] = [];
  for (const [sheet, before] of snapshot) {
    if (!wb.sheets.includes(sheet)) continue;
    const now = sheetContent(sheet);
    for (const key of new Set([...before.keys(), ...now.keys()])) {
      const committed = before.get(key) ?? {};
      const pending = now.get(key) ?? {};
      if (Object.is(committed.value, pending.value) && committed.formula === pending.formula) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      out.push({ sheet, rect: { r, c, h: 1, w: 1 }, committed, pending });
    }
  }
  return out;
}

/** Writes each cell's committed or pending content back into the grid. */
export function showCells(wb: Workbook, cells: UncommittedCell[], which: "committed" | "pending"): void {
  for (const cell of cells) wb.write(cell.sheet, cell.rect, [[cell[which]]]);
}
