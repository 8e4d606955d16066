import type { RowRule } from "./context";
import { capitalize } from "./labels";

/** TOO_MANY_CONSULTED: more roles are consulted than settings.maxConsulted, which slows decisions down. */
export const tooManyConsulted: RowRule = (row, ctx, out) => {
  const max = ctx.settings.maxConsulted;
  if (!(row.consulted > max)) return;
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "TOO_MANY_CONSULTED",
    message: `${capitalize(row.label)} consults ${row.consulted} roles (more than ${max}). Fewer voices make faster decisions.`,
    initiative: row.name || undefined,
  });
};
