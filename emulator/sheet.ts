/**
 * Sheet: one tab of the spreadsheet. getRange is 1-based; ranges beyond getMaxRows/getMaxColumns throw
 * "The coordinates of the range are outside the dimensions of the sheet."; getLastRow/getLastColumn count
 * cells with values or formulas and are 0 for an empty sheet.
 */
import { parseA1 } from "./a1";
import { EmbeddedChart, EmbeddedChartBuilder, insertChart, removeChart, updateChart } from "./charts";
import { ConditionalFormatRule, fromModel, toModels } from "./conditional";
import { Messages, fail, typeList } from "./errors";
import { type EnumValue, ProtectionType, SheetType, isEnumValue } from "./enums";
import { normalizeColor } from "./format";
import { SHEET, requireInt, requireRange } from "./handles";
import type { Api } from "./kernel";
import {
  DeveloperMetadataApi,
  DeveloperMetadataFinderApi,
  type MetadataOwner,
  addMetadata,
  metadataFacades,
} from "./metadata";
import { ProtectionApi, newProtection } from "./protection";
import { RangeApi, checkedRect } from "./range";
import { RangeListApi } from "./range-list";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type SheetModel } from "./sheet-model";
import { SpreadsheetApi } from "./spreadsheet";
import { deleteLines, insertLines, moveLines, sortRows } from "./structure";

export class SheetApi {
  readonly [SHEET]: SheetModel;

  constructor(
    private readonly api: Api,
    readonly model: SheetModel,
  ) {
    this[SHEET] = model;
  }

  private get wb() {
    return this.api.k.wb;
  }

  private range(r: number, c: number, h: number, w: number): RangeApi {
    return this.api.wrap(new RangeApi(this.api, this.model, { r, c, h, w }), "Range");
  }

  private metadataOwner(): MetadataOwner {
    const model = this.model;
    return { list: () => model.metadata, setList: (l) => (model.metadata = l), sheet: model };
  }

  // --- identity -------------------------------------------------------------------------------------

  getName(): string {
    return this.model.name;
  }
  setName(name: unknown): this {
    if (typeof name !== "string") fail(Messages.signature(typeList([name]), "SpreadsheetApp.Sheet.setName"));
    this.wb.renameSheet(this.model, name);
    return this;
  }
  getSheetId(): number {
    return this.model.id;
  }
  getSheetName(): string {
    return this.model.name;
  }
  getIndex(): number {
    return this.wb.sheets.indexOf(this.model) + 1;
  }
  getType(): EnumValue {
    return SheetType.GRID;
  }
  getParent(): SpreadsheetApi {
    return this.api.wrap(new SpreadsheetApi(this.api), "Spreadsheet");
  }
  activate(): this {
    this.wb.activeSheetId = this.model.id;
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  hideSheet(): this {
    if (!this.model.hidden && this.wb.sheets.every((s) => s === this.model || s.hidden))
      fail(Messages.lastVisibleSheet);
    this.model.hidden = true;
    return this;
  }
  showSheet(): this {
    this.model.hidden = false;
    return this;
  }
  setTabColor(color: unknown): this {
    this.model.tabColor = normalizeColor(color) ?? null;
    return this;
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }

  // --- ranges ---------------------------------------------------------------------------------------

  /** A1 notation of this sheet ("B3", "B3:D7", "2:5", "Sheet1!A1") as a checked rectangle. */
  private rectOf(a1: string) {
    const parsed = parseA1(a1, this.model.maxRows, this.model.maxCols);
    if (
      !parsed ||
      (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== this.model.name.toLowerCase())
    ) {
      fail(Messages.rangeNotFound);
    }
    const { r, c: col, h, w } = parsed.rect;
    return checkedRect(this.model, r + 1, col + 1, h, w);
  }

  /** getRange(a1Notation) or getRange(row, column, numRows?, numColumns?), 1-based. */
  getRange(...args: unknown[]): RangeApi {
    const [a, b, c, d] = args;
    const m = "SpreadsheetApp.Sheet.getRange";
    if (typeof a === "string" && args.length === 1) {
      const rect = this.rectOf(a);
      return this.range(rect.r, rect.c, rect.h, rect.w);
    }
    if (args.length < 2 || args.length > 4) fail(Messages.signature(typeList(args), m));
    const row = requireInt(a, m, args);
    const column = requireInt(b, m, args);
    const numRows = c === undefined ? 1 : requireInt(c, m, args);
    const numColumns = d === undefined ? 1 : requireInt(d, m, args);
    const rect = checkedRect(this.model, row, column, numRows, numColumns);
    return this.range(rect.r, rect.c, rect.h, rect.w);
  }

  /**
   * getSheetValues(startRow, startColumn, numRows, numColumns): the values of that rectangle in one call, as
   * getRange(…).getValues() gives them (Sheet reference: "The two samples below produce the same output").
   */
  getSheetValues(...args: unknown[]): unknown[][] {
    const m = "SpreadsheetApp.Sheet.getSheetValues";
    if (args.length !== 4) fail(Messages.signature(typeList(args), m));
    const [row, column, numRows, numColumns] = args.map((a) => requireInt(a, m, args));
    const rect = checkedRect(this.model, row, column, numRows, numColumns);
    return new RangeApi(this.api, this.model, rect).getValues();
  }

  /** getRangeList(a1Notations): one RangeList over several ranges of this sheet. */
  getRangeList(a1Notations: unknown): RangeListApi {
    const m = "SpreadsheetApp.Sheet.getRangeList";
    if (!Array.isArray(a1Notations) || a1Notations.some((a1) => typeof a1 !== "string")) {
      fail(Messages.signature(typeList([a1Notations]), m));
    }
    const ranges = (a1Notations as string[]).map((a1) => new RangeApi(this.api, this.model, this.rectOf(a1)));
    return this.api.wrap(new RangeListApi(ranges), "RangeList");
  }

  /** From A1 to the last row and column with content (A1 alone for an empty sheet). */
  getDataRange(): RangeApi {
    return this.range(0, 0, Math.max(1, this.model.lastRow()), Math.max(1, this.model.lastColumn()));
  }

  getActiveRange(): RangeApi | null {
    const active = this.wb.activeRange;
    if (!active || active.sheetId !== this.model.id) return this.range(0, 0, 1, 1);
    return this.range(active.rect.r, active.rect.c, active.rect.h, active.rect.w);
  }

  setActiveSelection(selection: unknown): RangeApi {
    const range = typeof selection === "string" ? this.getRange(selection) : selection;
    const h = requireRange(range, "SpreadsheetApp.Sheet.setActiveSelection");
    this.wb.activeSheetId = this.model.id;
    this.wb.activeRange = { sheetId: this.model.id, rect: h.rect };
    return this.range(h.rect.r, h.rect.c, h.rect.h, h.rect.w);
  }

  getLastRow(): number {
    return this.model.lastRow();
  }
  getLastColumn(): number {
    return this.model.lastColumn();
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxCols;
  }

  /** Appends a row of values after the last row with content, growing the sheet when needed. */
  appendRow(rowContents: unknown): this {
    if (!Array.isArray(rowContents))
      fail(Messages.signature(typeList([rowContents]), "SpreadsheetApp.Sheet.appendRow"));
    const row = this.model.lastRow();
    if (row >= this.model.maxRows) insertLines(this.wb, this.model, "rows", this.model.maxRows, 1);
    if (rowContents.length > this.model.maxCols) {
      insertLines(
        this.wb,
        this.model,
        "columns",
        this.model.maxCols,
        rowContents.length - this.model.maxCols,
      );
    }
    // The row is written here, not by a second (counted) call: appendRow is one service call.
    if (rowContents.length > 0)
      new RangeApi(this.api, this.model, { r: row, c: 0, h: 1, w: rowContents.length }).setValues([
        rowContents,
      ]);
    return this;
  }

  // --- inserting and deleting rows/columns ----------------------------------------------------------

  private insert(axis: "rows" | "columns", before1: number, howMany: number): this {
    const max = axis === "rows" ? this.model.maxRows : this.model.maxCols;
    if (before1 < 1 || before1 > max + 1 || howMany < 1) {
      fail(axis === "rows" ? Messages.rowsOutOfBounds : Messages.columnsOutOfBounds);
    }
    insertLines(this.wb, this.model, axis, before1 - 1, howMany);
    return this;
  }

  insertRowBefore(beforePosition: unknown): this {
    return this.insert(
      "rows",
      requireInt(beforePosition, "SpreadsheetApp.Sheet.insertRowBefore", [beforePosition]),
      1,
    );
  }
  insertRowAfter(afterPosition: unknown): this {
    return this.insert(
      "rows",
      requireInt(afterPosition, "SpreadsheetApp.Sheet.insertRowAfter", [afterPosition]) + 1,
      1,
    );
  }
  insertRowsBefore(beforePosition: unknown, howMany: unknown): this {
    const m = "SpreadsheetApp.Sheet.insertRowsBefore";
    const args = [beforePosition, howMany];
    return this.insert("rows", requireInt(beforePosition, m, args), requireInt(howMany, m, args));
  }
  insertRowsAfter(afterPosition: unknown, howMany: unknown): this {
    const m = "SpreadsheetApp.Sheet.insertRowsAfter";
    const args = [afterPosition, howMany];
    return this.insert("rows", requireInt(afterPosition, m, args) + 1, requireInt(howMany, m, args));
  }
  insertRows(rowIndex: unknown, numRows?: unknown): void {
    const m = "SpreadsheetApp.Sheet.insertRows";
    const args = [rowIndex, numRows].filter((a) => a !== undefined);
    this.insert(
      "rows",
      requireInt(rowIndex, m, args),
      numRows === undefined ? 1 : requireInt(numRows, m, args),
    );
  }
  insertColumnBefore(beforePosition: unknown): this {
    return this.insert(
      "columns",
      requireInt(beforePosition, "SpreadsheetApp.Sheet.insertColumnBefore", [beforePosition]),
      1,
    );
  }
  insertColumnAfter(afterPosition: unknown): this {
    return this.insert(
      "columns",
      requireInt(afterPosition, "SpreadsheetApp.Sheet.insertColumnAfter", [afterPosition]) + 1,
      1,
    );
  }
  insertColumnsBefore(beforePosition: unknown, howMany: unknown): this {
    const m = "SpreadsheetApp.Sheet.insertColumnsBefore";
    const args = [beforePosition, howMany];
    return this.insert("columns", requireInt(beforePosition, m, args), requireInt(howMany, m, args));
  }
  insertColumnsAfter(afterPosition: unknown, howMany: unknown): this {
    const m = "SpreadsheetApp.Sheet.insertColumnsAfter";
    const args = [afterPosition, howMany];
    return this.insert("columns", requireInt(afterPosition, m, args) + 1, requireInt(howMany, m, args));
  }
  insertColumns(columnIndex: unknown, numColumns?: unknown): void {
    const m = "SpreadsheetApp.Sheet.insertColumns";
    const args = [columnIndex, numColumns].filter((a) => a !== undefined);
    this.insert(
      "columns",
      requireInt(columnIndex, m, args),
      numColumns === undefined ? 1 : requireInt(numColumns, m, args),
    );
  }

  private remove(axis: "rows" | "columns", position: number, howMany: number): void {
    const max = axis === "rows" ? this.model.maxRows : this.model.maxCols;
    const frozen = axis === "rows" ? this.model.frozenRows : this.model.frozenCols;
    if (position < 1 || howMany < 1 || position + howMany - 1 > max) {
      fail(axis === "rows" ? Messages.rowsOutOfBounds : Messages.columnsOutOfBounds);
    }
    if (max - howMany <= frozen) fail(axis === "rows" ? Messages.deleteAllRows : Messages.deleteAllColumns);
    deleteLines(this.wb, this.model, axis, position - 1, howMany);
  }

  deleteRow(rowPosition: unknown): this {
    this.remove("rows", requireInt(rowPosition, "SpreadsheetApp.Sheet.deleteRow", [rowPosition]), 1);
    return this;
  }
  deleteRows(rowPosition: unknown, howMany: unknown): void {
    const m = "SpreadsheetApp.Sheet.deleteRows";
    this.remove(
      "rows",
      requireInt(rowPosition, m, [rowPosition, howMany]),
      requireInt(howMany, m, [rowPosition, howMany]),
    );
  }
  deleteColumn(columnPosition: unknown): this {
    this.remove(
      "columns",
      requireInt(columnPosition, "SpreadsheetApp.Sheet.deleteColumn", [columnPosition]),
      1,
    );
    return this;
  }
  deleteColumns(columnPosition: unknown, howMany: unknown): void {
    const m = "SpreadsheetApp.Sheet.deleteColumns";
    this.remove(
      "columns",
      requireInt(columnPosition, m, [columnPosition, howMany]),
      requireInt(howMany, m, [columnPosition, howMany]),
    );
  }

  /** moveRows(rowSpec, destinationIndex): moves the rows rowSpec spans before destinationIndex (pre-move). */
  moveRows(rowSpec: unknown, destinationIndex: unknown): void {
    const m = "SpreadsheetApp.Sheet.moveRows";
    const { rect } = requireRange(rowSpec, m);
    const target = requireInt(destinationIndex, m, [rowSpec, destinationIndex]);
    if (target < 1 || target > this.model.maxRows + 1) fail(Messages.rowsOutOfBounds);
    moveLines(this.wb, this.model, "rows", rect.r, rect.h, target - 1);
  }
  moveColumns(columnSpec: unknown, destinationIndex: unknown): void {
    const m = "SpreadsheetApp.Sheet.moveColumns";
    const { rect } = requireRange(columnSpec, m);
    const target = requireInt(destinationIndex, m, [columnSpec, destinationIndex]);
    if (target < 1 || target > this.model.maxCols + 1) fail(Messages.columnsOutOfBounds);
    moveLines(this.wb, this.model, "columns", rect.c, rect.w, target - 1);
  }

  // --- clearing -------------------------------------------------------------------------------------

  private whole() {
    return { r: 0, c: 0, h: this.model.maxRows, w: this.model.maxCols };
  }

  clear(options?: unknown): this {
    this.range(0, 0, this.model.maxRows, this.model.maxCols).clear(options);
    return this;
  }
  clearContents(): this {
    this.wb.clearContent(this.model, this.whole());
    return this;
  }
  clearFormats(): this {
    this.model.clearFormats(this.whole());
    return this;
  }
  clearNotes(): this {
    this.model.notes.clear();
    return this;
  }
  clearConditionalFormatRules(): void {
    this.model.cf = [];
  }

  // --- layout ---------------------------------------------------------------------------------------

  setFrozenRows(rows: unknown): void {
    this.model.frozenRows = Math.max(0, requireInt(rows, "SpreadsheetApp.Sheet.setFrozenRows", [rows]));
  }
  setFrozenColumns(columns: unknown): void {
    this.model.frozenCols = Math.max(
      0,
      requireInt(columns, "SpreadsheetApp.Sheet.setFrozenColumns", [columns]),
    );
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  getFrozenColumns(): number {
    return this.model.frozenCols;
  }

  setColumnWidth(columnPosition: unknown, width: unknown): this {
    const m = "SpreadsheetApp.Sheet.setColumnWidth";
    this.model.colWidths[requireInt(columnPosition, m, [columnPosition, width]) - 1] = requireInt(width, m, [
      columnPosition,
      width,
    ]);
    return this;
  }
  setColumnWidths(startColumn: unknown, numColumns: unknown, width: unknown): this {
    const m = "SpreadsheetApp.Sheet.setColumnWidths";
    const args = [startColumn, numColumns, width];
    const start = requireInt(startColumn, m, args);
    const w = requireInt(width, m, args);
    for (let i = 0; i < requireInt(numColumns, m, args); i++) this.model.colWidths[start - 1 + i] = w;
    return this;
  }
  getColumnWidth(columnPosition: unknown): number {
    return (
      this.model.colWidths[
        requireInt(columnPosition, "SpreadsheetApp.Sheet.getColumnWidth", [columnPosition]) - 1
      ] ?? DEFAULT_COLUMN_WIDTH
    );
  }
  autoResizeColumns(_startColumn: unknown, _numColumns: unknown): this {
    return this;
  }
  autoResizeColumn(_columnPosition: unknown): this {
    return this;
  }
  setRowHeight(rowPosition: unknown, height: unknown): this {
    const m = "SpreadsheetApp.Sheet.setRowHeight";
    this.model.rowHeights[requireInt(rowPosition, m, [rowPosition, height]) - 1] = requireInt(height, m, [
      rowPosition,
      height,
    ]);
    return this;
  }
  setRowHeights(startRow: unknown, numRows: unknown, height: unknown): this {
    const m = "SpreadsheetApp.Sheet.setRowHeights";
    const args = [startRow, numRows, height];
    const start = requireInt(startRow, m, args);
    const h = requireInt(height, m, args);
    for (let i = 0; i < requireInt(numRows, m, args); i++) this.model.rowHeights[start - 1 + i] = h;
    return this;
  }
  getRowHeight(rowPosition: unknown): number {
    return (
      this.model.rowHeights[
        requireInt(rowPosition, "SpreadsheetApp.Sheet.getRowHeight", [rowPosition]) - 1
      ] ?? DEFAULT_ROW_HEIGHT
    );
  }

  private setHidden(which: "hiddenCols" | "hiddenRows", start: number, n: number, hidden: boolean): void {
    for (let i = 0; i < n; i++) this.model[which][start - 1 + i] = hidden ? true : undefined;
  }
  private lines(index: unknown, count: unknown, m: string): [number, number] {
    const args = [index, count].filter((a) => a !== undefined);
    return [requireInt(index, m, args), count === undefined ? 1 : requireInt(count, m, args)];
  }
  hideColumns(columnIndex: unknown, numColumns?: unknown): void {
    this.setHidden(
      "hiddenCols",
      ...this.lines(columnIndex, numColumns, "SpreadsheetApp.Sheet.hideColumns"),
      true,
    );
  }
  showColumns(columnIndex: unknown, numColumns?: unknown): void {
    this.setHidden(
      "hiddenCols",
      ...this.lines(columnIndex, numColumns, "SpreadsheetApp.Sheet.showColumns"),
      false,
    );
  }
  /** hideColumn(range): hides the columns of the range. */
  hideColumn(column: unknown): void {
    const { rect } = requireRange(column, "SpreadsheetApp.Sheet.hideColumn");
    this.setHidden("hiddenCols", rect.c + 1, rect.w, true);
  }
  hideRows(rowIndex: unknown, numRows?: unknown): void {
    this.setHidden("hiddenRows", ...this.lines(rowIndex, numRows, "SpreadsheetApp.Sheet.hideRows"), true);
  }
  showRows(rowIndex: unknown, numRows?: unknown): void {
    this.setHidden("hiddenRows", ...this.lines(rowIndex, numRows, "SpreadsheetApp.Sheet.showRows"), false);
  }
  hideRow(row: unknown): void {
    const { rect } = requireRange(row, "SpreadsheetApp.Sheet.hideRow");
    this.setHidden("hiddenRows", rect.r + 1, rect.h, true);
  }
  isColumnHiddenByUser(columnPosition: unknown): boolean {
    return (
      this.model.hiddenCols[
        requireInt(columnPosition, "SpreadsheetApp.Sheet.isColumnHiddenByUser", [columnPosition]) - 1
      ] === true
    );
  }
  isRowHiddenByUser(rowPosition: unknown): boolean {
    return (
      this.model.hiddenRows[
        requireInt(rowPosition, "SpreadsheetApp.Sheet.isRowHiddenByUser", [rowPosition]) - 1
      ] === true
    );
  }

  // --- embedded charts (charts.ts) -----------------------------------------------------------------

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.api, this.model);
  }
  insertChart(chart: unknown): void {
    insertChart(this.wb, this.model, chart);
  }
  updateChart(chart: unknown): void {
    updateChart(this.model, chart);
  }
  removeChart(chart: unknown): void {
    removeChart(this.model, chart);
  }
  getCharts(): EmbeddedChart[] {
    return this.model.charts.map((m) =>
      this.api.wrap(new EmbeddedChart(this.api, this.model, structuredClone(m)), "EmbeddedChart"),
    );
  }

  // --- conditional formats, protection, metadata, sorting -------------------------------------------

  setConditionalFormatRules(rules: unknown): void {
    this.model.cf = toModels(this.model, rules);
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.model.cf.map((m) => fromModel(this.api, this.model, m));
  }

  /** Sheet.protect: "If the sheet is already protected, this method returns … the existing protection". */
  protect(): ProtectionApi {
    const existing = this.model.protections.find((p) => p.type === "SHEET");
    const model = existing ?? newProtection(this.api, this.model, "SHEET");
    return this.api.wrap(new ProtectionApi(this.api, this.model, model), "Protection");
  }
  getProtections(type: unknown): ProtectionApi[] {
    if (!isEnumValue(type, "ProtectionType"))
      fail(Messages.signature(typeList([type]), "SpreadsheetApp.Sheet.getProtections"));
    return this.model.protections
      .filter((p) => ProtectionType[p.type] === type)
      .map((p) => this.api.wrap(new ProtectionApi(this.api, this.model, p), "Protection"));
  }

  addDeveloperMetadata(...args: unknown[]): this {
    addMetadata(this.api, this.metadataOwner(), args, "SpreadsheetApp.Sheet.addDeveloperMetadata");
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataApi[] {
    return metadataFacades(this.api, this.metadataOwner());
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderApi {
    return this.api.wrap(
      new DeveloperMetadataFinderApi(this.api, [this.metadataOwner()]),
      "DeveloperMetadataFinder",
    );
  }

  /** Sheet.sort(columnPosition, ascending?): sorts the rows below the frozen rows by one column. */
  sort(columnPosition: unknown, ascending?: unknown): this {
    const column = requireInt(columnPosition, "SpreadsheetApp.Sheet.sort", [columnPosition, ascending]);
    const last = this.model.lastRow();
    const start = this.model.frozenRows;
    if (last > start) {
      sortRows(this.wb, this.model, { r: start, c: 0, h: last - start, w: this.model.maxCols }, [
        { column: column - 1, ascending: ascending !== false },
      ]);
    }
    return this;
  }

  toString(): string {
    return "Sheet";
  }
}
