import type { RowRule } from "./context";

/** NO_RESPONSIBLE: nobody does the work: no Responsible, or no Driver in DACI. */
export const noResponsible: RowRule = (row, ctx, out) => {
  if (row.responsible > 0) return;
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "NO_RESPONSIBLE",
    message: ctx.kind.findings.noDoer(row.label),
    initiative: row.name || undefined,
  });
};
