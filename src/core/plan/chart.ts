/**
 * The workload chart: one stacked column per role, its A, R, C and I counts read from the summary rows'
 * formulas, so it stays live for every collaborator without a script running. The add-on recognises its
 * chart by this title (charts carry no developer metadata); a chart retitled by hand is the user's.
 */
import { gridRange } from "./grid";
import { lastRoleColumn, statusColumn, summaryRow, titleRow, type Layout } from "./layout";
import type { GridRange } from "./types";

export const WORKLOAD_CHART_TITLE = "Workload per role: A, R, C, I (RACI Matrix for Sheets)";

/** Empty columns a new matrix keeps right of Status, for the chart to sit on beside the summary. */
export const CHART_COLUMNS = 6;

/** The A, R, C, I summary rows: the first four summary rows, in that order. */
const COUNT_ROWS = 4;

export interface ChartPlan {
  title: string;
  /**
   * The header row (the "Initiative" label, then the role names) and the four count rows, from the
   * Initiative column to the last role. Stacked as rows then transposed, they give one category per role
   * and one series per letter, named by the summary labels.
   */
  ranges: GridRange[];
  /** The anchor cell, right of the Status column at the title row. */
  anchor: { row: number; column: number };
  width: number;
  height: number;
  /** Series colours, A, R, C, I: strong to light, the owners darkest. */
  colors: string[];
}

export function workloadChart(layout: Layout): ChartPlan {
  const width = lastRoleColumn(layout) - layout.nameColumn + 1;
  return {
    title: WORKLOAD_CHART_TITLE,
    ranges: [
      gridRange(layout.headerRow, layout.nameColumn, 1, width),
      gridRange(summaryRow(layout, 0), layout.nameColumn, COUNT_ROWS, width),
    ],
    anchor: { row: titleRow(layout), column: statusColumn(layout) + 1 },
    width: CHART_COLUMNS * 100 - 20,
    height: 320,
    colors: ["#0072b2", "#56b4e9", "#e69f00", "#c9c9c9"],
  };
}
