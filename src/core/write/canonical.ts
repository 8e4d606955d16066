/**
 * Codes typed in another spelling ("ra", "Responsible", " c "; "s" in RASCI, "driver" in DACI) rewritten in
 * the form the add-on writes in the matrix's kind (docs/domain.md): the writes for the cells that need it,
 * and no other; a spelling the kind does not read (an R in DACI) is left as typed, for the checks to report. onEdit plans them for the cells
 * just typed; a refresh for every code cell of the matrix.
 */
import { canonicalReplacement, isCanonical } from "../codes";
import { MATRIX_KINDS } from "../kinds";
import type { CellValue, MatrixKind } from "../types";
import type { CellWrite } from "./cells";

/**
 * `values` are code cells from (top, left) of a matrix of `kind`, as getValues returned them; `roleAt` names
 * the role of a column and `initiativeAt` the initiative of a row, for the log.
 */
export function canonicalWrites(
  values: readonly (readonly CellValue[])[],
  top: number,
  left: number,
  roleAt: (column: number) => string,
  initiativeAt: (row: number) => string,
  kind: MatrixKind,
): CellWrite[] {
  const writes: CellWrite[] = [];
  values.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const code = canonicalReplacement(value, kind);
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

/**
 * Whether a cell reads differently by the matrix's kind: text that is not already a code as some kind writes
 * it ("s", "driver", "ra"). A letter picked from the dropdown, an empty cell or a number reads the same in
 * every kind, so onEdit reads the kind (the matrix's settings) only for the others.
 */
export function kindMatters(value: CellValue): boolean {
  return typeof value === "string" && value !== "" && !MATRIX_KINDS.some((kind) => isCanonical(value, kind));
}
