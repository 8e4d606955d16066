/**
 * Codes typed in another spelling ("ra", "Responsible", " c ") rewritten in the form the add-on writes
 * (docs/domain.md): the writes for the cells that need it, and no other. onEdit plans them for the cells
 * just typed; a refresh for every code cell of the matrix.
 */
import { canonicalReplacement } from "../codes";
import type { CellValue } from "../types";
import type { CellWrite } from "./cells";

/**
 * `values` are code cells from (top, left), as getValues returned them; `roleAt` names the role of a column
 * and `initiativeAt` the initiative of a row, for the log.
 */
export function canonicalWrites(
  values: readonly (readonly CellValue[])[],
  top: number,
  left: number,
  roleAt: (column: number) => string,
  initiativeAt: (row: number) => string,
): CellWrite[] {
  const writes: CellWrite[] = [];
  values.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const code = canonicalReplacement(value);
      if (code === null) return;
      writes.push({
        row: top + r,
        column: left + c,
        content: { text: code },
        old: String(value),
        initiative: initiativeAt(top + r),
        role: roleAt(left + c),
      });
    }),
  );
  return writes;
}
