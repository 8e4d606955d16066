import { hasEntry } from "../../core/plan/extent";
import { firstDataRow, type Layout } from "../../core/plan/layout";
import type { CellValue } from "../../core/types";

/**
 * Which edited rows belong to the matrix, by the extent rule of core/plan/extent (initiatives each at most
 * the spare rows plus one below the one before, then the spare rows), from the Initiative column above the
 * edit (`namesAbove`, from the first initiative row down): an initiative typed or pasted just below the
 * matrix is one of its rows, a user's table further down is not.
 */
export function matrixRows(
  layout: Layout,
  spare: number,
  namesAbove: readonly CellValue[],
  { row, endRow, rows }: { row: number; endRow: number; rows: CellValue[][] },
): boolean[] {
  const first = firstDataRow(layout);
  const above: Layout = { ...layout, areaColumn: null, nameColumn: 1, roleCount: 0 };
  const edited: Layout = { ...layout, areaColumn: null, nameColumn: 1, firstRoleColumn: 2 };
  let last = first - 1;
  namesAbove.forEach((name, i) => {
    if (first + i <= last + spare + 1 && hasEntry([name], above)) last = first + i;
  });
  const inMatrix: boolean[] = [];
  for (let r = row; r <= endRow; r++) {
    if (r <= last + spare + 1 && hasEntry(rows[r - row], edited)) last = r;
    inMatrix.push(r <= last + spare);
  }
  return inMatrix;
}
