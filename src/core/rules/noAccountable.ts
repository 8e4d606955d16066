import type { RowRule } from "./context";

/** NO_ACCOUNTABLE: nobody owns the initiative (a gap). */
export const noAccountable: RowRule = (row, ctx, out) => {
  if (row.accountable > 0) return;
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "NO_ACCOUNTABLE",
    message: `No one is accountable for ${row.label}. Give exactly one role an A.`,
    initiative: row.name || undefined,
  });
};
