import { a1 } from "../../core/a1";
import { canonicalText } from "../../core/codes";
import {
  CHANGED_SINCE_AGREED,
  decisionColumn,
  DECISIONS,
  lastRoleColumn,
  type Layout,
} from "../../core/plan/layout";
import type { CellValue } from "../../core/types";
import { cellText, type EditedRows, type Log } from "./edit";

const isAgreed = (value: CellValue): boolean => cellText(value).toLowerCase() === DECISIONS[1].toLowerCase();

/**
 * The agreement of each edited row: a Decision set by hand gets today's date in Decided on; an Agreed row
 * whose codes changed becomes "Changed since agreed", dated. One write for all of it (none when neither
 * happened), and each change in the log.
 */
export function trackDecisions(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: Layout,
  { row, edited, inMatrix, rows }: EditedRows,
  time: Date,
  log: Log,
): void {
  const lastEdited = edited.column + edited.numColumns - 1;
  const touches = (from: number, to: number) => edited.column <= to && lastEdited >= from;
  const decision = decisionColumn(layout);
  const codesEdited = touches(layout.firstRoleColumn, lastRoleColumn(layout));
  // Typed or pasted Decision cells are dated, unless the edit also wrote Decided on (a date given by hand).
  const decisionSet = touches(decision, decision) && !touches(decision + 1, decision + 1);
  const single = edited.numRows === 1 && edited.numColumns === 1;
  // A single code cell set to what it held already (or its alias) is no change to the agreement.
  const unchanged = single && canonicalText(e.oldValue ?? "") === canonicalText(e.value ?? "");
  const at = (r: number, column: number): CellValue => rows[r][column - layout.nameColumn] ?? null;
  const updates: { r: number; decision: CellValue }[] = [];
  rows.forEach((_, r) => {
    if (!inMatrix[r]) return;
    const current = at(r, decision);
    if (decisionSet) {
      updates.push({ r, decision: current });
      log({
        initiative: String(at(r, layout.nameColumn) ?? ""),
        role: "Decision",
        cell: a1(row + r, decision),
        old: single ? String(e.oldValue ?? "") : "(pasted)",
        new: cellText(current),
      });
    } else if (codesEdited && !unchanged && isAgreed(current)) {
      updates.push({ r, decision: CHANGED_SINCE_AGREED });
      log({
        initiative: String(at(r, layout.nameColumn) ?? ""),
        role: "Decision",
        cell: a1(row + r, decision),
        old: cellText(current),
        new: CHANGED_SINCE_AGREED,
      });
    }
  });
  if (updates.length === 0) return;
  const first = updates[0].r;
  const last = updates[updates.length - 1].r;
  // A Decision someone set stays as typed (a formula too): only its date is written. Rows between that
  // were not updated keep what was read.
  const from = decisionSet ? decision + 1 : decision;
  const block = rows
    .slice(first, last + 1)
    .map((cells) => cells.slice(from - layout.nameColumn, decision + 2 - layout.nameColumn));
  // A Decision cleared clears its date too: nothing was decided.
  const dated = (decision: CellValue) => (cellText(decision) === "" ? "" : time);
  for (const update of updates)
    block[update.r - first] = decisionSet ? [dated(update.decision)] : [update.decision, time];
  sheet.getRange(row + first, from, block.length, block[0].length).setValues(block);
}
