/**
 * The workload chart: one stacked column per role, its A, R, C and I counts (its kind's parts: A, D, C, I
 * in DACI, A, R, S, C, I in RASCI) read from the summary rows' formulas, so it stays live for every collaborator without a script running. The add-on recognises its
 * chart by this title (charts carry no developer metadata); a chart retitled by hand is the user's.
 */
import { PRODUCT_NAME } from "../keys";
import { codeOf, KINDS, MATRIX_KINDS, type Kind } from "../kinds";
import type { MatrixKind, Part } from "../types";
import { decorList, type DecorRows } from "./decor";
import { gridRange } from "./grid";
import { lastRoleColumn, rightColumn, type Layout } from "./layout";
import type { ChartPlan } from "./types";

/** "Workload per role: A, R, C, I (RACI Matrix for Sheets)"; "A, D, C, I" in DACI. */
const chartTitle = (kind: Kind): string =>
  `Workload per role: ${kind.parts.map((part) => codeOf(kind, part)).join(", ")} (${PRODUCT_NAME})`;

/** Every kind's title, so the chart is still the add-on's after the matrix's kind changed. */
const ALL_TITLES: readonly string[] = MATRIX_KINDS.map((name) => chartTitle(KINDS[name]));

/** Empty columns a new matrix keeps right of Status, for the chart to sit on beside the summary. */
export const CHART_COLUMNS = 6;

/** Series colours, strong to light, the owners darkest (Okabe–Ito, as palette.ts). */
const PART_COLOURS: Readonly<Record<Part, string>> = {
  A: "#0072b2",
  R: "#56b4e9",
  S: "#009e73",
  C: "#e69f00",
  I: "#c9c9c9",
};

/**
 * The chart of a matrix whose count rows (one per part of its kind: A, R, C, I) are all there (found where
 * the add-on wrote them, so a row someone inserted between them is not plotted); none otherwise.
 */
export function workloadChart(layout: Layout, decor: DecorRows, kindName: MatrixKind): ChartPlan | undefined {
  const kind = KINDS[kindName];
  const counts = kind.parts.map((part) => decor.summary[kind.summary.findIndex((row) => row.part === part)]);
  if (counts.some((row) => row === null || row === undefined)) return undefined;
  const width = lastRoleColumn(layout) - layout.nameColumn + 1;
  const rows = counts as number[];
  const together = rows.every((row, i) => row === rows[0] + i);
  const top = decorList(decor)[0]?.row ?? layout.headerRow;
  return {
    title: chartTitle(kind),
    formerTitles: ALL_TITLES.filter((title) => title !== chartTitle(kind)),
    ranges: [
      gridRange(layout.headerRow, layout.nameColumn, 1, width),
      ...(together
        ? [gridRange(rows[0], layout.nameColumn, rows.length, width)]
        : rows.map((row) => gridRange(row, layout.nameColumn, 1, width))),
    ],
    // Beside the summary, right of the matrix (Status, or Notes), from the title row (just above the first decor row).
    anchor: { row: Math.max(1, top - 1), column: rightColumn(layout) + 1 },
    width: CHART_COLUMNS * 100 - 20,
    height: 320,
    colors: kind.parts.map((part) => PART_COLOURS[part]),
    transpose: true,
  };
}
