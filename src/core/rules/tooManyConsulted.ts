import type { RowRule } from "./context";
import { capitalize } from "./labels";

/** TOO_MANY_CONSULTED: more roles are consulted (contribute, in DACI) than settings.maxConsulted: decisions slow down. */
export const tooManyConsulted: RowRule = (row, ctx, out) => {
  const max = ctx.settings.maxConsulted;
  if (!(row.consulted > max)) return;
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "TOO_MANY_CONSULTED",
    message: ctx.kind.findings.consulted(capitalize(row.label), row.consulted, max),
    initiative: row.name || undefined,
  });
};
