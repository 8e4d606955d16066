/**
 * Inserting and deleting rows/columns, and sorting rows. Everything Sheets moves moves here too: values,
 * formulas (HyperFormula adjusts their references, then the emulator copies the new text back), per-cell
 * formats, notes and data validations (all per-cell grids), conditional format ranges and their formulas,
 * protected ranges, merges, and validation criteria ranges. Frozen counts and the sheet's developer
 * metadata stay. New rows/columns start blank (no formats are copied from neighbours).
 */
import { type Axis, type Rect, rectAfterDelete, rectAfterInsert } from "./a1";
import { moveChartRanges } from "./charts";
import type { Grid } from "./grid";
import { type StructuralChange, adjustFormula, shiftFormula } from "./refs";
import type { SheetModel, ValidationModel } from "./sheet-model";
import type { Workbook } from "./workbook";
import type { Evaluated } from "./formulas";

function spliceLine<T>(arr: (T | undefined)[], change: StructuralChange): (T | undefined)[] {
  if (change.at >= arr.length) return arr;
  if (change.kind === "insert") {
    return arr
      .slice(0, change.at)
      .concat(new Array<T | undefined>(change.n).fill(undefined), arr.slice(change.at));
  }
  return arr.slice(0, change.at).concat(arr.slice(change.at + change.n));
}

function moveRect(rect: Rect, change: StructuralChange): Rect | null {
  return change.kind === "insert"
    ? rectAfterInsert(rect, change.axis, change.at, change.n)
    : rectAfterDelete(rect, change.axis, change.at, change.n);
}

function applyToGrid(grid: Grid<unknown>, change: StructuralChange): void {
  if (change.axis === "rows") {
    if (change.kind === "insert") grid.insertRows(change.at, change.n);
    else grid.deleteRows(change.at, change.n);
  } else if (change.kind === "insert") grid.insertColumns(change.at, change.n);
  else grid.deleteColumns(change.at, change.n);
}

function validationModels(sheet: SheetModel): Set<ValidationModel> {
  const set = new Set<ValidationModel>();
  sheet.validations.forEach((v) => set.add(v));
  return set;
}

/** Applies an insertion or deletion of rows/columns on `sheet` to the whole workbook. */
export function changeLines(wb: Workbook, sheet: SheetModel, change: StructuralChange): void {
  const anyFormulas = wb.sheets.some((s) => s.formulas.count > 0);
  // flush pending blocks while grid coordinates still match what was recorded
  if (anyFormulas || wb.mirror.live) wb.mirror.ensure();

  for (const grid of sheet.allGrids()) applyToGrid(grid, change);
  const delta = change.kind === "insert" ? change.n : -change.n;
  if (change.axis === "rows") {
    sheet.maxRows += delta;
    sheet.rowHeights = spliceLine(sheet.rowHeights, change);
    sheet.hiddenRows = spliceLine(sheet.hiddenRows, change);
  } else {
    sheet.maxCols += delta;
    sheet.colWidths = spliceLine(sheet.colWidths, change);
    sheet.hiddenCols = spliceLine(sheet.hiddenCols, change);
  }

  if (change.kind === "insert") wb.mirror.insertLines(sheet, change.axis, change.at, change.n);
  else wb.mirror.deleteLines(sheet, change.axis, change.at, change.n);
  if (anyFormulas) wb.refreshFormulaTexts();

  // conditional formats: ranges on this sheet move/grow/shrink; formulas anywhere referring to it adjust
  for (const s of wb.sheets) {
    s.cf = s.cf.filter((rule) => {
      if (rule.criteria === "CUSTOM_FORMULA") {
        rule.values = rule.values.map((f) => adjustFormula(String(f), s.name, change));
      }
      if (s !== sheet) return true;
      rule.ranges = rule.ranges.map((r) => moveRect(r, change)).filter((r): r is Rect => r !== null);
      return rule.ranges.length > 0;
    });
    for (const model of validationModels(s)) {
      model.args = model.args.map((arg) => {
        if (typeof arg !== "object" || arg === null || Array.isArray(arg) || arg.sheetId !== sheet.id)
          return arg;
        const rect = moveRect(arg.rect, change);
        return rect ? { ...arg, rect } : arg;
      });
    }
  }
  sheet.protections = sheet.protections.filter((p) => {
    p.unprotected = p.unprotected.map((r) => moveRect(r, change)).filter((r): r is Rect => r !== null);
    if (!p.rect) return true;
    const rect = moveRect(p.rect, change);
    if (rect) p.rect = rect;
    return rect !== null;
  });
  sheet.merges = sheet.merges.map((m) => moveRect(m, change)).filter((m): m is Rect => m !== null);
  moveChartRanges(wb, sheet.id, (r) => moveRect(r, change));
  if (wb.activeRange?.sheetId === sheet.id) {
    const rect = moveRect(wb.activeRange.rect, change);
    wb.activeRange = rect ? { sheetId: sheet.id, rect } : null;
  }
}

export function insertLines(wb: Workbook, sheet: SheetModel, axis: Axis, at: number, n: number): void {
  changeLines(wb, sheet, { sheet: sheet.name, axis, kind: "insert", at, n });
}

export function deleteLines(wb: Workbook, sheet: SheetModel, axis: Axis, at: number, n: number): void {
  changeLines(wb, sheet, { sheet: sheet.name, axis, kind: "delete", at, n });
}

/**
 * Sheet.moveRows/moveColumns: lines [start, start+n) move before line `target`, counted as before the move
 * (the reference: "this index is based on the coordinates before the rows are moved"; the Sheets API's
 * MoveDimensionRequest says the same). Cell contents and formats travel with their line, formulas that
 * refer to moved cells follow them (HyperFormula moveRows), and merges, protections and conditional
 * format ranges lying wholly inside the moved block move with it; other ranges keep their coordinates.
 */
export function moveLines(
  wb: Workbook,
  sheet: SheetModel,
  axis: Axis,
  start: number,
  n: number,
  target: number,
): void {
  if (target >= start && target <= start + n) return;
  const anyFormulas = wb.sheets.some((s) => s.formulas.count > 0);
  if (anyFormulas || wb.mirror.live) wb.mirror.ensure();
  const lo = Math.min(start, target);
  const hi = Math.max(start + n, target);
  const span = Array.from({ length: hi - lo }, (_, i) => lo + i);
  const moved = span.filter((i) => i >= start && i < start + n);
  const rest = span.filter((i) => i < start || i >= start + n);
  const at = target > start ? target - n - lo : target - lo;
  const order = [...rest.slice(0, at), ...moved, ...rest.slice(at)];
  for (const grid of sheet.allGrids()) {
    if (axis === "rows") grid.permuteRows(lo, order);
    else grid.permuteColumns(lo, order);
  }
  const permute = <T>(arr: (T | undefined)[]): (T | undefined)[] => {
    const copy = [...arr];
    order.forEach((from, i) => (copy[lo + i] = arr[from]));
    return copy;
  };
  if (axis === "rows") {
    sheet.rowHeights = permute(sheet.rowHeights);
    sheet.hiddenRows = permute(sheet.hiddenRows);
  } else {
    sheet.colWidths = permute(sheet.colWidths);
    sheet.hiddenCols = permute(sheet.hiddenCols);
  }
  wb.mirror.moveLines(sheet, axis, start, n, target);
  if (anyFormulas) wb.refreshFormulaTexts();
  const newStart = lo + order.indexOf(start);
  const follow = (rect: Rect): Rect => {
    const [pos, len] = axis === "rows" ? [rect.r, rect.h] : [rect.c, rect.w];
    if (pos < start || pos + len > start + n) return rect;
    return axis === "rows" ? { ...rect, r: pos - start + newStart } : { ...rect, c: pos - start + newStart };
  };
  sheet.merges = sheet.merges.map(follow);
  for (const p of sheet.protections) if (p.rect) p.rect = follow(p.rect);
  for (const rule of sheet.cf) rule.ranges = rule.ranges.map(follow);
  moveChartRanges(wb, sheet.id, follow);
}

/** Sort order Sheets uses: numbers, then text (ignoring case), then booleans; empty cells always last. */
function compareValues(a: Evaluated, b: Evaluated): number {
  const rank = (v: Evaluated): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string")
    return a.localeCompare(b, "en", { sensitivity: "base" });
  return Number(a) - Number(b);
}

export interface SortKey {
  /** 0-based column. */
  column: number;
  ascending: boolean;
}

/**
 * Sorts the rows of `rect` by the given keys (Range.sort / Sheet.sort). Row contents and per-cell formats
 * move with their row; formulas are moved as a copy would move them (relative references follow the row).
 */
export function sortRows(wb: Workbook, sheet: SheetModel, rect: Rect, keys: SortKey[]): void {
  const rows = Array.from({ length: rect.h }, (_, i) => rect.r + i);
  const keyValues = new Map<number, Evaluated[]>();
  for (const r of rows)
    keyValues.set(
      r,
      keys.map((k) => wb.evaluated(sheet, r, k.column)),
    );
  const isEmpty = (v: Evaluated): boolean => v === null || v === "";
  const order = [...rows].sort((x, y) => {
    const kx = keyValues.get(x) ?? [];
    const ky = keyValues.get(y) ?? [];
    for (let i = 0; i < keys.length; i++) {
      const a = kx[i] ?? null;
      const b = ky[i] ?? null;
      if (isEmpty(a) || isEmpty(b)) {
        if (isEmpty(a) && isEmpty(b)) continue;
        return isEmpty(a) ? 1 : -1;
      }
      const cmp = compareValues(a, b);
      if (cmp !== 0) return keys[i]?.ascending === false ? -cmp : cmp;
    }
    return x - y;
  });
  for (const grid of sheet.allGrids()) {
    const snapshot = order.map((from) =>
      Array.from({ length: rect.w }, (_, j) => grid.get(from, rect.c + j)),
    );
    snapshot.forEach((cells, i) => cells.forEach((v, j) => grid.set(rect.r + i, rect.c + j, v)));
  }
  order.forEach((from, i) => {
    const to = rect.r + i;
    if (from === to) return;
    for (let j = 0; j < rect.w; j++) {
      const f = sheet.formulas.get(to, rect.c + j);
      if (f !== undefined) sheet.formulas.set(to, rect.c + j, shiftFormula(f, to - from, 0));
    }
  });
  wb.mirror.invalidate();
}
