/**
 * The workload chart: one stacked column per role, its A, R, C and I counts read from the summary rows'
 * formulas, so it stays live for every collaborator without a script running. The add-on recognises its
 * chart by this title (charts carry no developer metadata); a chart retitled by hand is the user's.
 */
import { PRODUCT_NAME } from "../keys";
import { decorList, type DecorRows } from "./decor";
import { gridRange } from "./grid";
import { lastRoleColumn, rightColumn, type Layout } from "./layout";
import type { ChartPlan } from "./types";

export const WORKLOAD_CHART_TITLE = `Workload per role: A, R, C, I (${PRODUCT_NAME})`;

/** Empty columns a new matrix keeps right of Status, for the chart to sit on beside the summary. */
export const CHART_COLUMNS = 6;

/** The A, R, C, I summary rows: the first four summary rows, in that order. */
const COUNT_ROWS = 4;

/**
 * The chart of a matrix whose A, R, C and I summary rows are all there (found where the add-on wrote them,
 * so a row someone inserted between them is not plotted); none otherwise.
 */
export function workloadChart(layout: Layout, decor: DecorRows): ChartPlan | undefined {
  const counts = decor.summary.slice(0, COUNT_ROWS);
  if (counts.some((row) => row === null)) return undefined;
  const width = lastRoleColumn(layout) - layout.nameColumn + 1;
  const rows = counts as number[];
  const together = rows.every((row, i) => row === rows[0] + i);
  const top = decorList(decor)[0]?.row ?? layout.headerRow;
  return {
    title: WORKLOAD_CHART_TITLE,
    ranges: [
      gridRange(layout.headerRow, layout.nameColumn, 1, width),
      ...(together
        ? [gridRange(rows[0], layout.nameColumn, COUNT_ROWS, width)]
        : rows.map((row) => gridRange(row, layout.nameColumn, 1, width))),
    ],
    // Beside the summary, right of the matrix (Status, or Notes), from the title row (just above the first decor row).
    anchor: { row: Math.max(1, top - 1), column: rightColumn(layout) + 1 },
    width: CHART_COLUMNS * 100 - 20,
    height: 320,
    colors: ["#0072b2", "#56b4e9", "#e69f00", "#c9c9c9"],
    transpose: true,
  };
}
