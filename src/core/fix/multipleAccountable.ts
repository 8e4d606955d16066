import { codeOf } from "../kinds";
import { bestOf, isAccountable, isResponsible, listRoles, partnerOf, type RowFix } from "./row";

/**
 * MULTIPLE_ACCOUNTABLE: the A stays with the holder whose charter matches best; the others do the work (R, or
 * D in DACI) when nobody else does (or they held A/R), or are consulted (C). The owner pair's other role is
 * always consulted, never given the work.
 */
export const fixMultipleAccountable: RowFix = (row, ctx, out) => {
  const holders = row.codes.flatMap((code, role) => (isAccountable(code) ? [role] : []));
  if (holders.length < 2) return;
  const keeper = bestOf(row, holders);
  if (keeper === null) {
    out.skip(
      "MULTIPLE_ACCOUNTABLE",
      `No charter says which of ${listRoles(ctx, holders)} should own ${row.label}: keep one A by hand.`,
    );
    return;
  }
  const why = `${ctx.roles[keeper]} keeps the A — ${row.evidence(keeper) ?? "its charter matches best"}`;
  for (const role of holders) {
    if (role === keeper) continue;
    const partner = partnerOf(ctx, keeper) === role;
    const someoneDoes = row.codes.some((code, r) => r !== role && isResponsible(code));
    const does = !partner && (isResponsible(row.codes[role]) || !someoneDoes);
    const code = does ? codeOf(ctx.kind, "R") : "C";
    out.change(role, code, "MULTIPLE_ACCOUNTABLE", `${ctx.roles[role]} becomes ${code}: ${why}`);
  }
};
