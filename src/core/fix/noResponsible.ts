import { codeOf } from "../kinds";
import { suggestRow } from "../suggest/rows";
import { isAccountable, isResponsible, owns, partnerOf, withR, type RowFix } from "./row";

/**
 * NO_RESPONSIBLE: the role the suggestion would have do the work under the current owner (department heads on
 * the COO's operational work, the better-matching role of the owner pair under another owner) gets R (D in
 * DACI); otherwise the owner does the work itself (A/R), where the kind has a code for that.
 */
export const fixNoResponsible: RowFix = (row, ctx, out) => {
  if (row.codes.some(isResponsible)) return;
  const holders = row.codes.flatMap((code, role) => (isAccountable(code) ? [role] : []));
  if (holders.length !== 1) {
    out.skip(
      "NO_RESPONSIBLE",
      holders.length === 0
        ? `Nobody owns ${row.label} either: give one role the A first.`
        : `${row.label} has more than one A: settle who owns it first.`,
    );
    return;
  }
  const owner = holders[0];
  const ownerMatch = row.matches.find((m) => m.role === owner) ?? { role: owner, score: 0, lines: new Map() };
  const asSuggested = suggestRow(
    ctx.compiled.charters,
    [ownerMatch, ...row.matches.filter((m) => m.role !== owner)],
    ctx.pair,
    ctx.kind.name,
  );
  const doerCode = codeOf(ctx.kind, "R");
  const doer = asSuggested.findIndex((code, role) => {
    if (code !== doerCode || owns(row.codes[role])) return false;
    const partner = partnerOf(ctx, role);
    return partner < 0 || !owns(row.codes[partner]);
  });
  if (doer >= 0) {
    const why =
      row.evidence(doer) ??
      `${ctx.roles[doer]} do${ctx.roles[doer].endsWith("s") ? "" : "es"} the operational work ${ctx.roles[owner]} owns`;
    out.change(doer, doerCode, "NO_RESPONSIBLE", `${ctx.roles[doer]} becomes ${doerCode}: ${why}`);
    return;
  }
  const code = withR(row.codes[owner], ctx.kind);
  if (code === null) {
    out.skip(
      "NO_RESPONSIBLE",
      `No other role is suggested to do ${row.label}, and in a ${ctx.kind.name} matrix its owner cannot do it ` +
        `too: give one role a ${doerCode} by hand.`,
    );
    return;
  }
  out.change(
    owner,
    code,
    "NO_RESPONSIBLE",
    `${ctx.roles[owner]} becomes ${code}: it owns ${row.label} and nobody else is suggested to do the work`,
  );
};
