import { a1, type A1Range } from "../../core/a1";
import { isLabel } from "../../core/plan/detect";
import { PEOPLE_LABEL, type Layout } from "../../core/plan/layout";
import type { Log } from "./edit";

/**
 * The people row's "Held by" label is how the row is found: typed over, it is written back at once (one
 * write, only when it happens), so the names under the header are never read as an initiative's codes.
 */
export function restorePeopleLabel(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  layout: Layout,
  edited: A1Range,
  log: Log,
): boolean {
  const single = edited.numRows === 1 && edited.numColumns === 1;
  if (layout.people === true || !single) return false;
  if (edited.row !== layout.headerRow + 1 || edited.column !== layout.nameColumn) return false;
  if (!isLabel(e.oldValue ?? "", PEOPLE_LABEL)) return false;
  e.range.setValue(PEOPLE_LABEL);
  log({
    initiative: "",
    role: "People",
    cell: a1(edited.row, edited.column),
    old: String(e.value ?? ""),
    new: "(people row label restored)",
  });
  return true;
}
