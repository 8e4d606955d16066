import { a1 } from "../../core/a1";
import { rowCheckFormula, statusFormula } from "../../core/plan/formulas";
import { CHECK_LABEL, checkColumn, statusColumn, type Layout } from "../../core/plan/layout";
import { ownerColumns } from "../../core/plan/ownerColumns";
import { loadSettings } from "../../sheets/settingsStore";
import type { EditedRows, Log } from "./edit";

/**
 * Status cells are the add-on's formulas: one overwritten by a collaborator ("Done, agreed") is written
 * back at once, in one call, and the overwrite is logged.
 */
export function restoreStatus(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  layout: Layout,
  roles: string[],
  { row, endRow, edited, inMatrix }: EditedRows,
  log: Log,
): void {
  const hit = (column: number) => column >= edited.column && column <= edited.column + edited.numColumns - 1;
  const computed = [
    { column: statusColumn(layout), label: "Status", formula: statusFormula },
    ...(layout.check === true
      ? [{ column: checkColumn(layout), label: CHECK_LABEL, formula: rowCheckFormula }]
      : []),
  ].filter(({ column }) => hit(column));
  const first = inMatrix.indexOf(true);
  if (computed.length === 0 || first < 0) return;
  const last = inMatrix.lastIndexOf(true);
  const sheet = e.range.getSheet();
  const settings = loadSettings(sheet, roles);
  const owners = ownerColumns(roles, settings, layout);
  const single = edited.numRows === 1 && edited.numColumns === 1;
  for (const { column, label, formula } of computed) {
    const formulas = inMatrix
      .slice(first, last + 1)
      .map((_, i) => [formula(layout, row + first + i, owners, settings)]);
    sheet.getRange(row + first, column, formulas.length, 1).setFormulas(formulas);
    for (let r = row + first; r <= row + last && r <= endRow; r++) {
      log({
        initiative: "",
        role: label,
        cell: a1(r, column),
        old: single ? String(e.value ?? "") : "(pasted)",
        new: `(${label} formula restored)`,
      });
    }
  }
}
