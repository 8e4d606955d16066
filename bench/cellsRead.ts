/**
 * The sheet's formula work as cells read, worked out from the formulas rather than timed: a reference to a
 * range of n cells costs n reads each time its formula is evaluated, as when a spreadsheet scans it (the
 * issue's model: "a million conditional-format cells each scanning 50 cells"). Conditional formats count once
 * per cell they cover, as Sheets evaluates a custom formula for each cell of its ranges. Deterministic and
 * cheap, so it runs at every size, 20,000 × 50 included; HyperFormula's CPU time (formulaWork.ts) is the
 * other half of the picture, since HyperFormula remembers COUNTIF results and pays a fixed cost per formula.
 *
 * "After one edit": the formulas a changed code cell makes Sheets evaluate again (those that read it, those
 * that read them, and so on), and the cells they read.
 */
import { shiftSegments, tokenize, type RefToken } from "../emulator/refs";
import { KINDS } from "../src/core/kinds";
import { firstDataRow, summaryRow, type Layout } from "../src/core/plan/layout";
import type { MatrixKind } from "../src/core/types";
import type { SheetPlan } from "../src/core/plan/types";

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const refsOf = (formula: string): Rect[] =>
  tokenize(formula)
    .filter((segment): segment is RefToken => typeof segment !== "string")
    .map(({ start, end }) => ({
      r0: start.row ?? 0,
      c0: start.col ?? 0,
      r1: (end ?? start).row ?? 1_000_000,
      c1: (end ?? start).col ?? 18_277,
    }));

const area = ({ r0, c0, r1, c1 }: Rect) => (r1 - r0 + 1) * (c1 - c0 + 1);
const readsOf = (formula: string) => refsOf(formula).reduce((sum, rect) => sum + area(rect), 0);

export interface CellsRead {
  fullEvaluation: number;
  afterOneEdit: number;
}

export function cellsRead(plan: SheetPlan, layout: Layout, kind: MatrixKind): CellsRead {
  let fullEvaluation = 0;
  for (const block of plan.blocks)
    for (const row of block.values ?? [])
      for (const value of row)
        if (typeof value === "string" && value.startsWith("=")) fullEvaluation += readsOf(value);
  for (const rule of plan.highlightRules) {
    const cells = rule.ranges.reduce((sum, range) => sum + range.numRows * range.numColumns, 0);
    fullEvaluation += readsOf(rule.formula) * cells;
  }
  return { fullEvaluation, afterOneEdit: afterEdit(plan, layout, kind) };
}

/** Reads of the formulas an edit of the first code cell of the middle initiative sets off (0-based cells). */
function afterEdit(plan: SheetPlan, layout: Layout, kind: MatrixKind): number {
  const row = firstDataRow(layout) + Math.floor((layout.lastRow - firstDataRow(layout)) / 2) - 1;
  const edited = { r: row, c: layout.firstRoleColumn - 1 };
  // Every formula that could depend on the edit: those of its row and of the summary rows.
  const rows = new Set([row, ...KINDS[kind].summary.map((_, k) => summaryRow(layout, kind, k) - 1)]);
  const formulas: { r: number; c: number; formula: string }[] = [];
  for (const block of plan.blocks)
    block.values?.forEach((values, i) => {
      const r = block.range.row - 1 + i;
      if (!rows.has(r)) return;
      values.forEach((value, j) => {
        if (typeof value === "string" && value.startsWith("="))
          formulas.push({ r, c: block.range.column - 1 + j, formula: value });
      });
    });
  for (const rule of plan.highlightRules) {
    const anchor = rule.ranges[0];
    const segments = tokenize(rule.formula);
    for (const range of rule.ranges) {
      if (row < range.row - 1 || row > range.row + range.numRows - 2) continue;
      for (let c = range.column - 1; c < range.column - 1 + range.numColumns; c++)
        formulas.push({
          r: row,
          c: -1 - c,
          formula: shiftSegments(segments, row + 1 - anchor.row, c + 1 - anchor.column),
        });
    }
  }
  // A conditional format is read by nothing (its c is negative); a cell formula by whatever refers to it.
  const changed = [edited];
  const done = new Set<number>();
  let reads = 0;
  for (let grew = true; grew;) {
    grew = false;
    formulas.forEach(({ r, c, formula }, k) => {
      if (done.has(k)) return;
      const refs = refsOf(formula);
      if (
        !changed.some((cell) =>
          refs.some((x) => cell.r >= x.r0 && cell.r <= x.r1 && cell.c >= x.c0 && cell.c <= x.c1),
        )
      )
        return;
      done.add(k);
      reads += refs.reduce((sum, rect) => sum + area(rect), 0);
      if (c >= 0) changed.push({ r, c });
      grew = true;
    });
  }
  return reads;
}
