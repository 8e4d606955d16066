import { a1, type A1Range } from "../../core/a1";
import { leftColumn } from "../../core/plan/layout";
import { decorRowValues } from "../../core/plan/decorValues";
import { addonMatrix } from "../../sheets/addonMade";
import { refreshInput } from "../ops/refresh";
import type { Log } from "./edit";

/** Summary and legend cells overwritten by a collaborator are written back, and the overwrite logged. */
export function restoreSummary(sheet: GoogleAppsScript.Spreadsheet.Sheet, edited: A1Range, log: Log): void {
  let read;
  try {
    read = addonMatrix(sheet, sheet.getName());
  } catch {
    return;
  }
  const left = leftColumn(read.layout);
  const input = { ...refreshInput(read), style: "full" as const };
  for (const { row, values } of decorRowValues(input)) {
    if (row < edited.row || row > edited.row + edited.numRows - 1) continue;
    const from = Math.max(edited.column, left);
    const to = Math.min(edited.column + edited.numColumns - 1, left + values.length - 1);
    if (from > to) continue;
    sheet.getRange(row, from, 1, to - from + 1).setValues([values.slice(from - left, to - left + 1)]);
    log({
      initiative: "",
      role: "Summary",
      cell: a1(row, from),
      old: "(overwritten)",
      new: "(summary restored)",
    });
  }
}
