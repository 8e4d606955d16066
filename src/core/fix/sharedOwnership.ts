import { bestOf, isAccountable, owns, withA, type RowFix } from "./row";

/**
 * SHARED_OWNERSHIP: the role of the owner pair whose charter matches better keeps the work; the other is
 * consulted. When the other held the only A, the keeper takes it, so the row never loses its owner.
 */
export const fixSharedOwnership: RowFix = (row, ctx, out) => {
  if (ctx.pair === null) return;
  const [first, second] = ctx.pair;
  if (!owns(row.codes[first]) || !owns(row.codes[second])) return;
  const keeper = bestOf(row, [first, second]);
  if (keeper === null) {
    out.skip(
      "SHARED_OWNERSHIP",
      `No charter says which of ${ctx.roles[first]} and ${ctx.roles[second]} should lead ${row.label}: decide by hand.`,
    );
    return;
  }
  const other = keeper === first ? second : first;
  const evidence = row.evidence(keeper) ?? "its charter matches better";
  const tookA = isAccountable(row.codes[other]);
  out.change(
    other,
    "C",
    "SHARED_OWNERSHIP",
    `${ctx.roles[other]} becomes C: ${ctx.roles[keeper]} keeps the work — ${evidence}`,
  );
  if (tookA && !row.codes.some(isAccountable)) {
    const code = withA(row.codes[keeper], ctx.kind);
    out.change(
      keeper,
      code,
      "SHARED_OWNERSHIP",
      `${ctx.roles[keeper]} becomes ${code}: takes the A from ${ctx.roles[other]} — ${evidence}`,
    );
  }
};
