/**
 * How much the add-on's batched calls carry: cell attributes written (a value, each format, a validation
 * rule) by generate and refresh, worked out from the same SheetPlan the add-on applies.
 *
 * A batched call is one round trip, but not free: Google's best-practices example writes 10,000 backgrounds
 * in one call in about 1 s, so about 0.1 ms per cell attribute. At large sizes that, not the call count,
 * dominates the add-on's time, and the per-call estimate alone would flatter it.
 */
import { cellsWritten } from "../src/core/plan/cost";
import { generatedFacts, planFor, refreshPlan } from "./naive";

export { MS_PER_CELL, cellsWritten } from "../src/core/plan/cost";

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
