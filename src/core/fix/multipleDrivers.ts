import { codeOf } from "../kinds";
import { bestOf, isResponsible, listRoles, type RowFix } from "./row";

/**
 * MULTIPLE_DRIVERS (DACI): the D stays with the holder whose charter matches best; the others contribute (C),
 * as the Driver gathers their input.
 */
export const fixMultipleDrivers: RowFix = (row, ctx, out) => {
  if (!ctx.kind.soleDoer) return;
  const holders = row.codes.flatMap((code, role) => (isResponsible(code) ? [role] : []));
  if (holders.length < 2) return;
  const driver = codeOf(ctx.kind, "R");
  const keeper = bestOf(row, holders);
  if (keeper === null) {
    out.skip(
      "MULTIPLE_DRIVERS",
      `No charter says which of ${listRoles(ctx, holders)} should drive ${row.label}: keep one ${driver} by hand.`,
    );
    return;
  }
  const why = `${ctx.roles[keeper]} keeps the ${driver} — ${row.evidence(keeper) ?? "its charter matches best"}`;
  for (const role of holders)
    if (role !== keeper) out.change(role, "C", "MULTIPLE_DRIVERS", `${ctx.roles[role]} becomes C: ${why}`);
};
