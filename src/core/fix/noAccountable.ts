import { isAccountable, owns, partnerOf, withA, type RowFix } from "./row";

/** NO_ACCOUNTABLE: the role whose charter matches best becomes A; with no evidence, nobody is made owner. */
export const fixNoAccountable: RowFix = (row, ctx, out) => {
  if (row.codes.some(isAccountable)) return;
  if (row.matches.length === 0) {
    out.skip(
      "NO_ACCOUNTABLE",
      `No word of ${row.label} matches a role's charter, so no owner is suggested: give one role an A by hand.`,
    );
    return;
  }
  const owner = row.matches[0].role;
  const partner = partnerOf(ctx, owner);
  if (partner >= 0 && owns(row.codes[partner])) {
    out.skip(
      "NO_ACCOUNTABLE",
      `${ctx.roles[owner]} matches best, but ${ctx.roles[partner]} already works on ${row.label}: decide who leads.`,
    );
    return;
  }
  const code = withA(row.codes[owner], ctx.kind);
  out.change(
    owner,
    code,
    "NO_ACCOUNTABLE",
    `${ctx.roles[owner]} becomes ${code}: ${row.evidence(owner) ?? ""}`,
  );
};
