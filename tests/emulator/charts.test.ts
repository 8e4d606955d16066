/**
 * Embedded charts, after the reference: https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 * and https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
 */
import { bundleFrom, setup } from "./helpers";

const SCRIPT = `
function build() {
  var sheet = SpreadsheetApp.getActiveSheet();
  var chart = sheet.newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(sheet.getRange("A1:C1"))
    .addRange(sheet.getRange("A3:C4"))
    .addRange(sheet.getRange("A3:C4"))
    .setMergeStrategy(Charts.ChartMergeStrategy.MERGE_ROWS)
    .setTransposeRowsAndColumns(true)
    .setNumHeaders(1)
    .setOption("title", "Load")
    .setOption("isStacked", true)
    .setPosition(2, 5, 10, 0)
    .build();
  sheet.insertChart(chart);
  return chart.getChartId();
}
function retitle(title) {
  var sheet = SpreadsheetApp.getActiveSheet();
  var chart = sheet.getCharts()[0];
  var rebuilt = chart.modify().setOption("title", title).build();
  var before = sheet.getCharts()[0].getOptions().get("title");
  sheet.updateChart(rebuilt);
  return [before, sheet.getCharts()[0].getOptions().get("title")];
}
function removeAll() {
  var sheet = SpreadsheetApp.getActiveSheet();
  sheet.getCharts().forEach(function (c) { sheet.removeChart(c); });
  return sheet.getCharts().length;
}
`;

function withTable() {
  const env = setup();
  env.sheet.getRange("A1:C4").setValues([
    ["", "COO", "CoS"],
    ["ignored", 9, 9],
    ["A", 2, "=1+0"],
    ["R", 3, 4],
  ]);
  return { ...env, script: bundleFrom(env.emu, SCRIPT) };
}

describe("embedded charts", () => {
  test("newChart…build then insertChart draws a chart with an id, its ranges (added once each) and options", () => {
    const { emu, script } = withTable();
    const id = script.build() as number;
    expect(typeof id).toBe("number");
    const [chart] = emu.charts("Sheet1");
    expect(chart).toMatchObject({
      id,
      type: "COLUMN",
      ranges: ["Sheet1!A1:C1", "Sheet1!A3:C4"],
      options: { title: "Load", isStacked: true },
      position: { row: 2, column: 5, offsetX: 10, offsetY: 0 },
    });
  });

  test("the plotted table merges the ranges by rows, transposes them, and is evaluated live", () => {
    const { emu, sheet, script } = withTable();
    script.build();
    expect(emu.charts("Sheet1")[0].table).toEqual([
      ["", "A", "R"],
      ["COO", 2, 3],
      ["CoS", 1, 4],
    ]);
    sheet.getRange("B3").setValue(7);
    expect(emu.charts("Sheet1")[0].table[1]).toEqual(["COO", 7, 3]);
  });

  test("a built chart is a snapshot: modify() changes nothing until updateChart", () => {
    const { emu, script } = withTable();
    script.build();
    expect(script.retitle("New")).toEqual(["Load", "New"]);
    expect(emu.charts("Sheet1")).toHaveLength(1);
  });

  test("chart ranges and the anchor cell follow inserted and deleted rows, as Sheets does", () => {
    const { emu, sheet, script } = withTable();
    script.build();
    sheet.insertRowsBefore(1, 2);
    expect(emu.charts("Sheet1")[0].ranges).toEqual(["Sheet1!A3:C3", "Sheet1!A5:C6"]);
    expect(emu.charts("Sheet1")[0].position).toMatchObject({ row: 4, column: 5 });
    sheet.deleteRows(3, 1);
    expect(emu.charts("Sheet1")[0].ranges).toEqual(["Sheet1!A4:C5"]);
  });

  test("removeChart removes it; chart calls are counted as service calls, builder calls are not", () => {
    const { emu, script } = withTable();
    script.build();
    emu.calls.reset();
    expect(script.removeAll()).toBe(0);
    expect(emu.calls.byMethod).toMatchObject({
      "Sheet.getCharts": 2,
      "Sheet.removeChart": 1,
    });
    emu.calls.reset();
    script.build();
    expect(Object.keys(emu.calls.byMethod).some((m) => m.startsWith("EmbeddedChartBuilder"))).toBe(false);
    expect(emu.calls.byMethod["Sheet.insertChart"]).toBe(1);
  });

  test("setPosition outside the sheet and a chart type that is not a Charts.ChartType are refused", () => {
    const { sheet } = withTable();
    expect(() => sheet.newChart().setPosition(1001, 1, 0, 0)).toThrow(/outside the dimensions/);
    expect(() => sheet.newChart().setChartType("COLUMN")).toThrow(/method signature/);
  });

  test("charts survive saving and restoring the workbook state", () => {
    const { emu, script } = withTable();
    script.build();
    const restored = setup({ state: emu.toJSON() }).emu;
    expect(restored.charts("Sheet1")).toEqual(emu.charts("Sheet1"));
  });
});
