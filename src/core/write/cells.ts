/**
 * The cells the add-on writes on someone's behalf (a fix, Undo, a conversion, onEdit's canonical codes and
 * Decision dates, a people name, a restored formula), planned before anything is written: only the cells
 * that change, never a cell holding a formula unless the write puts back the add-on's own, and grouped so
 * that any number of cells takes a handful of batched calls. src/sheets/write.ts applies the plan.
 */
import { a1, type A1Range } from "../a1";

/**
 * What a write puts in its cell: a code or other text the add-on chose (written as it is), a person's text
 * (`literal`: never read as a formula, number or date), a date, or one of the add-on's own formulas.
 */
export type CellContent = { text: string; literal?: boolean } | { date: Date } | { formula: string };

export interface CellWrite {
  row: number;
  column: number;
  content: CellContent;
  /** What the cell held, as text: the change log's Old, and what Undo puts back. */
  old: string;
  /** The change log's Initiative and Role of the cell, and in words what changed when a cell is not enough. */
  initiative: string;
  role: string;
  change?: string;
  /** Who the change log names for this cell, when not the whole write's user (a fix names its rule). */
  by?: string;
  /** Not logged on a line of its own: the caller logs the edit that caused it (a typed alias made canonical). */
  unlogged?: boolean;
  /**
   * The cell whose write this one goes with (a Decided on date with its Decision): written only when that one
   * is, and logged as part of it rather than on a line of its own.
   */
  partOf?: { row: number; column: number };
}

/** The text of a content, as the change log's New shows it. */
export function contentText(content: CellContent): string {
  if ("text" in content) return content.text;
  if ("date" in content) return content.date.toISOString();
  return content.formula;
}

/**
 * The writes that may go ahead: a cell holding a formula is someone's own logic and is skipped (returned
 * apart, to report), unless the write is the add-on's own formula put back over what was typed on it.
 */
export function outsideFormulas(
  writes: readonly CellWrite[],
  formulaAt: (row: number, column: number) => string,
): { writes: CellWrite[]; skipped: CellWrite[] } {
  const blocked = (write: CellWrite): boolean => {
    const formula = formulaAt(write.row, write.column);
    return "formula" in write.content ? formula === write.content.formula : formula !== "";
  };
  const skippedAt = new Set(writes.filter(blocked).map((w) => `${w.row},${w.column}`));
  const kept: CellWrite[] = [];
  const skipped: CellWrite[] = [];
  for (const write of writes) {
    const dropped =
      skippedAt.has(`${write.row},${write.column}`) ||
      (write.partOf !== undefined && skippedAt.has(`${write.partOf.row},${write.partOf.column}`));
    (dropped ? skipped : kept).push(write);
  }
  return { writes: kept, skipped };
}

/** One batched call's worth of writes. */
export type WriteGroup =
  /** The same value into scattered cells: one RangeList. */
  | { kind: "value"; value: string | Date; cells: string[] }
  /** Values side by side in one row (a Decision and its date): one setValues. */
  | { kind: "row"; row: number; column: number; values: (string | Date)[] }
  /** Formulas down one column, consecutive rows: one setFormulas. */
  | { kind: "formulas"; row: number; column: number; formulas: string[] };

/** What the cell is given: a person's text behind an apostrophe, so Sheets keeps it as typed; "" clears it. */
const valueOf = (content: CellContent): string | Date =>
  "date" in content
    ? content.date
    : "text" in content
      ? content.literal === true && content.text !== ""
        ? `'${content.text}`
        : content.text
      : content.formula;

/** Runs of consecutive cells along rows (`along` "row") or down columns ("column"), in sheet order. */
function runs(writes: readonly CellWrite[], along: "row" | "column"): CellWrite[][] {
  const [major, minor] = along === "row" ? (["row", "column"] as const) : (["column", "row"] as const);
  const sorted = [...writes].sort((x, y) => x[major] - y[major] || x[minor] - y[minor]);
  const out: CellWrite[][] = [];
  for (const write of sorted) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (last && last[major] === write[major] && last[minor] + 1 === write[minor]) run.push(write);
    else out.push([write]);
  }
  return out;
}

/** One RangeList per value. */
function byValueOf(writes: readonly CellWrite[]): WriteGroup[] {
  const byValue = new Map<string, { value: string | Date; cells: string[] }>();
  for (const write of writes) {
    const value = valueOf(write.content);
    const key = value instanceof Date ? `date:${value.getTime()}` : `text:${value}`;
    const group = byValue.get(key) ?? { value, cells: [] };
    group.cells.push(a1(write.row, write.column));
    byValue.set(key, group);
  }
  return [...byValue.values()].map((group) => ({ kind: "value", ...group }));
}

/**
 * The writes as few batched calls as their shape allows, never touching a cell between them: values grouped
 * by value (a fix of a thousand gaps is a few RangeLists, one per code) or, when that takes fewer calls, those
 * side by side in a row written together (a Decision and its date: one write); formulas by runs of consecutive
 * rows in a column (each row's formula names its own row). Dates group by instant.
 */
export function groupWrites(writes: readonly CellWrite[]): WriteGroup[] {
  const values = writes.filter((w) => !("formula" in w.content));
  const rows = runs(values, "row");
  const side = rows.filter((run) => run.length > 1);
  const alone = byValueOf(rows.filter((run) => run.length === 1).flat());
  const valueGroups: WriteGroup[] =
    side.length + alone.length < byValueOf(values).length
      ? [
          ...side.map((run): WriteGroup => ({
            kind: "row",
            row: run[0].row,
            column: run[0].column,
            values: run.map((w) => valueOf(w.content)),
          })),
          ...alone,
        ]
      : byValueOf(values);
  const formulas = runs(
    writes.filter((w) => "formula" in w.content),
    "column",
  ).map((run): WriteGroup => ({
    kind: "formulas",
    row: run[0].row,
    column: run[0].column,
    formulas: run.map((w) => valueOf(w.content) as string),
  }));
  return [...valueGroups, ...formulas];
}

/** The rectangle holding every write, to read their formulas in one call. */
export function boundingBox(cells: readonly { row: number; column: number }[]): A1Range | null {
  if (cells.length === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const { row, column } of cells) {
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  return { row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 };
}
