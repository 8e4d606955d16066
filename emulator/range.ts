/**
 * Range: a block of cells on a sheet (coordinates only, like Apps Script's Range, which does not follow
 * later row insertions). Reads evaluate formulas through HyperFormula only when the block holds formulas.
 */
import { type Rect, contains, intersects, rectA1 } from "./a1";
import { ProtectionApi, newProtection } from "./protection";
import { Messages, fail, typeList } from "./errors";
import { type EnumValue, WrapStrategy, isEnumValue } from "./enums";
import { formatDisplay, normalizeColor } from "./format";
import type { Evaluated } from "./formulas";
import { RANGE, type RangeHandle, requireInt } from "./handles";
import type { Api } from "./kernel";
import { SheetApi } from "./sheet";
import type { FormatKey, FormatTypes, SheetModel } from "./sheet-model";
import { type SortKey, sortRows } from "./structure";
import { DataValidation, validationModelOf } from "./validation";
import {
  DEFAULT_NUMBER_FORMAT,
  instantFromWallMs,
  isDateFormat,
  parseWritten,
  serialToWallMs,
} from "./values";

const DEFAULTS: FormatTypes = {
  background: "#ffffff",
  fontColor: "#000000",
  fontWeight: "normal",
  fontSize: 10,
  fontStyle: "normal",
  fontFamily: "Arial",
  fontLine: "none",
  hAlign: "general",
  vAlign: "bottom",
  wrap: "OVERFLOW",
  numberFormat: DEFAULT_NUMBER_FORMAT,
  border: "",
};

/** Validates 1-based coordinates as Sheet.getRange does and returns the 0-based rectangle. */
export function checkedRect(
  sheet: SheetModel,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): Rect {
  if (row < 1) fail(Messages.rowTooSmall);
  if (col < 1) fail(Messages.columnTooSmall);
  if (numRows < 1) fail(Messages.numRowsTooSmall);
  if (numCols < 1) fail(Messages.numColumnsTooSmall);
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) fail(Messages.outsideSheet);
  return { r: row - 1, c: col - 1, h: numRows, w: numCols };
}

/** Checks a 2-D argument against the range's shape (the reference's dimension errors). */
function matrix(values: unknown, rect: Rect, method: string): unknown[][] {
  if (!Array.isArray(values) || !values.every((row) => Array.isArray(row))) {
    fail(Messages.signature(typeList([values]), `SpreadsheetApp.Range.${method}`));
  }
  const rows = values as unknown[][];
  if (rows.length !== rect.h) fail(Messages.rowsMismatch(rows.length, rect.h));
  for (const row of rows) if (row.length !== rect.w) fail(Messages.columnsMismatch(row.length, rect.w));
  return rows;
}

const toWeight = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));
const toText = toWeight;
const toSize = (v: unknown): number | undefined => (v === null || v === undefined ? undefined : Number(v));

export class RangeApi {
  readonly [RANGE]: RangeHandle;

  constructor(
    private readonly api: Api,
    readonly sheet: SheetModel,
    readonly rect: Rect,
  ) {
    this[RANGE] = { sheet, rect };
  }

  private get wb() {
    return this.api.k.wb;
  }

  private child(rect: Rect): RangeApi {
    return this.api.wrap(new RangeApi(this.api, this.sheet, rect), "Range");
  }

  // --- geometry -------------------------------------------------------------------------------------

  getRow(): number {
    return this.rect.r + 1;
  }
  getColumn(): number {
    return this.rect.c + 1;
  }
  getRowIndex(): number {
    return this.rect.r + 1;
  }
  getNumRows(): number {
    return this.rect.h;
  }
  getNumColumns(): number {
    return this.rect.w;
  }
  getHeight(): number {
    return this.rect.h;
  }
  getWidth(): number {
    return this.rect.w;
  }
  getLastRow(): number {
    return this.rect.r + this.rect.h;
  }
  getLastColumn(): number {
    return this.rect.c + this.rect.w;
  }
  getA1Notation(): string {
    return rectA1(this.rect);
  }
  getGridId(): number {
    return this.sheet.id;
  }
  getSheet(): SheetApi {
    return this.api.wrap(new SheetApi(this.api, this.sheet), "Sheet");
  }

  getCell(row: unknown, column: unknown): RangeApi {
    const r = requireInt(row, "SpreadsheetApp.Range.getCell", [row, column]);
    const c = requireInt(column, "SpreadsheetApp.Range.getCell", [row, column]);
    if (r < 1 || c < 1 || r > this.rect.h || c > this.rect.w) fail("Cell reference out of range");
    return this.child({ r: this.rect.r + r - 1, c: this.rect.c + c - 1, h: 1, w: 1 });
  }

  offset(rowOffset: unknown, columnOffset: unknown, numRows?: unknown, numColumns?: unknown): RangeApi {
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((a) => a !== undefined);
    const m = "SpreadsheetApp.Range.offset";
    const dr = requireInt(rowOffset, m, args);
    const dc = requireInt(columnOffset, m, args);
    const h = numRows === undefined ? this.rect.h : requireInt(numRows, m, args);
    const w = numColumns === undefined ? this.rect.w : requireInt(numColumns, m, args);
    return this.child(checkedRect(this.sheet, this.rect.r + 1 + dr, this.rect.c + 1 + dc, h, w));
  }

  // --- values ---------------------------------------------------------------------------------------

  private scriptValue(v: Evaluated, r: number, c: number): unknown {
    if (v === null) return "";
    if (typeof v === "number" && this.sheet.formats.numberFormat.count > 0) {
      const fmt = this.sheet.numberFormat(r, c);
      if (isDateFormat(fmt)) {
        return new this.api.k.realm.Date(instantFromWallMs(serialToWallMs(v), this.wb.timeZone));
      }
    }
    return v;
  }

  getValues(): unknown[][] {
    return this.wb.readBlock(this.sheet, this.rect, (v, r, c) => this.scriptValue(v, r, c));
  }

  getValue(): unknown {
    const { r, c } = this.rect;
    return this.scriptValue(this.wb.evaluated(this.sheet, r, c), r, c);
  }

  getDisplayValues(): string[][] {
    return this.wb.readBlock(this.sheet, this.rect, (v, r, c) =>
      formatDisplay(v, this.sheet.numberFormat(r, c)),
    );
  }

  getDisplayValue(): string {
    const { r, c } = this.rect;
    return formatDisplay(this.wb.evaluated(this.sheet, r, c), this.sheet.numberFormat(r, c));
  }

  getFormulas(): string[][] {
    return this.block((r, c) => this.sheet.formulas.get(r, c) ?? "");
  }

  getFormula(): string {
    return this.sheet.formulas.get(this.rect.r, this.rect.c) ?? "";
  }

  isBlank(): boolean {
    return !this.sheet.values.anyIn(this.rect) && !this.sheet.formulas.anyIn(this.rect);
  }

  private writeEach(valueAt: (i: number, j: number) => unknown, asFormula = false): this {
    const tz = this.wb.timeZone;
    const { r, c, h, w } = this.rect;
    const formats = this.sheet.formats.numberFormat;
    for (let i = 0; i < h; i++) {
      for (let j = 0; j < w; j++) {
        const v = valueAt(i, j);
        const fmt = formats.count > 0 ? formats.get(r + i, c + j) : undefined;
        const input =
          asFormula && typeof v === "string" && v.startsWith("=")
            ? { formula: v }
            : parseWritten(v, asFormula ? undefined : fmt, tz);
        this.sheet.writeCell(r + i, c + j, input);
      }
    }
    this.wb.mirror.markDirty(this.sheet, this.rect);
    return this;
  }

  setValues(values: unknown): this {
    const rows = matrix(values, this.rect, "setValues");
    return this.writeEach((i, j) => rows[i]?.[j]);
  }

  /** Sets every cell of the range to the same value. */
  setValue(value: unknown): this {
    return this.writeEach(() => value);
  }

  setFormulas(formulas: unknown): this {
    const rows = matrix(formulas, this.rect, "setFormulas");
    return this.writeEach((i, j) => rows[i]?.[j], true);
  }

  setFormula(formula: unknown): this {
    return this.writeEach(() => formula, true);
  }

  // --- formats --------------------------------------------------------------------------------------

  private block<T>(at: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.rect.h; i++) {
      const row: T[] = [];
      for (let j = 0; j < this.rect.w; j++) row.push(at(this.rect.r + i, this.rect.c + j));
      out.push(row);
    }
    return out;
  }

  private setFmt<K extends FormatKey>(key: K, value: FormatTypes[K] | undefined): this {
    this.sheet.formats[key].fill(this.rect, value);
    return this;
  }

  private setFmts<K extends FormatKey>(
    key: K,
    values: unknown,
    method: string,
    conv: (v: unknown) => FormatTypes[K] | undefined,
  ): this {
    const rows = matrix(values, this.rect, method);
    rows.forEach((row, i) =>
      row.forEach((v, j) => this.sheet.formats[key].set(this.rect.r + i, this.rect.c + j, conv(v))),
    );
    return this;
  }

  private getFmts<K extends FormatKey>(key: K): FormatTypes[K][][] {
    const grid = this.sheet.formats[key];
    return this.block((r, c) => grid.get(r, c) ?? DEFAULTS[key]);
  }

  private getFmt<K extends FormatKey>(key: K): FormatTypes[K] {
    return this.sheet.formats[key].get(this.rect.r, this.rect.c) ?? DEFAULTS[key];
  }

  setNumberFormat(format: unknown): this {
    return this.setFmt("numberFormat", toText(format));
  }
  setNumberFormats(formats: unknown): this {
    return this.setFmts("numberFormat", formats, "setNumberFormats", toText);
  }
  getNumberFormat(): string {
    return this.getFmt("numberFormat");
  }
  getNumberFormats(): string[][] {
    return this.getFmts("numberFormat");
  }

  setBackground(color: unknown): this {
    return this.setFmt("background", normalizeColor(color));
  }
  setBackgroundRGB(red: unknown, green: unknown, blue: unknown): this {
    const hex = [red, green, blue].map((n) => Number(n).toString(16).padStart(2, "0")).join("");
    return this.setFmt("background", `#${hex}`);
  }
  setBackgrounds(colors: unknown): this {
    return this.setFmts("background", colors, "setBackgrounds", normalizeColor);
  }
  getBackground(): string {
    return this.getFmt("background");
  }
  getBackgrounds(): string[][] {
    return this.getFmts("background");
  }

  setFontColor(color: unknown): this {
    return this.setFmt("fontColor", normalizeColor(color));
  }
  setFontColors(colors: unknown): this {
    return this.setFmts("fontColor", colors, "setFontColors", normalizeColor);
  }
  getFontColor(): string {
    return this.getFmt("fontColor");
  }
  getFontColors(): string[][] {
    return this.getFmts("fontColor");
  }

  setFontWeight(weight: unknown): this {
    return this.setFmt("fontWeight", toWeight(weight));
  }
  setFontWeights(weights: unknown): this {
    return this.setFmts("fontWeight", weights, "setFontWeights", toWeight);
  }
  getFontWeight(): string {
    return this.getFmt("fontWeight");
  }
  getFontWeights(): string[][] {
    return this.getFmts("fontWeight");
  }

  setFontSize(size: unknown): this {
    return this.setFmt("fontSize", toSize(size));
  }
  setFontSizes(sizes: unknown): this {
    return this.setFmts("fontSize", sizes, "setFontSizes", toSize);
  }
  getFontSize(): number {
    return this.getFmt("fontSize");
  }
  getFontSizes(): number[][] {
    return this.getFmts("fontSize");
  }

  setFontStyle(style: unknown): this {
    return this.setFmt("fontStyle", toText(style));
  }
  setFontStyles(styles: unknown): this {
    return this.setFmts("fontStyle", styles, "setFontStyles", toText);
  }
  getFontStyle(): string {
    return this.getFmt("fontStyle");
  }
  getFontStyles(): string[][] {
    return this.getFmts("fontStyle");
  }

  setFontFamily(family: unknown): this {
    return this.setFmt("fontFamily", toText(family));
  }
  getFontFamily(): string {
    return this.getFmt("fontFamily");
  }
  setFontLine(line: unknown): this {
    return this.setFmt("fontLine", toText(line));
  }
  getFontLine(): string {
    return this.getFmt("fontLine");
  }

  setHorizontalAlignment(alignment: unknown): this {
    return this.setFmt("hAlign", toText(alignment));
  }
  setHorizontalAlignments(alignments: unknown): this {
    return this.setFmts("hAlign", alignments, "setHorizontalAlignments", toText);
  }
  getHorizontalAlignment(): string {
    return this.getFmt("hAlign");
  }
  getHorizontalAlignments(): string[][] {
    return this.getFmts("hAlign");
  }
  setVerticalAlignment(alignment: unknown): this {
    return this.setFmt("vAlign", toText(alignment));
  }
  setVerticalAlignments(alignments: unknown): this {
    return this.setFmts("vAlign", alignments, "setVerticalAlignments", toText);
  }
  getVerticalAlignment(): string {
    return this.getFmt("vAlign");
  }

  setWrap(isWrapEnabled: unknown): this {
    return this.setFmt("wrap", isWrapEnabled === true ? "WRAP" : "OVERFLOW");
  }
  setWraps(values: unknown): this {
    return this.setFmts("wrap", values, "setWraps", (v) => (v === true ? "WRAP" : "OVERFLOW"));
  }
  getWrap(): boolean {
    return this.getFmt("wrap") === "WRAP";
  }
  getWraps(): boolean[][] {
    return this.getFmts("wrap").map((row) => row.map((w) => w === "WRAP"));
  }
  setWrapStrategy(strategy: unknown): this {
    if (!isEnumValue(strategy, "WrapStrategy"))
      fail(Messages.signature(typeList([strategy]), "SpreadsheetApp.Range.setWrapStrategy"));
    return this.setFmt("wrap", String(strategy));
  }
  getWrapStrategy(): EnumValue {
    return WrapStrategy[this.getFmt("wrap") as "WRAP" | "OVERFLOW" | "CLIP"];
  }

  /** Borders are recorded (for the preview), not interpreted. */
  setBorder(...args: unknown[]): this {
    return this.setFmt(
      "border",
      JSON.stringify(args.map((a) => (a === null || a === undefined ? null : String(a)))),
    );
  }

  // --- notes and validation -------------------------------------------------------------------------

  setNote(note: unknown): this {
    this.sheet.notes.fill(
      this.rect,
      note === null || note === undefined || note === "" ? undefined : String(note),
    );
    return this;
  }
  setNotes(notes: unknown): this {
    const rows = matrix(notes, this.rect, "setNotes");
    rows.forEach((row, i) =>
      row.forEach((n, j) =>
        this.sheet.notes.set(
          this.rect.r + i,
          this.rect.c + j,
          n === null || n === undefined || n === "" ? undefined : String(n),
        ),
      ),
    );
    return this;
  }
  getNote(): string {
    return this.sheet.notes.get(this.rect.r, this.rect.c) ?? "";
  }
  getNotes(): string[][] {
    return this.block((r, c) => this.sheet.notes.get(r, c) ?? "");
  }
  clearNote(): this {
    this.sheet.notes.fill(this.rect, undefined);
    return this;
  }

  setDataValidation(rule: unknown): this {
    this.sheet.validations.fill(this.rect, validationModelOf(rule, "SpreadsheetApp.Range.setDataValidation"));
    return this;
  }
  setDataValidations(rules: unknown): this {
    const rows = matrix(rules, this.rect, "setDataValidations");
    rows.forEach((row, i) =>
      row.forEach((rule, j) =>
        this.sheet.validations.set(
          this.rect.r + i,
          this.rect.c + j,
          validationModelOf(rule, "SpreadsheetApp.Range.setDataValidations"),
        ),
      ),
    );
    return this;
  }
  getDataValidation(): DataValidation | null {
    const m = this.sheet.validations.get(this.rect.r, this.rect.c);
    return m ? new DataValidation(this.api, m) : null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this.block((r, c) => {
      const m = this.sheet.validations.get(r, c);
      return m ? new DataValidation(this.api, m) : null;
    });
  }
  clearDataValidations(): this {
    this.sheet.validations.fill(this.rect, undefined);
    return this;
  }

  // --- clearing -------------------------------------------------------------------------------------

  clear(options?: unknown): this {
    const o = (typeof options === "object" && options !== null ? options : {}) as Record<string, unknown>;
    const any =
      o.contentsOnly === true ||
      o.formatOnly === true ||
      o.validationsOnly === true ||
      o.commentsOnly === true;
    if (!any || o.contentsOnly === true) this.wb.clearContent(this.sheet, this.rect);
    if (!any || o.formatOnly === true) this.sheet.clearFormats(this.rect);
    if (o.validationsOnly === true) this.sheet.validations.fill(this.rect, undefined);
    return this;
  }
  clearContent(): this {
    this.wb.clearContent(this.sheet, this.rect);
    return this;
  }
  clearFormat(): this {
    this.sheet.clearFormats(this.rect);
    return this;
  }

  // --- selection, protection, merging, sorting -------------------------------------------------------

  activate(): this {
    this.wb.activeSheetId = this.sheet.id;
    this.wb.activeRange = { sheetId: this.sheet.id, rect: this.rect };
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }

  protect(): ProtectionApi {
    const model = newProtection(this.api, this.sheet, "RANGE", { ...this.rect });
    return this.api.wrap(new ProtectionApi(this.api, this.sheet, model), "Protection");
  }

  private checkWholeMerges(): void {
    if (this.sheet.merges.some((m) => intersects(m, this.rect) && !contains(this.rect, m)))
      fail(Messages.mergePartial);
  }

  /** Merges the range; like Sheets, only the top-left value is kept. */
  merge(): this {
    this.checkWholeMerges();
    this.sheet.merges = this.sheet.merges.filter((m) => !contains(this.rect, m));
    if (this.rect.h * this.rect.w > 1) {
      this.sheet.merges.push({ ...this.rect });
      const { r, c, h, w } = this.rect;
      const keepValue = this.sheet.values.get(r, c);
      const keepFormula = this.sheet.formulas.get(r, c);
      this.wb.clearContent(this.sheet, this.rect);
      this.sheet.writeCell(r, c, { value: keepValue, formula: keepFormula });
      this.wb.mirror.markDirty(this.sheet, { r, c, h, w });
    }
    return this;
  }
  mergeAcross(): this {
    for (let i = 0; i < this.rect.h; i++) this.child({ ...this.rect, r: this.rect.r + i, h: 1 }).merge();
    return this;
  }
  mergeVertically(): this {
    for (let j = 0; j < this.rect.w; j++) this.child({ ...this.rect, c: this.rect.c + j, w: 1 }).merge();
    return this;
  }
  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => intersects(m, this.rect));
  }
  getMergedRanges(): RangeApi[] {
    return this.sheet.merges.filter((m) => intersects(m, this.rect)).map((m) => this.child({ ...m }));
  }
  breakApart(): this {
    this.checkWholeMerges();
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.rect));
    return this;
  }

  /** Range.sort(column | {column, ascending} | array of those); columns are absolute, 1-based. */
  sort(sortSpecObj: unknown): this {
    const specs = Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj];
    const keys: SortKey[] = specs.map((s) => {
      if (typeof s === "number") return { column: s - 1, ascending: true };
      const o = (typeof s === "object" && s !== null ? s : {}) as { column?: unknown; ascending?: unknown };
      if (typeof o.column !== "number")
        fail(Messages.signature(typeList([sortSpecObj]), "SpreadsheetApp.Range.sort"));
      return { column: o.column - 1, ascending: o.ascending !== false };
    });
    sortRows(this.wb, this.sheet, this.rect, keys);
    return this;
  }

  canEdit(): boolean {
    return true;
  }

  toString(): string {
    return "Range";
  }
}
