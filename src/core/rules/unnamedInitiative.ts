import type { RowRule } from "./context";

/** UNNAMED_INITIATIVE: a row has assignments but no name (spare rows never reach the rules). */
export const unnamedInitiative: RowRule = (row, ctx, out) => {
  if (row.name !== "") return;
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "UNNAMED_INITIATIVE",
    message: `Row ${row.initiative.row} has assignments but no initiative name. Add a name or clear the row.`,
  });
};
