/**
 * How much the add-on's batched calls carry: cell attributes written (a value, each format, a validation
 * rule) by generate and refresh, worked out from the same SheetPlan the add-on applies.
 *
 * A batched call is one round trip, but not free: Google's best-practices example writes 10,000 backgrounds
 * in one call in about 1 s, so about 0.1 ms per cell attribute. At large sizes that, not the call count,
 * dominates the add-on's time, and the per-call estimate alone would flatter it.
 */
import type { SheetPlan } from "../src/core/plan/types";
import { generatedFacts, planFor, refreshPlan } from "./naive";

export const MS_PER_CELL = 0.1;

const GRIDS = ["values", "backgrounds", "fontWeights", "notes"] as const;

/** Cell attributes a plan writes: every grid of every block, plus the code cells' validation. */
export function cellsWritten(plan: SheetPlan): number {
  let cells = 0;
  for (const block of plan.blocks) {
    const area = block.range.numRows * block.range.numColumns;
    for (const grid of GRIDS) if (block[grid]) cells += area;
  }
  const { numRows, numColumns } = plan.codeValidation.range;
  return cells + numRows * numColumns;
}

export interface Payload {
  generate: number;
  refresh: number;
}

export function payloadOf(spec: unknown): Payload {
  const { plan, layout } = planFor(spec);
  return {
    generate: cellsWritten(plan),
    // Right after generate, the sheet's last row with content is the plan's last row.
    refresh: cellsWritten(refreshPlan(layout, generatedFacts(spec)).plan),
  };
}
