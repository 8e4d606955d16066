/**
 * The spreadsheet's data: its sheets, sheet naming rules, the active sheet/range, spreadsheet-level
 * developer metadata, and the HyperFormula mirror that evaluates formulas.
 */
import type { Rect } from "./a1";
import { Messages, fail } from "./errors";
import { type Evaluated, HfMirror } from "./formulas";
import { renameInFormula } from "./refs";
import { type MetadataModel, type RangeRef, SheetModel } from "./sheet-model";
import type { CellInput } from "./values";

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export class Workbook {
  sheets: SheetModel[] = [];
  activeSheetId = 0;
  activeRange: RangeRef | null = null;
  metadata: MetadataModel[] = [];
  toasts: Toast[] = [];
  locale = "en_US";
  private sheetSeq = 0;
  private idSeq = 1;
  readonly mirror = new HfMirror(() => this.sheets);

  constructor(
    public id: string,
    public name: string,
    public timeZone: string,
  ) {}

  /** Ids for protections and developer metadata. */
  nextId(): number {
    return this.idSeq++;
  }

  /** Sheet ids: the first sheet is 0 (as in Sheets' "gid=0"), later ones stable pseudo-random numbers. */
  private nextSheetId(): number {
    const seq = this.sheetSeq++;
    if (seq === 0 && !this.sheets.some((s) => s.id === 0)) return 0;
    let id = (seq * 1_103_515_245 + 12_345) % 2_000_000_000;
    while (this.sheets.some((s) => s.id === id)) id = (id + 1) % 2_000_000_000;
    return id;
  }

  /** Restores id counters after loading saved state. */
  restoreCounters(sheetSeq: number, idSeq: number): void {
    this.sheetSeq = sheetSeq;
    this.idSeq = idSeq;
  }

  counters(): { sheetSeq: number; idSeq: number } {
    return { sheetSeq: this.sheetSeq, idSeq: this.idSeq };
  }

  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return (
      this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === lower)
    );
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetModel {
    const sheet = this.sheetById(this.activeSheetId) ?? this.sheets[0];
    if (!sheet) throw new Error("workbook has no sheets");
    return sheet;
  }

  /** Sheet names are unique (ignoring case) and at most 100 characters. */
  checkName(name: string, except?: SheetModel): void {
    if (name.trim() === "") fail(Messages.sheetNameEmpty);
    if (name.length > 100) fail(Messages.sheetNameTooLong);
    const other = this.sheetByName(name);
    if (other && other !== except) fail(Messages.sheetExists(name));
  }

  /** Spreadsheet.insertSheet: default names "Sheet2", "Sheet3", …; the new sheet becomes active. */
  addSheet(name: string | undefined, index?: number): SheetModel {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    this.checkName(finalName);
    const sheet = new SheetModel(this.nextSheetId(), finalName);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    this.mirror.addSheet(sheet);
    this.activeSheetId = sheet.id;
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    if (this.sheets.length <= 1) fail(Messages.lastSheet);
    const anyFormulas = this.sheets.some((s) => s !== sheet && s.formulas.count > 0);
    if (anyFormulas) this.mirror.ensure();
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.mirror.removeSheet(sheet);
    if (anyFormulas) this.refreshFormulaTexts();
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? 0;
    if (this.activeRange?.sheetId === sheet.id) this.activeRange = null;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (name === sheet.name) return;
    this.checkName(name, sheet);
    const old = sheet.name;
    for (const s of this.sheets) {
      s.formulas.forEach((f, r, c) => {
        const next = renameInFormula(f, old, name);
        if (next !== f) s.formulas.set(r, c, next);
      });
      for (const rule of s.cf) {
        if (rule.criteria === "CUSTOM_FORMULA")
          rule.values = rule.values.map((v) => renameInFormula(String(v), old, name));
      }
    }
    this.mirror.renameSheet(sheet, name);
    sheet.name = name;
  }

  /** After HyperFormula adjusted references (rows/columns/sheets removed or added), copy its formula text back. */
  refreshFormulaTexts(): void {
    if (!this.mirror.live) return;
    for (const s of this.sheets) {
      s.formulas.forEach((f, r, c) => {
        const text = this.mirror.formulaText(s, r, c);
        if (text !== undefined && text !== f) s.formulas.set(r, c, text);
      });
    }
  }

  /**
   * Writes parsed input into a block and tells the mirror about the cells whose content changed, so that
   * rewriting what a cell already holds (a refresh writing the same formulas) costs HyperFormula nothing.
   */
  write(sheet: SheetModel, rect: Rect, inputs: readonly (readonly CellInput[])[]): void {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    for (let i = 0; i < rect.h; i++) {
      const row = inputs[i];
      if (!row) continue;
      for (let j = 0; j < rect.w; j++) {
        const r = rect.r + i;
        const c = rect.c + j;
        const input = row[j] ?? {};
        const same =
          Object.is(sheet.values.get(r, c), input.value) && sheet.formulas.get(r, c) === input.formula;
        sheet.writeCell(r, c, input);
        if (same) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    if (bottom >= 0)
      this.mirror.markDirty(sheet, { r: top, c: left, h: bottom - top + 1, w: right - left + 1 });
  }

  clearContent(sheet: SheetModel, rect: Rect): void {
    sheet.clearContent(rect);
    this.mirror.markDirty(sheet, rect);
  }

  /** A cell's value, evaluating formulas through HyperFormula. */
  evaluated(sheet: SheetModel, r: number, c: number): Evaluated {
    if (sheet.formulas.get(r, c) !== undefined) return this.mirror.value(sheet, r, c);
    return sheet.values.get(r, c) ?? null;
  }

  /**
   * Reads a block, mapping each cell's value (null when empty). Rows without formulas come straight from
   * the grid, so reading plain data never forces an evaluation.
   */
  readBlock<T>(sheet: SheetModel, rect: Rect, map: (v: Evaluated, r: number, c: number) => T): T[][] {
    const out: T[][] = new Array<T[]>(rect.h);
    const formulaRows = sheet.formulas.count > 0 ? sheet.formulas.rows : [];
    for (let i = 0; i < rect.h; i++) {
      const r = rect.r + i;
      const values = sheet.values.rows[r];
      const formulas = formulaRows[r];
      const row: T[] = new Array<T>(rect.w);
      for (let j = 0; j < rect.w; j++) {
        const c = rect.c + j;
        const v =
          formulas !== undefined && formulas[c] !== undefined
            ? this.mirror.value(sheet, r, c)
            : values === undefined
              ? null
              : (values[c] ?? null);
        row[j] = map(v, r, c);
      }
      out[i] = row;
    }
    return out;
  }
}
