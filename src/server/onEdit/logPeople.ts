import { a1, type A1Range } from "../../core/a1";
import { lastRoleColumn, type Layout } from "../../core/plan/layout";
import type { CellValue } from "../../core/types";
import { cellText, type Log } from "./edit";

/**
 * Names typed in the people row: one log line per role cell the edit reached, as a people change (the
 * Change column says who holds the role). Nothing is written: a name is the team's text.
 */
export function logPeople(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  layout: Layout,
  roles: string[],
  { edited, cells }: { edited: A1Range; cells: CellValue[] },
  log: Log,
): void {
  const column = Math.max(edited.column, layout.firstRoleColumn);
  const endColumn = Math.min(edited.column + edited.numColumns - 1, lastRoleColumn(layout));
  const single = edited.numRows === 1 && edited.numColumns === 1;
  for (let c = column; c <= endColumn; c++) {
    const role = roles[c - layout.firstRoleColumn];
    const held = cellText(cells[c - layout.nameColumn]);
    log({
      initiative: "",
      role,
      cell: a1(layout.headerRow + 1, c),
      old: single ? String(e.oldValue ?? "") : "(pasted)",
      new: held,
      change: held === "" ? `Nobody is named for ${role}` : `${role} is held by ${held}`,
    });
  }
}
