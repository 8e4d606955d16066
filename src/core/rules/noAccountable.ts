import type { RowRule } from "./context";

/** NO_ACCOUNTABLE: nobody owns the initiative (a gap): no Accountable, or no Approver in DACI. */
export const noAccountable: RowRule = (row, ctx, out) => {
  if (row.accountable > 0) return;
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "NO_ACCOUNTABLE",
    message: ctx.kind.findings.noOwner(row.label),
    initiative: row.name || undefined,
  });
};
