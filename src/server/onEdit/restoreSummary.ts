import type { A1Range } from "../../core/a1";
import { leftColumn } from "../../core/plan/layout";
import { decorRowValues } from "../../core/plan/decorValues";
import type { CellWrite } from "../../core/write/cells";
import { addonMatrix } from "../../sheets/addonMade";
import { refreshInput } from "../ops/refresh";
import { nothing, type Planned } from "./edit";

/**
 * The summary's formula cells typed over by a collaborator are written back, and the log keeps what was typed.
 * Nothing else above the header is touched: the legend and the labels are text anyone may change, and the
 * cells that only look empty (above the roles, a summary row's Area cell) hold whatever someone typed there.
 */
export function restoreSummary(sheet: GoogleAppsScript.Spreadsheet.Sheet, edited: A1Range): Planned {
  let read;
  try {
    read = addonMatrix(sheet, sheet.getName());
  } catch {
    return nothing();
  }
  const left = leftColumn(read.layout);
  const input = { ...refreshInput(read), style: "full" as const };
  const inside = (row: number, column: number) =>
    row >= edited.row &&
    row < edited.row + edited.numRows &&
    column >= edited.column &&
    column < edited.column + edited.numColumns;
  const writes: CellWrite[] = [];
  for (const { row, values } of decorRowValues(input)) {
    values.forEach((value, i) => {
      const column = left + i;
      if (typeof value !== "string" || !value.startsWith("=") || !inside(row, column)) return;
      const typed = read.values[row - 1]?.[column - 1];
      writes.push({
        row,
        column,
        content: { formula: value },
        old: typed === null || typed === undefined ? "" : String(typed),
        initiative: "",
        role: "Summary",
      });
    });
  }
  return { writes, lines: [] };
}
