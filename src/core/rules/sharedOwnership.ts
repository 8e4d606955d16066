import { codeOf } from "../kinds";
import type { MatrixInitiative } from "../types";
import type { MatrixContext, RowRule } from "./context";
import { ownsAt, type RowFacts } from "./rowFacts";

function ownsAny(initiative: MatrixInitiative, positions: readonly number[]): boolean {
  return positions.some((i) => ownsAt(initiative, i));
}

/** True when both roles of the owner pair hold R or A on the row (D or A in DACI). */
export function sharesOwnership(row: RowFacts, ctx: MatrixContext): boolean {
  const pair = ctx.ownerPair;
  if (pair === null || row.responsible + row.accountable < 2) return false;
  return ownsAny(row.initiative, pair.first) && ownsAny(row.initiative, pair.second);
}

/** SHARED_OWNERSHIP: both roles of the owner pair hold R or A (D or A), so the two executives claim the same work. */
export const sharedOwnership: RowRule = (row, ctx, out) => {
  const pair = ctx.ownerPair;
  if (pair === null || !sharesOwnership(row, ctx)) return;
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "SHARED_OWNERSHIP",
    message: `${pair.names[0]} and ${pair.names[1]} both own ${row.label} (${codeOf(ctx.kind, "R")} or A). Decide who leads.`,
    initiative: row.name || undefined,
  });
};
