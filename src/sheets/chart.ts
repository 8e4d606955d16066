/**
 * Puts the workload chart beside the summary, or brings the add-on's existing one up to date. A chart is
 * the add-on's when its title is the add-on's (charts carry no developer metadata); every other chart on
 * the sheet is the user's and is left alone. An existing chart keeps the place and size people gave it.
 * (EmbeddedChartBuilder: "Changes made to the chart are not saved until Sheet.updateChart(chart) is
 * called", https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder)
 */
import type { ChartPlan } from "../core/plan/types";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function applyChart(sheet: Sheet, plan: ChartPlan): void {
  // One getCharts, then the titles until ours is found: a few calls, whatever the size of the matrix.
  const titles = new Set([plan.title, ...(plan.formerTitles ?? [])]);
  const ours = sheet.getCharts().find((chart) => titles.has(String(chart.getOptions().get("title"))));
  const builder = ours
    ? ours.modify().clearRanges()
    : sheet
        .newChart()
        .setPosition(plan.anchor.row, plan.anchor.column, 8, 0)
        .setOption("width", plan.width)
        .setOption("height", plan.height);
  for (const { row, column, numRows, numColumns } of plan.ranges) {
    builder.addRange(sheet.getRange(row, column, numRows, numColumns));
  }
  const chart = builder
    .setChartType(Charts.ChartType.COLUMN)
    // Workload: the header row on top of the count rows, then switched, one series per part. Overview: a
    // row per role already, one series per matrix column.
    .setMergeStrategy(
      plan.transpose ? Charts.ChartMergeStrategy.MERGE_ROWS : Charts.ChartMergeStrategy.MERGE_COLUMNS,
    )
    .setTransposeRowsAndColumns(plan.transpose)
    .setNumHeaders(1)
    .setOption("title", plan.title)
    .setOption("isStacked", true)
    .setOption("colors", plan.colors)
    .setOption("legend", { position: "bottom" })
    .build();
  if (ours) sheet.updateChart(chart);
  else sheet.insertChart(chart);
}
