/**
 * How far a matrix reaches down its sheet. The initiatives are the rows below the header with a name, an
 * area or a code, each at most one row past the spare rows prepared below the one before; the matrix ends
 * with its spare rows. So a user's note, list or table further down is never taken for an initiative, and
 * Refresh never stretches the matrix over it; an initiative typed in (or just below) the spare rows is.
 *
 * An adopted table has no spare rows: it ends at its last row, but an isolated blank row inside it (one or
 * two, as people leave between sections) does not end it while the rows after it keep the table's shape (a
 * code in a role column, or a heading followed by such a row). A note or a legend after a blank row does not.
 */
import type { CellValue } from "../types";
import { firstDataRow, type Layout } from "./layout";
import { hasCodeCell, isLabelOnly } from "./rowKinds";

/** How many blank rows in a row an adopted table may have inside it. */
export const BLANK_ROWS_CROSSED = 2;

const filled = (value: CellValue): boolean =>
  value !== null && value !== undefined && (typeof value !== "string" || value.trim() !== "");

/** True when the row holds a name, an area or a code of the matrix. */
export function hasEntry(row: CellValue[] | undefined, layout: Layout): boolean {
  if (!row) return false;
  if (filled(row[layout.nameColumn - 1])) return true;
  if (layout.areaColumn !== null && filled(row[layout.areaColumn - 1])) return true;
  for (let c = 0; c < layout.roleCount; c++) if (filled(row[layout.firstRoleColumn - 1 + c])) return true;
  return false;
}

/** The sheet rows (1-based) of the initiatives, top to bottom. `values` is the sheet from A1. */
export function initiativeRows(values: CellValue[][], layout: Layout, spare: number): number[] {
  const rows: number[] = [];
  let last = firstDataRow(layout) - 1;
  const reach = spare > 0 ? spare + 1 : BLANK_ROWS_CROSSED + 1;
  for (let r = firstDataRow(layout); r <= values.length && r <= last + reach; r++) {
    if (!hasEntry(values[r - 1], layout)) continue;
    if (spare === 0 && r > last + 1 && !keepsShape(values, layout, r)) break;
    rows.push(r);
    last = r;
  }
  return rows;
}

/** Row `r` (1-based) continues a table past blank rows: it has a code cell, or heads rows that do. */
function keepsShape(values: CellValue[][], layout: Layout, r: number): boolean {
  let i = r;
  while (isLabelOnly(values[i - 1], layout)) i++;
  return hasCodeCell(values[i - 1], layout);
}

/** The last row of the matrix: its last initiative (or header) plus the spare rows, and at least one row. */
export function lastMatrixRow(rows: number[], layout: Layout, spare: number): number {
  const last = rows.length > 0 ? rows[rows.length - 1] : firstDataRow(layout) - 1;
  return Math.max(last + spare, firstDataRow(layout));
}
