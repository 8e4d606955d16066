import { a1 } from "../../core/a1";
import { lastRoleColumn, type Layout } from "../../core/plan/layout";
import type { CellValue } from "../../core/types";
import { cellText, oldOf, type Edit, type Planned } from "./edit";

/**
 * Names typed in the people row: one log line per role cell the edit reached, as a people change (the
 * Change column says who holds the role). Nothing is written: a name is the team's text.
 */
export function logPeople(edit: Edit, layout: Layout, roles: string[], cells: CellValue[]): Planned {
  const { edited } = edit;
  const column = Math.max(edited.column, layout.firstRoleColumn);
  const endColumn = Math.min(edited.column + edited.numColumns - 1, lastRoleColumn(layout));
  const lines = [];
  for (let c = column; c <= endColumn; c++) {
    const role = roles[c - layout.firstRoleColumn];
    const held = cellText(cells[c - layout.nameColumn]);
    lines.push({
      initiative: "",
      role,
      cell: a1(layout.headerRow + 1, c),
      old: oldOf(edit, "(pasted)"),
      new: held,
      change: held === "" ? `Nobody is named for ${role}` : `${role} is held by ${held}`,
    });
  }
  return { writes: [], lines };
}
