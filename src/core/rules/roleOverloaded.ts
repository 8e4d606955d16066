import { codeOf } from "../kinds";
import type { MatrixContext } from "./context";
import type { FindingCollector } from "./collector";
import { roleLabel } from "./labels";
import type { RoleTally } from "./roleTally";

// Keeps "more than 60% of 10" from tripping on 0.6 × 10 = 6.000000000000001 style rounding.
const EPSILON = 1e-9;

/** ROLE_OVERLOADED: a role holds R or A on more than overloadShare of the initiatives, and on at least overloadMinInitiatives. */
export function roleOverloaded(
  tally: RoleTally,
  initiatives: number,
  ctx: MatrixContext,
  out: FindingCollector,
): void {
  const { overloadShare, overloadMinInitiatives } = ctx.settings;
  ctx.roles.forEach((role, i) => {
    const owned = tally.owned[i];
    if (!(owned > overloadShare * initiatives + EPSILON && owned >= overloadMinInitiatives)) return;
    const percent = Math.round((owned / initiatives) * 100);
    out.atHeader(role.column, {
      rule: "ROLE_OVERLOADED",
      message: `${roleLabel(role, true)} holds ${codeOf(ctx.kind, "R")} or A on ${owned} of ${initiatives} initiatives (${percent}%). Hand some to other roles.`,
      role: role.name.trim() || undefined,
    });
  });
}
