/**
 * Embedded charts (Sheet.newChart/insertChart/getCharts/updateChart/removeChart; EmbeddedChartBuilder,
 * EmbeddedChart, ChartOptions, ContainerInfo) and the `Charts` enums they take.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
 *
 * The builder is a local object, like the other builders (not counted); the chart and its options are
 * service objects (counted). A built chart is a snapshot: "Changes made to the chart are not saved until
 * Sheet.updateChart(chart) is called on the rebuilt chart." A chart's ranges are stored by sheet id and
 * follow inserted and deleted rows and columns, as in Sheets; `chartTable` gives the data table a chart
 * plots (merge strategy, transposition), evaluated live, for tests to check what a chart shows.
 */
import { type Rect, rectA1 } from "./a1";
import { type EnumValue, isEnumValue, makeEnum } from "./enums";
import { Messages, fail, typeList } from "./errors";
import { requireInt, requireRange } from "./handles";
import type { Api } from "./kernel";
import { RangeApi } from "./range";
import type { RangeRef, SheetModel } from "./sheet-model";
import type { Workbook } from "./workbook";

// Enum ChartType, https://developers.google.com/apps-script/reference/charts/chart-type
export const ChartType = makeEnum("ChartType", [
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
] as const);
// "MERGE_COLUMNS (default)", https://developers.google.com/apps-script/reference/charts/chart-merge-strategy
export const ChartMergeStrategy = makeEnum("ChartMergeStrategy", ["MERGE_COLUMNS", "MERGE_ROWS"] as const);
export const ChartHiddenDimensionStrategy = makeEnum("ChartHiddenDimensionStrategy", [
  "IGNORE_BOTH",
  "IGNORE_ROWS",
  "IGNORE_COLUMNS",
  "SHOW_BOTH",
] as const);

/** The `Charts` global, as far as embedded charts need it. */
export function chartsService(): Record<string, unknown> {
  return { ChartType, ChartMergeStrategy, ChartHiddenDimensionStrategy, toString: () => "Charts" };
}

export type OptionValue = string | number | boolean | null | OptionValue[] | { [key: string]: OptionValue };

export interface ChartModel {
  /** Stable within the spreadsheet; null until inserted (EmbeddedChart.getChartId). */
  id: number | null;
  type: string;
  ranges: RangeRef[];
  options: Record<string, OptionValue>;
  /** 1-based anchor cell and pixel offsets (setPosition). */
  position: { row: number; column: number; offsetX: number; offsetY: number };
  mergeStrategy: "MERGE_COLUMNS" | "MERGE_ROWS";
  transpose: boolean;
  numHeaders: number;
  hiddenDimensionStrategy: string;
}

function newModel(): ChartModel {
  return {
    id: null,
    type: "LINE",
    ranges: [],
    options: {},
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    mergeStrategy: "MERGE_COLUMNS",
    transpose: false,
    numHeaders: -1,
    hiddenDimensionStrategy: "IGNORE_ROWS",
  };
}

function cloneModel(m: ChartModel): ChartModel {
  return structuredClone(m);
}

function toOption(value: unknown, method: string): OptionValue {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return value as OptionValue;
  if (isEnumValue(value)) return String(value);
  try {
    return JSON.parse(JSON.stringify(value)) as OptionValue;
  } catch {
    fail(Messages.signature(typeList([value]), method));
  }
}

const sameRef = (a: RangeRef, b: RangeRef) =>
  a.sheetId === b.sheetId &&
  a.rect.r === b.rect.r &&
  a.rect.c === b.rect.c &&
  a.rect.h === b.rect.h &&
  a.rect.w === b.rect.w;

export class EmbeddedChartBuilder {
  private readonly m: ChartModel;

  constructor(
    private readonly api: Api,
    private readonly sheet: SheetModel,
    from?: ChartModel,
  ) {
    this.m = from ? cloneModel(from) : newModel();
  }

  /** "If the range has already been added to the chart, it is not added again." */
  addRange(range: unknown): this {
    const h = requireRange(range, "EmbeddedChartBuilder.addRange");
    const ref = { sheetId: h.sheet.id, rect: { ...h.rect } };
    if (!this.m.ranges.some((r) => sameRef(r, ref))) this.m.ranges.push(ref);
    return this;
  }
  removeRange(range: unknown): this {
    const h = requireRange(range, "EmbeddedChartBuilder.removeRange");
    const ref = { sheetId: h.sheet.id, rect: h.rect };
    this.m.ranges = this.m.ranges.filter((r) => !sameRef(r, ref));
    return this;
  }
  clearRanges(): this {
    this.m.ranges = [];
    return this;
  }
  getRanges(): RangeApi[] {
    return rangesOf(this.api, this.m);
  }
  setChartType(type: unknown): this {
    if (!isEnumValue(type, "ChartType"))
      fail(Messages.signature(typeList([type]), "EmbeddedChartBuilder.setChartType"));
    this.m.type = String(type);
    return this;
  }
  getChartType(): EnumValue {
    return (ChartType as Readonly<Record<string, EnumValue>>)[this.m.type];
  }
  setOption(option: unknown, value: unknown): this {
    if (typeof option !== "string")
      fail(Messages.signature(typeList([option, value]), "EmbeddedChartBuilder.setOption"));
    this.m.options[option] = toOption(value, "EmbeddedChartBuilder.setOption");
    return this;
  }
  setPosition(anchorRowPos: unknown, anchorColPos: unknown, offsetX: unknown, offsetY: unknown): this {
    const m = "EmbeddedChartBuilder.setPosition";
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    const row = requireInt(anchorRowPos, m, args);
    const column = requireInt(anchorColPos, m, args);
    if (row < 1 || column < 1 || row > this.sheet.maxRows || column > this.sheet.maxCols) {
      // Sheets refuses an anchor outside the grid; the wording here is the emulator's (the range message).
      fail("The coordinates of the range are outside the dimensions of the sheet.");
    }
    this.m.position = {
      row,
      column,
      offsetX: requireInt(offsetX, m, args),
      offsetY: requireInt(offsetY, m, args),
    };
    return this;
  }
  getContainer(): ContainerInfo {
    return new ContainerInfo(this.m.position);
  }
  setMergeStrategy(strategy: unknown): this {
    if (!isEnumValue(strategy, "ChartMergeStrategy"))
      fail(Messages.signature(typeList([strategy]), "EmbeddedChartBuilder.setMergeStrategy"));
    this.m.mergeStrategy = String(strategy) as ChartModel["mergeStrategy"];
    return this;
  }
  setTransposeRowsAndColumns(transpose: unknown): this {
    this.m.transpose = transpose === true;
    return this;
  }
  setNumHeaders(headers: unknown): this {
    this.m.numHeaders = requireInt(headers, "EmbeddedChartBuilder.setNumHeaders", [headers]);
    return this;
  }
  setHiddenDimensionStrategy(strategy: unknown): this {
    if (!isEnumValue(strategy, "ChartHiddenDimensionStrategy"))
      fail(Messages.signature(typeList([strategy]), "EmbeddedChartBuilder.setHiddenDimensionStrategy"));
    this.m.hiddenDimensionStrategy = String(strategy);
    return this;
  }

  // The typed builders (asColumnChart()…) are this builder with the type set; the few of their setters
  // that are shorthands for options are kept here.
  private as(type: keyof typeof ChartType): this {
    this.m.type = type;
    return this;
  }
  asAreaChart(): this {
    return this.as("AREA");
  }
  asBarChart(): this {
    return this.as("BAR");
  }
  asColumnChart(): this {
    return this.as("COLUMN");
  }
  asComboChart(): this {
    return this.as("COMBO");
  }
  asLineChart(): this {
    return this.as("LINE");
  }
  asPieChart(): this {
    return this.as("PIE");
  }
  asScatterChart(): this {
    return this.as("SCATTER");
  }
  asTableChart(): this {
    return this.as("TABLE");
  }
  setStacked(): this {
    this.m.options.isStacked = true;
    return this;
  }
  setTitle(title: unknown): this {
    return this.setOption("title", String(title));
  }
  setColors(colors: unknown): this {
    return this.setOption("colors", colors);
  }

  build(): EmbeddedChart {
    return new EmbeddedChart(this.api, this.sheet, cloneModel(this.m));
  }
}

export class ContainerInfo {
  constructor(private readonly p: ChartModel["position"]) {}
  getAnchorRow(): number {
    return this.p.row;
  }
  getAnchorColumn(): number {
    return this.p.column;
  }
  getOffsetX(): number {
    return this.p.offsetX;
  }
  getOffsetY(): number {
    return this.p.offsetY;
  }
}

export class ChartOptions {
  constructor(private readonly options: Record<string, OptionValue>) {}
  /** The option's value, or null when it is not set. */
  get(option: unknown): OptionValue {
    return typeof option === "string" ? (structuredClone(this.options[option]) ?? null) : null;
  }
}

function rangesOf(api: Api, m: ChartModel): RangeApi[] {
  return m.ranges.flatMap((r) => {
    const sheet = api.k.wb.sheetById(r.sheetId);
    return sheet ? [api.wrap(new RangeApi(api, sheet, r.rect), "Range")] : [];
  });
}

export class EmbeddedChart {
  constructor(
    private readonly api: Api,
    readonly sheet: SheetModel,
    readonly model: ChartModel,
  ) {}

  getChartId(): number | null {
    return this.model.id;
  }
  getRanges(): RangeApi[] {
    return rangesOf(this.api, this.model);
  }
  getOptions(): ChartOptions {
    return this.api.wrap(new ChartOptions(this.model.options), "ChartOptions");
  }
  getContainerInfo(): ContainerInfo {
    return this.api.wrap(new ContainerInfo(this.model.position), "ContainerInfo");
  }
  getMergeStrategy(): EnumValue {
    return ChartMergeStrategy[this.model.mergeStrategy];
  }
  getTransposeRowsAndColumns(): boolean {
    return this.model.transpose;
  }
  getNumHeaders(): number {
    return this.model.numHeaders;
  }
  getHiddenDimensionStrategy(): EnumValue {
    return (ChartHiddenDimensionStrategy as Readonly<Record<string, EnumValue>>)[
      this.model.hiddenDimensionStrategy
    ];
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.api, this.sheet, this.model);
  }
}

function requireChart(chart: unknown, method: string): EmbeddedChart {
  if (!(chart instanceof EmbeddedChart)) fail(Messages.signature(typeList([chart]), method));
  return chart;
}

/** Sheet.insertChart: the chart gets its id and is drawn on the sheet. */
export function insertChart(wb: Workbook, sheet: SheetModel, chart: unknown): void {
  const built = requireChart(chart, "SpreadsheetApp.Sheet.insertChart");
  const model = cloneModel(built.model);
  model.id = wb.nextId();
  built.model.id = model.id;
  sheet.charts.push(model);
}

/** Sheet.updateChart: replaces the chart of the same id on this sheet. */
export function updateChart(sheet: SheetModel, chart: unknown): void {
  const built = requireChart(chart, "SpreadsheetApp.Sheet.updateChart");
  const index = sheet.charts.findIndex((c) => c.id !== null && c.id === built.model.id);
  if (index < 0) fail("The chart does not exist on this sheet."); // emulator wording
  sheet.charts[index] = cloneModel(built.model);
}

/** Sheet.removeChart. */
export function removeChart(sheet: SheetModel, chart: unknown): void {
  const built = requireChart(chart, "SpreadsheetApp.Sheet.removeChart");
  const index = sheet.charts.findIndex((c) => c.id !== null && c.id === built.model.id);
  if (index < 0) fail("The chart does not exist on this sheet."); // emulator wording
  sheet.charts.splice(index, 1);
}

/** A summary of a chart for tests: its type, ranges (A1), options, anchor, and the table it plots. */
export interface ChartView {
  id: number | null;
  type: string;
  ranges: string[];
  options: Record<string, OptionValue>;
  position: ChartModel["position"];
  table: unknown[][];
}

/**
 * The data table a chart draws: the ranges' values side by side (MERGE_COLUMNS) or one under another
 * (MERGE_ROWS), then rows and columns swapped when the chart transposes them.
 */
export function chartTable(api: Api, model: ChartModel): unknown[][] {
  const blocks = rangesOf(api, model).map((range) => range.getValues());
  let table: unknown[][] = [];
  if (model.mergeStrategy === "MERGE_ROWS") table = blocks.flat();
  else {
    const height = Math.max(0, ...blocks.map((b) => b.length));
    table = Array.from({ length: height }, (_, i) => blocks.flatMap((b) => b[i] ?? b[0].map(() => "")));
  }
  if (!model.transpose || table.length === 0) return table;
  return table[0].map((_, c) => table.map((row) => row[c]));
}

export function chartView(api: Api, model: ChartModel): ChartView {
  return {
    id: model.id,
    type: model.type,
    ranges: model.ranges.map((r) => {
      const name = api.k.wb.sheetById(r.sheetId)?.name ?? "?";
      return `${name}!${rectA1(r.rect)}`;
    }),
    options: structuredClone(model.options),
    position: { ...model.position },
    table: chartTable(api, model),
  };
}

/** Rows or columns inserted or deleted: chart ranges on that sheet follow, and vanish when deleted; so do anchors. */
export function moveChartRanges(wb: Workbook, sheetId: number, move: (rect: Rect) => Rect | null): void {
  for (const s of wb.sheets) {
    for (const chart of s.charts) {
      if (s.id === sheetId) {
        // The chart floats over its anchor cell and moves with it; it stays put when that cell is deleted.
        const { row, column } = chart.position;
        const anchor = move({ r: row - 1, c: column - 1, h: 1, w: 1 });
        if (anchor) chart.position = { ...chart.position, row: anchor.r + 1, column: anchor.c + 1 };
      }
      chart.ranges = chart.ranges.flatMap((ref) => {
        if (ref.sheetId !== sheetId) return [ref];
        const rect = move(ref.rect);
        return rect ? [{ ...ref, rect }] : [];
      });
    }
  }
}
