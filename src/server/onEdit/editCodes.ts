import { a1 } from "../../core/a1";
import { canonicalReplacement, canonicalText } from "../../core/codes";
import type { Layout } from "../../core/plan/layout";
import type { CellValue } from "../../core/types";
import { canonicaliseCells } from "../ops/canonical";
import type { EditedRows, Log } from "./edit";

/** Canonicalises and logs the part of the edit that falls on code cells of the matrix's rows. */
export function editCodes(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  layout: Layout,
  roles: string[],
  { row, edited, inMatrix, rows }: EditedRows,
  log: Log,
): void {
  const sheet = e.range.getSheet();
  const column = Math.max(edited.column, layout.firstRoleColumn);
  const endColumn = Math.min(
    edited.column + edited.numColumns - 1,
    layout.firstRoleColumn + layout.roleCount - 1,
  );
  if (column > endColumn || !inMatrix.some(Boolean)) return;
  const codes = rows.map((cells, r) =>
    inMatrix[r] ? cells.slice(column - layout.nameColumn, endColumn - layout.nameColumn + 1) : [],
  );
  const single = edited.numRows === 1 && edited.numColumns === 1;
  // e.value is absent for some single-cell edits (a paste, a typed formula): the value just read stands in.
  const typed: CellValue = single && e.value !== undefined ? e.value : (codes[0]?.[0] ?? null);
  if (single) {
    const code = canonicalReplacement(typed);
    // A formula whose result reads like an alias (="ra") stays a formula, as on the paste path.
    if (code && e.range.getFormula() === "") e.range.setValue(code);
  } else {
    const width = endColumn - column + 1;
    canonicaliseCells(
      sheet,
      row,
      column,
      codes.map((cells) => (cells.length ? cells : new Array<CellValue>(width).fill(null))),
    );
  }
  codes.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const cellColumn = column + c;
      log({
        initiative: String(rows[r][0] ?? ""),
        role: roles[cellColumn - layout.firstRoleColumn],
        cell: a1(row + r, cellColumn),
        old: single ? String(e.oldValue ?? "") : "(not given for pasted blocks)",
        new: canonicalText(single ? typed : value),
      });
    }),
  );
}
