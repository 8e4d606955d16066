/**
 * The workload chart beside the summary: an embedded stacked column chart fed by the summary formulas,
 * so it follows every edit with no script running; refresh keeps one, and only the add-on's.
 * (EmbeddedChart reference: https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart)
 */
import type { ChartView } from "../../emulator";
import { loadAddon, type Addon, type MatrixSpec } from "../helpers/addon";

const TITLE = "Workload per role: A, R, C, I (RACI Matrix for Sheets)";
const HEADER_ROW = 8;

function chartsOf(addon: Addon, sheetName: string): ChartView[] {
  return addon.emulator.charts(sheetName);
}

function ours(addon: Addon, sheetName: string): ChartView[] {
  return chartsOf(addon, sheetName).filter((c) => c.options.title === TITLE);
}

/** Each role's row of the plotted table, as [role, A, R, C, I], from the report's counts. */
function expectedRows(addon: Addon, sheetName: string): unknown[][] {
  return addon.analyze(sheetName).roles.map((r) => [r.role, r.A, r.R, r.C, r.I]);
}

function spec(initiatives: number, roles: number): MatrixSpec {
  const names = Array.from({ length: roles }, (_, i) => `Role ${i + 1}`);
  return {
    template: "blank",
    title: `M ${initiatives}x${roles}`,
    roles: names,
    ownerPair: [names[0], names[1]],
    initiatives: Array.from({ length: initiatives }, (_, i) => ({
      name: `Initiative ${i + 1}`,
      assignments: { [names[i % roles]]: "A", [names[(i + 1) % roles]]: "R" },
    })),
  };
}

describe("the workload chart", () => {
  let addon: Addon;
  let sheetName: string;

  beforeEach(() => {
    addon = loadAddon();
    sheetName = addon.generate({ template: "coo-cos" }).sheetName;
  });

  it("is a stacked column chart right of the matrix (Status, Decision, Decided on, Agreed by, Notes, the hidden check), at the title row", () => {
    const charts = chartsOf(addon, sheetName);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: "COLUMN",
      options: { title: TITLE, isStacked: true },
      position: { row: 1, column: 13 },
    });
  });

  it("reads the header and the A, R, C, I summary rows: one column per role, one series per letter", () => {
    const [chart] = chartsOf(addon, sheetName);
    expect(chart.ranges).toEqual([`${sheetName}!B8:F8`, `${sheetName}!B3:F6`]);
    const [header, ...rows] = chart.table;
    expect(header).toEqual([
      "Initiative",
      "A · Accountable: owns the outcome",
      "R · Responsible: does the work",
      "C · Consulted: gives input before",
      "I · Informed: told after",
    ]);
    expect(rows).toEqual(expectedRows(addon, sheetName));
  });

  it("follows edits to the codes with no script running (the summary formulas feed it)", () => {
    const sheet = addon.sheet(sheetName);
    const before = chartsOf(addon, sheetName)[0].table[2]; // COO
    sheet.getRange(HEADER_ROW + 1, 4).setValue("I"); // not through the add-on: no onEdit, no call
    const after = chartsOf(addon, sheetName)[0].table[2];
    expect(after).not.toEqual(before);
    expect(chartsOf(addon, sheetName)[0].table.slice(1)).toEqual(expectedRows(addon, sheetName));
  });

  it("survives refresh as one chart, which then covers a role added by hand", () => {
    addon.refresh(sheetName);
    addon.refresh(sheetName);
    expect(ours(addon, sheetName)).toHaveLength(1);
    const sheet = addon.sheet(sheetName);
    sheet.insertColumnBefore(7); // a new role before Status
    sheet.getRange(HEADER_ROW, 7).setValue("CFO");
    addon.refresh(sheetName);
    const charts = ours(addon, sheetName);
    expect(charts).toHaveLength(1);
    expect(charts[0].ranges).toEqual([`${sheetName}!B8:G8`, `${sheetName}!B3:G6`]);
    expect(charts[0].table.slice(1)).toEqual(expectedRows(addon, sheetName));
  });

  it("keeps the place people moved it to, and never touches a user's chart", () => {
    const sheet = addon.sheet(sheetName);
    const mine = sheet
      .newChart()
      .setChartType((addon.emulator.globals.Charts as { ChartType: { PIE: unknown } }).ChartType.PIE)
      .addRange(sheet.getRange("C3:F3"))
      .setOption("title", "My accountability pie")
      .setPosition(25, 2, 0, 0)
      .build();
    sheet.insertChart(mine);
    const [chart] = sheet.getCharts().filter((c) => c.getOptions().get("title") === TITLE);
    sheet.updateChart(chart.modify().setPosition(20, 10, 0, 0).build());
    const userChartBefore = chartsOf(addon, sheetName).find((c) => c.options.title !== TITLE);

    addon.refresh(sheetName);

    expect(chartsOf(addon, sheetName)).toHaveLength(2);
    expect(chartsOf(addon, sheetName).find((c) => c.options.title !== TITLE)).toEqual(userChartBefore);
    expect(ours(addon, sheetName)[0].position).toMatchObject({ row: 20, column: 10 });
  });

  it("adds itself again on refresh if someone deleted it", () => {
    const sheet = addon.sheet(sheetName);
    sheet.removeChart(sheet.getCharts()[0]);
    addon.refresh(sheetName);
    expect(ours(addon, sheetName)).toHaveLength(1);
  });

  it("costs the same service calls on a 10 × 4 and a 2,000 × 40 matrix, on generate and on refresh", () => {
    const counts = [spec(10, 4), spec(2000, 40)].map((s) => {
      const a = loadAddon();
      a.emulator.calls.reset();
      const name = a.generate(s).sheetName;
      const generate = a.emulator.calls.total;
      a.emulator.calls.reset();
      a.refresh(name);
      const chartCalls = Object.entries(a.emulator.calls.byMethod)
        .filter(([method]) => /Chart|ChartOptions/.test(method))
        .reduce((sum, [, n]) => sum + n, 0);
      return { generate, refresh: a.emulator.calls.total, chartCalls };
    });
    expect(counts[1]).toEqual(counts[0]);
    // getCharts, getOptions and get for the one chart, modify, updateChart.
    expect(counts[0].chartCalls).toBeLessThanOrEqual(5);
  });
});
