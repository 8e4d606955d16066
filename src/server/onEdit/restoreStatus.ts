import { rowCheckFormula, statusFormula } from "../../core/plan/formulas";
import { CHECK_LABEL, checkColumn, statusColumn, type Layout } from "../../core/plan/layout";
import { ownerColumns } from "../../core/plan/ownerColumns";
import type { CellWrite } from "../../core/write/cells";
import { nothing, type Edit, type EditedRows, type Planned } from "./edit";

/**
 * Status and RACI check cells are the add-on's formulas: one typed or pasted over ("Done, agreed", or a wide
 * row pasted across the hidden check column) is written back, and the log keeps what was typed there so it
 * can be recovered. A cell that still holds its formula is left alone (the write path skips it).
 */
export function restoreStatus(
  edit: Edit,
  layout: Layout,
  roles: string[],
  { row, inMatrix, rows }: EditedRows,
): Planned {
  const { edited } = edit;
  const hit = (column: number) => column >= edited.column && column <= edited.column + edited.numColumns - 1;
  const computed = [
    { column: statusColumn(layout), label: "Status", formula: statusFormula },
    ...(layout.check === true
      ? [{ column: checkColumn(layout), label: CHECK_LABEL, formula: rowCheckFormula }]
      : []),
  ].filter(({ column }) => hit(column));
  if (computed.length === 0 || !inMatrix.some(Boolean)) return nothing();
  const settings = edit.settings();
  const owners = ownerColumns(roles, settings, layout);
  const writes: CellWrite[] = [];
  inMatrix.forEach((mine, r) => {
    if (!mine) return;
    for (const { column, label, formula } of computed) {
      const typed = rows[r][column - layout.nameColumn];
      writes.push({
        row: row + r,
        column,
        content: { formula: formula(layout, row + r, owners, settings) },
        old: typed === null || typed === undefined ? "" : String(typed),
        initiative: String(rows[r][0] ?? ""),
        role: label,
      });
    }
  });
  return { writes, lines: [] };
}
