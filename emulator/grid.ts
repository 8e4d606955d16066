import type { Rect } from "./a1";

/**
 * A sparse 2-D store, one array per used row, `undefined` meaning "nothing here". Every per-cell
 * attribute of a sheet (values, formulas, each format, notes, validations) lives in one Grid, so inserting
 * or deleting rows and columns moves all of them the same way.
 */
export class Grid<T> {
  rows: ((T | undefined)[] | undefined)[] = [];
  /** Number of defined cells; lets callers skip whole grids cheaply (e.g. "any formula at all?"). */
  count = 0;

  get(r: number, c: number): T | undefined {
    const row = this.rows[r];
    return row === undefined ? undefined : row[c];
  }

  set(r: number, c: number, value: T | undefined): void {
    let row = this.rows[r];
    if (row === undefined) {
      if (value === undefined) return;
      while (this.rows.length < r) this.rows.push(undefined);
      row = [];
      this.rows[r] = row;
    }
    const before = row[c];
    if (before === undefined && value !== undefined) this.count++;
    else if (before !== undefined && value === undefined) this.count--;
    if (value === undefined && c >= row.length) return;
    while (row.length < c) row.push(undefined);
    row[c] = value;
  }

  /** Sets every cell of `rect` to the same value (undefined clears). */
  fill(rect: Rect, value: T | undefined): void {
    for (let r = rect.r; r < rect.r + rect.h; r++) {
      if (value === undefined && this.rows[r] === undefined) continue;
      for (let c = rect.c; c < rect.c + rect.w; c++) this.set(r, c, value);
    }
  }

  /** True when any cell of `rect` is defined. */
  anyIn(rect: Rect): boolean {
    if (this.count === 0) return false;
    const end = Math.min(rect.r + rect.h, this.rows.length);
    for (let r = rect.r; r < end; r++) {
      const row = this.rows[r];
      if (row === undefined) continue;
      const stop = Math.min(rect.c + rect.w, row.length);
      for (let c = rect.c; c < stop; c++) if (row[c] !== undefined) return true;
    }
    return false;
  }

  forEach(fn: (value: T, r: number, c: number) => void): void {
    if (this.count === 0) return;
    this.rows.forEach((row, r) => {
      if (row === undefined) return;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== undefined) fn(v, r, c);
      }
    });
  }

  /** Last row index (0-based) holding something, or -1. */
  lastRow(): number {
    if (this.count === 0) return -1;
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row !== undefined && row.some((v) => v !== undefined)) return r;
    }
    return -1;
  }

  /** Last column index (0-based) holding something, or -1. */
  lastColumn(): number {
    let last = -1;
    if (this.count === 0) return last;
    for (const row of this.rows) {
      if (row === undefined) continue;
      for (let c = row.length - 1; c > last; c--) {
        if (row[c] !== undefined) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  insertRows(at: number, n: number): void {
    if (at >= this.rows.length) return;
    this.rows = insertBlanks(this.rows, at, n);
  }

  deleteRows(at: number, n: number): void {
    const removed = this.rows.splice(at, n);
    for (const row of removed) if (row !== undefined) this.count -= row.filter((v) => v !== undefined).length;
  }

  insertColumns(at: number, n: number): void {
    this.rows = this.rows.map((row) =>
      row !== undefined && row.length > at ? insertBlanks(row, at, n) : row,
    );
  }

  deleteColumns(at: number, n: number): void {
    for (const row of this.rows) {
      if (row === undefined || row.length <= at) continue;
      const removed = row.splice(at, n);
      this.count -= removed.filter((v) => v !== undefined).length;
    }
  }

  /** Reorders whole rows: row `order[i]` moves to index `start + i`. */
  permuteRows(start: number, order: number[]): void {
    const taken = order.map((from) => this.rows[from]);
    taken.forEach((row, i) => {
      this.rows[start + i] = row;
    });
  }

  /** Reorders columns in every row: column `order[i]` moves to index `start + i`. */
  permuteColumns(start: number, order: number[]): void {
    for (const row of this.rows) {
      if (row === undefined) continue;
      const taken = order.map((from) => row[from]);
      taken.forEach((v, i) => {
        if (v !== undefined || start + i < row.length) {
          while (row.length < start + i) row.push(undefined);
          row[start + i] = v;
        }
      });
    }
  }

  /** Sparse export: [row, column, value] triples. */
  entries(): [number, number, T][] {
    const out: [number, number, T][] = [];
    this.forEach((v, r, c) => out.push([r, c, v]));
    return out;
  }

  clear(): void {
    this.rows = [];
    this.count = 0;
  }
}

/** Inserts `n` undefined items at `at` without spreading (safe for very large `n`). */
function insertBlanks<U>(arr: (U | undefined)[], at: number, n: number): (U | undefined)[] {
  return arr.slice(0, at).concat(new Array<U | undefined>(n).fill(undefined), arr.slice(at));
}
