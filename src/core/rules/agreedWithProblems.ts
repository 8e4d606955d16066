import { isAgreed } from "../write/agreement";
import type { RowRule } from "./context";
import { sharesOwnership } from "./sharedOwnership";

/**
 * AGREED_WITH_PROBLEMS: the team marked the row Agreed, yet it still breaks a row rule (no A, two A, or
 * both owners hold it), so the sign-off covers a gap or a double ownership.
 */
export const agreedWithProblems: RowRule = (row, ctx, out) => {
  if (!isAgreed(row.initiative.decision)) return;
  const problems = [
    ...(row.accountable === 0 ? [ctx.kind.findings.agreedNoOwner] : []),
    ...(row.accountable > 1 ? [ctx.kind.findings.agreedOwners(row.accountable)] : []),
    ...(sharesOwnership(row, ctx) ? ["both owners hold it"] : []),
  ];
  if (problems.length === 0) return;
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "AGREED_WITH_PROBLEMS",
    message: `${row.label} is marked Agreed, but ${problems.join(" and ")}. Fix it, or reopen the decision.`,
    initiative: row.name || undefined,
  });
};
