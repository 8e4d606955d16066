/**
 * Turns a block of a sheet into the compact rows the page draws, reading it through the uncounted
 * emulator.spreadsheet (the Range getters Apps Script has) and emulator.highlights (conditional formats
 * as HyperFormula evaluates them) for that block only. emulator.displayGrid would give the same picture
 * but always of the whole used area, which takes about a second per change on a 2,000-row matrix;
 * reading just the rows on screen keeps an edit's round trip short at any size.
 * Blocks are cached per workbook version, so two windows showing the same rows share the work.
 */
import type { CellView, GridWindow, RowView, SheetMeta } from "./protocol";
import type { PreviewSession } from "./session";

type Sheet = NonNullable<ReturnType<PreviewSession["emulator"]["spreadsheet"]["getSheetByName"]>>;
type Range = ReturnType<Sheet["getRange"]>;

const DEFAULT_FONT_SIZE = 10;
const CACHE_SIZE = 12;
const ALIGNMENTS: Record<string, CellView["align"]> = {
  left: "left",
  center: "center",
  right: "right",
  "general-left": "left",
  "general-right": "right",
};

interface Cache {
  dataVersion: number;
  blocks: Map<string, RowView[]>;
  metas: Map<string, SheetMeta>;
  lists: Map<string, string[]>;
}

const caches = new WeakMap<PreviewSession, Cache>();

function cacheFor(session: PreviewSession): Cache {
  let cache = caches.get(session);
  if (!cache || cache.dataVersion !== session.dataVersion) {
    cache = { dataVersion: session.dataVersion, blocks: new Map(), metas: new Map(), lists: new Map() };
    caches.set(session, cache);
  }
  return cache;
}

export function columnName(c: number): string {
  let n = c + 1;
  let name = "";
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function isNumberLike(value: unknown): boolean {
  return typeof value === "number" || Object.prototype.toString.call(value) === "[object Date]";
}

function sheetMeta(sheet: Sheet): SheetMeta {
  const columns = sheet.getMaxColumns();
  return {
    name: sheet.getName(),
    rows: sheet.getMaxRows(),
    columns,
    frozenRows: sheet.getFrozenRows(),
    frozenColumns: sheet.getFrozenColumns(),
    // A hidden column takes no room (Sheet.hideColumns): no width, so nothing spills into it either.
    columnWidths: Array.from({ length: columns }, (_, c) =>
      sheet.isColumnHiddenByUser(c + 1) ? 0 : sheet.getColumnWidth(c + 1),
    ),
    hiddenColumns: Array.from({ length: columns }, (_, c) => c).filter((c) =>
      sheet.isColumnHiddenByUser(c + 1),
    ),
    tabColor: sheet.getTabColor(),
  };
}

/** The choices of a dropdown rule, or null when the rule is not a dropdown. */
function dropdownChoices(
  cache: Cache,
  rule: NonNullable<ReturnType<Range["getDataValidation"]>>,
): string[] | null {
  const type = String(rule.getCriteriaType());
  const [first, second] = rule.getCriteriaValues();
  if (type === "VALUE_IN_LIST" && Array.isArray(first)) return first.map((item) => String(item));
  if (type === "CHECKBOX")
    return first === undefined ? ["TRUE", "FALSE"] : [String(first), String(second ?? "")];
  if (
    type === "VALUE_IN_RANGE" &&
    typeof first === "object" &&
    first !== null &&
    "getDisplayValues" in first
  ) {
    const range = first as Range;
    const key = `${range.getSheet().getName()}!${range.getA1Notation()}`;
    let choices = cache.lists.get(key);
    if (!choices) {
      choices = range
        .getDisplayValues()
        .flat()
        .filter((text) => text !== "");
      cache.lists.set(key, choices);
    }
    return choices;
  }
  return null;
}

/** Rows [from, from + count) of a sheet, every column. */
function readBlock(
  session: PreviewSession,
  cache: Cache,
  sheet: Sheet,
  meta: SheetMeta,
  from: number,
  count: number,
): RowView[] {
  if (count <= 0) return [];
  const range = sheet.getRange(from + 1, 1, count, meta.columns);
  const raw = range.getValues();
  const texts = range.getDisplayValues();
  const formulas = range.getFormulas();
  const backgrounds = range.getBackgrounds();
  const colors = range.getFontColors();
  const weights = range.getFontWeights();
  const styles = range.getFontStyles();
  const sizes = range.getFontSizes();
  const aligns = range.getHorizontalAlignments();
  const wraps = range.getWraps();
  const notes = range.getNotes();
  const rules = range.getDataValidations();
  const conditional = new Map(
    session.emulator.highlights(meta.name, range.getA1Notation()).map((h) => [h.a1, h]),
  );

  const rows: RowView[] = [];
  for (let i = 0; i < count; i++) {
    const row: RowView = [];
    for (let c = 0; c < meta.columns; c++) {
      const a1 = `${columnName(c)}${from + i + 1}`;
      const over = conditional.get(a1);
      const cell: CellView = {};
      const text = texts[i]?.[c] ?? "";
      const background = over?.background ?? backgrounds[i]?.[c];
      if (background && background !== "#ffffff") cell.bg = background;
      const note = notes[i]?.[c] ?? "";
      if (note !== "") cell.note = note;
      const rule = rules[i]?.[c] ?? null;
      const choices = rule ? dropdownChoices(cache, rule) : null;
      if (choices && choices.length > 0) cell.list = choices;
      if (text !== "") {
        // Text styles only matter where there is text; empty cells stay small on the wire.
        cell.t = text;
        const formula = formulas[i]?.[c] ?? "";
        if (formula !== "") cell.e = formula;
        if (isNumberLike(raw[i]?.[c])) cell.n = true;
        const color = over?.fontColor ?? colors[i]?.[c];
        if (color && color !== "#000000") cell.color = color;
        if (over?.bold ?? weights[i]?.[c] === "bold") cell.bold = true;
        if (over?.italic ?? styles[i]?.[c] === "italic") cell.italic = true;
        const line = [over?.underline ? "underline" : "", over?.strikethrough ? "line-through" : ""].filter(
          Boolean,
        );
        if (line.length > 0) cell.line = line.join(" ");
        const size = sizes[i]?.[c];
        if (typeof size === "number" && size !== DEFAULT_FONT_SIZE) cell.size = size;
        const align = ALIGNMENTS[String(aligns[i]?.[c] ?? "").toLowerCase()];
        if (align) cell.align = align;
        if (wraps[i]?.[c] === true) cell.wrap = true;
        // A value a warning-mode dropdown does not offer: Sheets marks the cell with a red corner.
        if (choices && rule && !choices.includes(text)) {
          cell.invalid = rule.getHelpText() || "Invalid: this value is not one of the dropdown's options.";
        }
      }
      row.push(Object.keys(cell).length === 0 ? null : cell);
    }
    rows.push(row);
  }
  return rows;
}

function cachedBlock(
  session: PreviewSession,
  cache: Cache,
  sheet: Sheet,
  meta: SheetMeta,
  from: number,
  count: number,
): RowView[] {
  const key = `${meta.name}\u0000${from}\u0000${count}`;
  let block = cache.blocks.get(key);
  if (!block) {
    block = readBlock(session, cache, sheet, meta, from, count);
    if (cache.blocks.size >= CACHE_SIZE) {
      const oldest = cache.blocks.keys().next();
      if (!oldest.done) cache.blocks.delete(oldest.value);
    }
    cache.blocks.set(key, block);
  }
  return block;
}

/** The frozen rows and up to `count` rows from `from` of a sheet; null when there is no such sheet. */
export function gridWindow(
  session: PreviewSession,
  sheetName: string,
  from: number,
  count: number,
): GridWindow | null {
  const sheet = session.emulator.spreadsheet.getSheetByName(sheetName);
  if (!sheet) return null;
  const cache = cacheFor(session);
  let meta = cache.metas.get(sheet.getName());
  if (!meta) {
    meta = sheetMeta(sheet);
    cache.metas.set(meta.name, meta);
  }
  const frozen = Math.min(meta.frozenRows, meta.rows);
  const start = Math.max(frozen, Math.min(from, meta.rows - count));
  const end = Math.min(meta.rows, start + count);
  return {
    version: session.dataVersion,
    sheet: meta,
    frozen: cachedBlock(session, cache, sheet, meta, 0, frozen),
    from: start,
    rows: cachedBlock(session, cache, sheet, meta, start, end - start),
  };
}
