import type { MatrixContext } from "./context";
import type { FindingCollector } from "./collector";
import { roleLabel } from "./labels";
import type { RoleTally } from "./roleTally";

/** ROLE_WITHOUT_OWNERSHIP: a role holds no R and no A anywhere (only once there is at least one initiative). */
export function roleWithoutOwnership(
  tally: RoleTally,
  initiatives: number,
  ctx: MatrixContext,
  out: FindingCollector,
): void {
  if (initiatives === 0) return;
  ctx.roles.forEach((role, i) => {
    if (tally.owned[i] > 0) return;
    out.atHeader(role.column, {
      rule: "ROLE_WITHOUT_OWNERSHIP",
      message: `${roleLabel(role, true)} ${ctx.kind.findings.ownsNothing}. Give it something to own, or check it belongs here.`,
      role: role.name.trim() || undefined,
    });
  });
}
