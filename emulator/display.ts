/**
 * What the local preview needs to draw a sheet: display values, formulas, effective formats (conditional
 * formats over static ones), layout, validations, notes, merges. Reads the model directly — nothing here
 * is a service call.
 */
import { type Rect, cellA1, rectA1 } from "./a1";
import { type CellFormat, cellName, conditionalFormats } from "./conditional";
import { formatDisplay } from "./format";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type SheetModel,
  type ValidationModel,
} from "./sheet-model";
import { satisfies } from "./validation";
import type { Workbook } from "./workbook";

export interface DisplayValidation {
  criteria: string;
  /** Dropdown choices for list/range rules, as display text. */
  values: string[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface Highlight {
  a1: string;
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

export interface DisplayGrid {
  sheet: string;
  sheetId: number;
  sheetNames: string[];
  /** Rows/columns worth drawing: the used area (content, formats, notes, validations), at least 1. */
  numRows: number;
  numColumns: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  values: string[][];
  formulas: string[][];
  numberFormats: (string | null)[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: string[][];
  fontStyles: string[][];
  horizontalAlignments: (string | null)[][];
  notes: string[][];
  validations: (DisplayValidation | null)[][];
  /** Cells whose value fails their validation rule (Sheets marks them with a red triangle). */
  invalid: string[];
  columnWidths: number[];
  rowHeights: number[];
  hiddenColumns: number[];
  hiddenRows: number[];
  merges: { a1: string; row: number; column: number; numRows: number; numColumns: number }[];
  conditional: Highlight[];
  protections: { a1: string; description: string; warningOnly: boolean }[];
  tabColor: string | null;
}

/** Cleans a conditional format into a highlight (only the attributes the rule sets). */
export function toHighlight(cf: CellFormat): Highlight {
  const out: Highlight = { a1: cellName(cf) };
  const f = cf.format;
  if (f.background !== undefined) out.background = f.background;
  if (f.fontColor !== undefined) out.fontColor = f.fontColor;
  if (f.bold !== undefined) out.bold = f.bold;
  if (f.italic !== undefined) out.italic = f.italic;
  if (f.strikethrough !== undefined) out.strikethrough = f.strikethrough;
  if (f.underline !== undefined) out.underline = f.underline;
  return out;
}

function usedExtent(sheet: SheetModel): { rows: number; cols: number } {
  let rows = Math.max(sheet.lastRow(), sheet.frozenRows, 1);
  let cols = Math.max(sheet.lastColumn(), sheet.frozenCols, 1);
  for (const grid of sheet.allGrids()) {
    rows = Math.max(rows, grid.lastRow() + 1);
    cols = Math.max(cols, grid.lastColumn() + 1);
  }
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.r + m.h);
    cols = Math.max(cols, m.c + m.w);
  }
  return { rows: Math.min(rows, sheet.maxRows), cols: Math.min(cols, sheet.maxCols) };
}

function displayValidation(wb: Workbook, model: ValidationModel): DisplayValidation {
  let values: string[] = [];
  const [first] = model.args;
  if (model.criteria === "VALUE_IN_LIST" && Array.isArray(first)) values = first.map((v) => String(v));
  else if (model.criteria === "CHECKBOX") values = ["TRUE", "FALSE"];
  else if (
    model.criteria === "VALUE_IN_RANGE" &&
    typeof first === "object" &&
    first !== null &&
    !Array.isArray(first)
  ) {
    const sheet = wb.sheetById(first.sheetId);
    if (sheet) {
      values = wb
        .readBlock(sheet, first.rect, (v) => formatDisplay(v, undefined))
        .flat()
        .filter((v) => v !== "");
    }
  }
  return { criteria: model.criteria, values, allowInvalid: model.allowInvalid, helpText: model.helpText };
}

export interface DisplayOptions {
  /** Draw at least this many rows/columns (e.g. to show empty cells around the data). */
  minRows?: number;
  minColumns?: number;
}

export function displayGrid(wb: Workbook, sheet: SheetModel, options: DisplayOptions = {}): DisplayGrid {
  const used = usedExtent(sheet);
  const rows = Math.min(sheet.maxRows, Math.max(used.rows, options.minRows ?? 0));
  const cols = Math.min(sheet.maxCols, Math.max(used.cols, options.minColumns ?? 0));
  const rect: Rect = { r: 0, c: 0, h: rows, w: cols };
  const conditional = conditionalFormats(wb, sheet, rect);
  const cfAt = new Map<string, CellFormat>();
  for (const cf of conditional) cfAt.set(`${cf.r},${cf.c}`, cf);
  const f = sheet.formats;
  const cell = <T>(at: (r: number, c: number) => T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => at(r, c)));
  const evaluated = wb.readBlock(sheet, rect, (v) => v);
  const invalid: string[] = [];
  sheet.validations.forEach((model, r, c) => {
    if (r < rows && c < cols && !satisfies(wb, model, evaluated[r]?.[c] ?? null)) invalid.push(cellA1(r, c));
  });
  return {
    sheet: sheet.name,
    sheetId: sheet.id,
    sheetNames: wb.sheets.map((s) => s.name),
    numRows: rows,
    numColumns: cols,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxCols,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenCols,
    values: cell((r, c) => formatDisplay(evaluated[r]?.[c] ?? null, sheet.numberFormat(r, c))),
    formulas: cell((r, c) => sheet.formulas.get(r, c) ?? ""),
    numberFormats: cell((r, c) => f.numberFormat.get(r, c) ?? null),
    backgrounds: cell(
      (r, c) => cfAt.get(`${r},${c}`)?.format.background ?? f.background.get(r, c) ?? "#ffffff",
    ),
    fontColors: cell((r, c) => cfAt.get(`${r},${c}`)?.format.fontColor ?? f.fontColor.get(r, c) ?? "#000000"),
    fontWeights: cell((r, c) => {
      const bold = cfAt.get(`${r},${c}`)?.format.bold;
      return bold === undefined ? (f.fontWeight.get(r, c) ?? "normal") : bold ? "bold" : "normal";
    }),
    fontStyles: cell((r, c) => {
      const italic = cfAt.get(`${r},${c}`)?.format.italic;
      return italic === undefined ? (f.fontStyle.get(r, c) ?? "normal") : italic ? "italic" : "normal";
    }),
    horizontalAlignments: cell((r, c) => f.hAlign.get(r, c) ?? null),
    notes: cell((r, c) => sheet.notes.get(r, c) ?? ""),
    validations: cell((r, c) => {
      const model = sheet.validations.get(r, c);
      return model ? displayValidation(wb, model) : null;
    }),
    invalid,
    columnWidths: Array.from({ length: cols }, (_, c) => sheet.colWidths[c] ?? DEFAULT_COLUMN_WIDTH),
    rowHeights: Array.from({ length: rows }, (_, r) => sheet.rowHeights[r] ?? DEFAULT_ROW_HEIGHT),
    hiddenColumns: sheet.hiddenCols.flatMap((h, i) => (h ? [i + 1] : [])),
    hiddenRows: sheet.hiddenRows.flatMap((h, i) => (h ? [i + 1] : [])),
    merges: sheet.merges.map((m) => ({
      a1: rectA1(m),
      row: m.r + 1,
      column: m.c + 1,
      numRows: m.h,
      numColumns: m.w,
    })),
    conditional: conditional.map(toHighlight),
    protections: sheet.protections.map((p) => ({
      a1: p.rect ? rectA1(p.rect) : "",
      description: p.description,
      warningOnly: p.warningOnly,
    })),
    tabColor: sheet.tabColor,
  };
}
