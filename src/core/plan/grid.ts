/** Small helpers for the 2-D arrays that batched Range calls take. */
import type { GridRange } from "./types";

export function fill<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
}

/** Copies `piece` into `grid` with its top-left corner at (top, left), 0-based. */
export function paste<T>(grid: T[][], top: number, left: number, piece: T[][]): void {
  piece.forEach((row, r) => row.forEach((value, c) => (grid[top + r][left + c] = value)));
}

export function gridRange(row: number, column: number, numRows: number, numColumns: number): GridRange {
  return { row, column, numRows, numColumns };
}

/**
 * User text as Sheets will keep it literally: the apostrophe prefix stops Sheets from reading "=…", "+1",
 * "TRUE" or "2024-01-01" as a formula, number, boolean or date; Sheets stores the text without it.
 */
export function literal(text: string): string {
  return text === "" ? "" : `'${text}`;
}
