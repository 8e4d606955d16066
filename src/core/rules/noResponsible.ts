import type { RowRule } from "./context";

/** NO_RESPONSIBLE: nobody does the work. */
export const noResponsible: RowRule = (row, ctx, out) => {
  if (row.responsible > 0) return;
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "NO_RESPONSIBLE",
    message: `No one is responsible for doing ${row.label}. Give at least one role an R.`,
    initiative: row.name || undefined,
  });
};
