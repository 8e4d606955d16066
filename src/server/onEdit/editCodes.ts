import { a1 } from "../../core/a1";
import { canonicalText } from "../../core/codes";
import type { Layout } from "../../core/plan/layout";
import { canonicalWrites } from "../../core/write/canonical";
import { kindFor, oldOf, type Edit, type EditedRows, type Planned } from "./edit";

/**
 * The part of the edit on code cells of the matrix's rows: each cell logged (old → new, canonical), and the
 * ones typed in another spelling ("ra"; "s" in RASCI, "driver" in DACI) rewritten as the add-on writes them in
 * the matrix's kind, on the edit's own log line. A code the kind lacks (an R in DACI) stays as typed.
 */
export function editCodes(
  edit: Edit,
  layout: Layout,
  roles: string[],
  { row, inMatrix, rows }: EditedRows,
): Planned {
  const { edited } = edit;
  const column = Math.max(edited.column, layout.firstRoleColumn);
  const endColumn = Math.min(
    edited.column + edited.numColumns - 1,
    layout.firstRoleColumn + layout.roleCount - 1,
  );
  if (column > endColumn || !inMatrix.some(Boolean)) return { writes: [], lines: [] };
  const codes = rows.map((cells, r) =>
    inMatrix[r] ? cells.slice(column - layout.nameColumn, endColumn - layout.nameColumn + 1) : [],
  );
  const nameAt = (sheetRow: number) => String(rows[sheetRow - row]?.[0] ?? "");
  const roleAt = (sheetColumn: number) => roles[sheetColumn - layout.firstRoleColumn] ?? "";
  const kind = kindFor(edit, codes.flat());
  const writes = canonicalWrites(codes, row, column, roleAt, nameAt, kind).map((w) => ({
    ...w,
    unlogged: true,
  }));
  const lines = codes.flatMap((cells, r) =>
    cells.map((value, c) => ({
      initiative: nameAt(row + r),
      role: roleAt(column + c),
      cell: a1(row + r, column + c),
      old: oldOf(edit),
      new: canonicalText(value, kind),
    })),
  );
  return { writes, lines };
}
