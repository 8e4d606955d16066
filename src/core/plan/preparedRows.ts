/**
 * The rows a plan prepares (Status, the hidden check, dropdowns, highlighting): every initiative, and the
 * spare rows of a generated matrix; never a section, total or blank row of an adopted table, nor the people
 * row wherever a sort left it. Ranges are given as runs of consecutive rows, one range each.
 */
import { gridRange } from "./grid";
import type { PlanInput } from "./input";
import { dataRowCount, firstDataRow } from "./layout";
import { isPrepared } from "./rowKinds";
import type { GridRange } from "./types";

/** One flag per row from the first data row to layout.lastRow. */
export function preparedRows({ layout, kinds, style }: PlanInput): boolean[] {
  return Array.from({ length: dataRowCount(layout) }, (_, i) =>
    kinds === undefined ? true : isPrepared(kinds[i] ?? "blank", style === "full"),
  );
}

/** The prepared rows as ranges over `column` to `column + width - 1`, top to bottom. */
export function preparedRanges(input: PlanInput, column: number, width: number): GridRange[] {
  const first = firstDataRow(input.layout);
  const ranges: GridRange[] = [];
  preparedRows(input).forEach((prepared, i) => {
    if (!prepared) return;
    const last = ranges[ranges.length - 1];
    if (last && last.row + last.numRows === first + i) last.numRows++;
    else ranges.push(gridRange(first + i, column, 1, width));
  });
  return ranges;
}
