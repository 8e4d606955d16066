/**
 * A1 notation and rectangle helpers. Internally every coordinate is 0-based; the Apps Script surface is
 * 1-based (Sheet.getRange reference: "row — The starting row index of the range; row indexing starts with 1").
 */

/** A rectangle of cells, 0-based, `r`/`c` the top-left corner. */
export interface Rect {
  r: number;
  c: number;
  h: number;
  w: number;
}

/** Largest column Sheets addresses with letters (ZZZ). */
export const MAX_COLUMN_LETTERS_INDEX = 18277;

export function columnToLetters(col0: number): string {
  let n = col0 + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellA1(r0: number, c0: number): string {
  return `${columnToLetters(c0)}${r0 + 1}`;
}

export function rectA1(rect: Rect): string {
  const start = cellA1(rect.r, rect.c);
  if (rect.h === 1 && rect.w === 1) return start;
  return `${start}:${cellA1(rect.r + rect.h - 1, rect.c + rect.w - 1)}`;
}

/** Quotes a sheet name for use in a reference when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export interface ParsedA1 {
  sheetName?: string;
  rect: Rect;
}

const PART = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/;

/**
 * Parses "A1", "A1:B2", "A:B", "2:3", "Sheet1!A1:B2" or "'My sheet'!A1". Open-ended parts (whole
 * columns or rows) extend to the sheet's maximum, given as maxRows/maxCols. Returns null when invalid.
 */
export function parseA1(text: string, maxRows: number, maxCols: number): ParsedA1 | null {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const raw = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    sheetName = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    if (!sheetName) return null;
  }
  const [a, b, extra] = rest.split(":");
  if (extra !== undefined || !a) return null;
  const pa = PART.exec(a);
  const pb = b === undefined ? pa : PART.exec(b);
  if (!pa || !pb) return null;
  const colA = pa[2] === undefined ? undefined : lettersToColumn(pa[2]);
  const rowA = pa[4] === undefined ? undefined : Number(pa[4]) - 1;
  const colB = pb[2] === undefined ? undefined : lettersToColumn(pb[2]);
  const rowB = pb[4] === undefined ? undefined : Number(pb[4]) - 1;
  if (b === undefined && (colA === undefined || rowA === undefined)) return null;
  if ((colA === undefined) !== (colB === undefined) && rowA !== undefined && rowB !== undefined) {
    // "A1:3" style is not supported by Sheets either
    return null;
  }
  const c1 = colA ?? 0;
  const c2 = colB ?? maxCols - 1;
  const r1 = rowA ?? 0;
  const r2 = rowB ?? maxRows - 1;
  if (r1 < 0 || r2 < 0) return null;
  const r = Math.min(r1, r2);
  const c = Math.min(c1, c2);
  return { sheetName, rect: { r, c, h: Math.abs(r2 - r1) + 1, w: Math.abs(c2 - c1) + 1 } };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r < b.r + b.h && b.r < a.r + a.h && a.c < b.c + b.w && b.c < a.c + a.w;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.r >= outer.r &&
    inner.c >= outer.c &&
    inner.r + inner.h <= outer.r + outer.h &&
    inner.c + inner.w <= outer.c + outer.w
  );
}

export function containsCell(rect: Rect, r: number, c: number): boolean {
  return r >= rect.r && r < rect.r + rect.h && c >= rect.c && c < rect.c + rect.w;
}

/**
 * How a span [start, start+len) moves when `n` lines are inserted at index `at` (the first new line):
 * lines at or after `at` move; a span is expanded when the insertion falls strictly inside it, as Sheets
 * does with conditional format ranges and protected ranges.
 */
export function spanAfterInsert(start: number, len: number, at: number, n: number): [number, number] {
  if (at <= start) return [start + n, len];
  if (at < start + len) return [start, len + n];
  return [start, len];
}

/** How a span changes when lines [at, at+n) are deleted; null when it disappears entirely. */
export function spanAfterDelete(start: number, len: number, at: number, n: number): [number, number] | null {
  const end = start + len; // exclusive
  const delEnd = at + n;
  if (delEnd <= start) return [start - n, len];
  if (at >= end) return [start, len];
  const keptBefore = Math.max(0, at - start);
  const keptAfter = Math.max(0, end - delEnd);
  const kept = keptBefore + keptAfter;
  if (kept === 0) return null;
  return [Math.min(start, at), kept];
}

export type Axis = "rows" | "columns";

export function rectAfterInsert(rect: Rect, axis: Axis, at: number, n: number): Rect {
  if (axis === "rows") {
    const [r, h] = spanAfterInsert(rect.r, rect.h, at, n);
    return { ...rect, r, h };
  }
  const [c, w] = spanAfterInsert(rect.c, rect.w, at, n);
  return { ...rect, c, w };
}

export function rectAfterDelete(rect: Rect, axis: Axis, at: number, n: number): Rect | null {
  if (axis === "rows") {
    const span = spanAfterDelete(rect.r, rect.h, at, n);
    return span ? { ...rect, r: span[0], h: span[1] } : null;
  }
  const span = spanAfterDelete(rect.c, rect.w, at, n);
  return span ? { ...rect, c: span[0], w: span[1] } : null;
}
