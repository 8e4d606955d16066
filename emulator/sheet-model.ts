/**
 * The data of one sheet: contents, per-cell formats, notes, validations, and sheet-level settings. Plain
 * data with small helpers; the Apps Script surface (sheet.ts, range.ts) and the structural operations
 * (structure.ts) work on it.
 */
import type { Rect } from "./a1";
import type { ChartModel } from "./charts";
import { Grid } from "./grid";
import type { CellInput, Scalar } from "./values";

export interface FormatTypes {
  background: string;
  fontColor: string;
  fontWeight: string;
  fontSize: number;
  fontStyle: string;
  fontFamily: string;
  fontLine: string;
  hAlign: string;
  vAlign: string;
  wrap: string;
  numberFormat: string;
  border: string;
}
export type FormatKey = keyof FormatTypes;
export const FORMAT_KEYS: readonly FormatKey[] = [
  "background",
  "fontColor",
  "fontWeight",
  "fontSize",
  "fontStyle",
  "fontFamily",
  "fontLine",
  "hAlign",
  "vAlign",
  "wrap",
  "numberFormat",
  "border",
];

/** A reference to cells, stored by sheet id so it survives renames. */
export interface RangeRef {
  sheetId: number;
  rect: Rect;
}

export type ValidationArg = string | number | boolean | null | Scalar[] | RangeRef;

export interface ValidationModel {
  criteria: string;
  args: ValidationArg[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface CfFormat {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

export interface CfModel {
  ranges: Rect[];
  criteria: string;
  /** For CUSTOM_FORMULA: [formula]; for text/number criteria: their arguments. */
  values: Scalar[];
  format: CfFormat;
}

export interface ProtectionModel {
  id: number;
  type: "RANGE" | "SHEET";
  rect?: Rect;
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotected: Rect[];
}

export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: "DOCUMENT" | "PROJECT";
}

type FormatGrids = { [K in FormatKey]: Grid<FormatTypes[K]> };

function formatGrids(): FormatGrids {
  return {
    background: new Grid(),
    fontColor: new Grid(),
    fontWeight: new Grid(),
    fontSize: new Grid(),
    fontStyle: new Grid(),
    fontFamily: new Grid(),
    fontLine: new Grid(),
    hAlign: new Grid(),
    vAlign: new Grid(),
    wrap: new Grid(),
    numberFormat: new Grid(),
    border: new Grid(),
  };
}

/** New sheets are 1000 rows by 26 columns, as in Sheets. */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export class SheetModel {
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLUMNS;
  readonly values = new Grid<Scalar>();
  readonly formulas = new Grid<string>();
  readonly formats: FormatGrids = formatGrids();
  readonly notes = new Grid<string>();
  readonly validations = new Grid<ValidationModel>();
  frozenRows = 0;
  frozenCols = 0;
  colWidths: (number | undefined)[] = [];
  rowHeights: (number | undefined)[] = [];
  hiddenCols: (boolean | undefined)[] = [];
  hiddenRows: (boolean | undefined)[] = [];
  tabColor: string | null = null;
  hidden = false;
  cf: CfModel[] = [];
  protections: ProtectionModel[] = [];
  metadata: MetadataModel[] = [];
  merges: Rect[] = [];
  charts: ChartModel[] = [];

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  /** Every grid, so structural operations treat them alike. */
  allGrids(): Grid<unknown>[] {
    return [this.values, this.formulas, this.notes, this.validations, ...Object.values(this.formats)];
  }

  /** Last row (1-based) with a value or formula, 0 when the sheet is empty (Sheet.getLastRow). */
  lastRow(): number {
    return Math.max(this.values.lastRow(), this.formulas.lastRow()) + 1;
  }

  lastColumn(): number {
    return Math.max(this.values.lastColumn(), this.formulas.lastColumn()) + 1;
  }

  hasFormulaIn(rect: Rect): boolean {
    return this.formulas.anyIn(rect);
  }

  /** Stores parsed input in one cell; the implied format (date, percent) applies only to unformatted cells. */
  writeCell(r: number, c: number, input: CellInput): void {
    this.values.set(r, c, input.value);
    this.formulas.set(r, c, input.formula);
    if (input.impliedFormat !== undefined && this.formats.numberFormat.get(r, c) === undefined) {
      this.formats.numberFormat.set(r, c, input.impliedFormat);
    }
  }

  clearContent(rect: Rect): void {
    this.values.fill(rect, undefined);
    this.formulas.fill(rect, undefined);
  }

  clearFormats(rect: Rect): void {
    for (const key of FORMAT_KEYS) this.formats[key].fill(rect, undefined);
  }

  numberFormat(r: number, c: number): string | undefined {
    return this.formats.numberFormat.get(r, c);
  }
}
