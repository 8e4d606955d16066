/**
 * The HyperFormula mirror of the workbook: one HyperFormula instance, one HF sheet per emulator sheet (so
 * cross-sheet references work), used to evaluate formulas and conditional formats.
 *
 * The emulator's own grids stay the source of truth; HyperFormula is filled lazily. Writes only record a
 * dirty rectangle; reading a block without formulas never touches HyperFormula; the first read that needs
 * evaluation pushes the dirty blocks in one batch, or rebuilds the whole instance from the grids when a lot
 * changed (buildFromSheets is several times faster per cell than setCellContents). COUNTIF/COUNTIFS come
 * from fast-functions.ts (same criteria, faster loop).
 */
import {
  DetailedCellError,
  HyperFormula,
  type CellValue,
  type ConfigParams,
  type RawCellContent,
} from "hyperformula";
import type { Axis, Rect } from "./a1";
import { functionPlugins, invalidateCriteriaCache } from "./fast-functions";
import type { SheetModel } from "./sheet-model";
import type { Scalar } from "./values";

const HF_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  functionPlugins: functionPlugins(),
  undoLimit: 0,
  maxRows: 1_000_000,
  maxColumns: 18_278,
  // Sheets compares text case-insensitively ("a"="A" is TRUE) and leaves references to empty cells empty.
  caseSensitive: false,
  evaluateNullToZero: false,
};

/** Above this many pending changed cells, a full rebuild is cheaper than incremental updates. */
const REBUILD_THRESHOLD = 20_000;

export type Evaluated = Scalar | null;

/** Converts a HyperFormula value to what Apps Script returns: errors become their code ("#DIV/0!"). */
export function fromHf(v: CellValue | CellValue[][]): Evaluated {
  if (Array.isArray(v)) return fromHf(v[0]?.[0] ?? null);
  if (v instanceof DetailedCellError) return v.value;
  return v;
}

/** One cell's content as HyperFormula input: text gets an apostrophe so HF never re-parses it. */
function hfInput(sheet: SheetModel, r: number, c: number): RawCellContent {
  const f = sheet.formulas.get(r, c);
  if (f !== undefined) return f;
  const v = sheet.values.get(r, c);
  if (v === undefined) return null;
  return typeof v === "string" ? `'${v}` : v;
}

function hfBlock(sheet: SheetModel, rect: Rect): RawCellContent[][] {
  const out: RawCellContent[][] = new Array<RawCellContent[]>(rect.h);
  for (let i = 0; i < rect.h; i++) {
    const row: RawCellContent[] = new Array<RawCellContent>(rect.w);
    for (let j = 0; j < rect.w; j++) row[j] = hfInput(sheet, rect.r + i, rect.c + j);
    out[i] = row;
  }
  return out;
}

export class HfMirror {
  private hf: HyperFormula | null = null;
  private stale = true;
  private dirty = new Map<SheetModel, Rect[]>();
  private dirtyCells = 0;
  private ids = new Map<SheetModel, number>();

  constructor(private readonly sheets: () => readonly SheetModel[]) {}

  /** True when HyperFormula holds the workbook (possibly with pending dirty blocks). */
  get live(): boolean {
    return this.hf !== null && !this.stale;
  }

  markDirty(sheet: SheetModel, rect: Rect): void {
    if (!this.live) return;
    this.dirtyCells += rect.h * rect.w;
    if (this.dirtyCells > REBUILD_THRESHOLD) {
      this.invalidate();
      return;
    }
    const list = this.dirty.get(sheet) ?? [];
    list.push(rect);
    this.dirty.set(sheet, list);
  }

  /** Forgets HyperFormula's copy; the next evaluation rebuilds it from the grids. */
  invalidate(): void {
    this.stale = true;
    this.dirty.clear();
    this.dirtyCells = 0;
  }

  /** Brings HyperFormula up to date with the grids and returns it. */
  ensure(): HyperFormula {
    if (this.hf === null || this.stale) return this.rebuild();
    if (this.dirty.size > 0) {
      invalidateCriteriaCache();
      const hf = this.hf;
      hf.batch(() => {
        for (const [sheet, rects] of this.dirty) {
          const id = this.ids.get(sheet);
          if (id === undefined) continue;
          for (const rect of rects)
            hf.setCellContents({ sheet: id, row: rect.r, col: rect.c }, hfBlock(sheet, rect));
        }
      });
      this.dirty.clear();
      this.dirtyCells = 0;
    }
    return this.hf;
  }

  private rebuild(): HyperFormula {
    invalidateCriteriaCache();
    const sheets = this.sheets();
    const data: Record<string, RawCellContent[][]> = {};
    for (const s of sheets) {
      const rows = s.lastRow();
      const cols = s.lastColumn();
      data[s.name] = rows === 0 || cols === 0 ? [] : hfBlock(s, { r: 0, c: 0, h: rows, w: cols });
    }
    this.hf?.destroy();
    const hf = HyperFormula.buildFromSheets(data, HF_CONFIG);
    this.ids.clear();
    for (const s of sheets) {
      const id = hf.getSheetId(s.name);
      if (id !== undefined) this.ids.set(s, id);
    }
    this.hf = hf;
    this.stale = false;
    this.dirty.clear();
    this.dirtyCells = 0;
    return hf;
  }

  private idOf(sheet: SheetModel): number {
    const id = this.ids.get(sheet);
    if (id === undefined) throw new Error(`HyperFormula has no sheet for "${sheet.name}"`);
    return id;
  }

  value(sheet: SheetModel, r: number, c: number): Evaluated {
    const hf = this.ensure();
    return fromHf(hf.getCellValue({ sheet: this.idOf(sheet), row: r, col: c }));
  }

  /** Evaluates a formula as if written on `sheet` (relative references resolve against that sheet). */
  calculate(formula: string, sheet: SheetModel): CellValue | CellValue[][] {
    const hf = this.ensure();
    return hf.calculateFormula(formula, this.idOf(sheet));
  }

  validate(formula: string): boolean {
    return this.ensure().validateFormula(formula);
  }

  /** HyperFormula's current text of a formula cell (after it adjusted references). */
  formulaText(sheet: SheetModel, r: number, c: number): string | undefined {
    if (!this.live || this.hf === null) return undefined;
    return this.hf.getCellFormula({ sheet: this.idOf(sheet), row: r, col: c });
  }

  // Structural mirrors, applied only when HyperFormula is live (otherwise the next rebuild sees the grids).
  // Callers flush pending blocks (ensure) before changing the grids, since dirty rectangles are recorded in
  // pre-change coordinates.

  insertLines(sheet: SheetModel, axis: Axis, at: number, n: number): void {
    const hf = this.hf;
    if (!this.live || hf === null) return;
    invalidateCriteriaCache();
    if (axis === "rows") hf.addRows(this.idOf(sheet), [at, n]);
    else hf.addColumns(this.idOf(sheet), [at, n]);
  }

  deleteLines(sheet: SheetModel, axis: Axis, at: number, n: number): void {
    const hf = this.hf;
    if (!this.live || hf === null) return;
    invalidateCriteriaCache();
    if (axis === "rows") hf.removeRows(this.idOf(sheet), [at, n]);
    else hf.removeColumns(this.idOf(sheet), [at, n]);
  }

  moveLines(sheet: SheetModel, axis: Axis, start: number, n: number, target: number): void {
    const hf = this.hf;
    if (!this.live || hf === null) return;
    invalidateCriteriaCache();
    const id = this.idOf(sheet);
    const possible =
      axis === "rows"
        ? hf.isItPossibleToMoveRows(id, start, n, target)
        : hf.isItPossibleToMoveColumns(id, start, n, target);
    // beyond HyperFormula's used area there is nothing to move; the next rebuild reads the grids
    if (!possible) this.invalidate();
    else if (axis === "rows") hf.moveRows(id, start, n, target);
    else hf.moveColumns(id, start, n, target);
  }

  addSheet(sheet: SheetModel): void {
    const hf = this.hf;
    if (!this.live || hf === null) return;
    invalidateCriteriaCache();
    hf.addSheet(sheet.name);
    const id = hf.getSheetId(sheet.name);
    if (id === undefined) this.invalidate();
    else this.ids.set(sheet, id);
  }

  removeSheet(sheet: SheetModel): void {
    const hf = this.hf;
    const id = this.ids.get(sheet);
    this.ids.delete(sheet);
    this.dirty.delete(sheet);
    if (!this.live || hf === null || id === undefined) return;
    invalidateCriteriaCache();
    hf.removeSheet(id);
  }

  renameSheet(sheet: SheetModel, newName: string): void {
    const hf = this.hf;
    const id = this.ids.get(sheet);
    if (!this.live || hf === null || id === undefined) return;
    invalidateCriteriaCache();
    hf.renameSheet(id, newName);
  }
}
