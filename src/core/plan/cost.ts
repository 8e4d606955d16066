/**
 * What applying a plan may cost in Apps Script time, so a size that cannot finish within an execution is
 * refused before anything is written. The rates are the benchmark's (bench/estimate.ts, bench/payload.ts),
 * from Google's best-practices page: about 7 ms per call made one cell at a time, and about 0.1 ms per cell
 * attribute carried by a batched call (10,000 backgrounds in one call ≈ 1 s). At large sizes the cells, not
 * the calls, dominate.
 */
import type { SheetPlan } from "./types";

export const MS_PER_CALL = 7;
export const MS_PER_CELL = 0.1;

const GRIDS = ["values", "backgrounds", "fontWeights", "notes"] as const;

/** Cell attributes a plan writes: every grid of every block, plus the code cells' validation. */
export function cellsWritten(plan: SheetPlan): number {
  let cells = 0;
  for (const block of plan.blocks) {
    const area = block.range.numRows * block.range.numColumns;
    for (const grid of GRIDS) if (block[grid]) cells += area;
  }
  const validated = plan.codeValidation.ranges.reduce((sum, r) => sum + r.numRows * r.numColumns, 0);
  return cells + validated;
}

/** Calls applyPlan makes, roughly: a few per block, column width and run of validated rows, and a fixed overhead. */
export function callsMade(plan: SheetPlan): number {
  const runs = plan.codeValidation.ranges.length + (plan.decisionValidation?.ranges.length ?? 0);
  return 8 * plan.blocks.length + plan.columnWidths.length + 3 * plan.protections.length + runs + 20;
}

/** Estimated Apps Script time to apply a plan, in ms. */
export function estimateApplyMs(plan: SheetPlan): number {
  return Math.round(cellsWritten(plan) * MS_PER_CELL + callsMade(plan) * MS_PER_CALL);
}
