import type { RowRule } from "./context";
import { capitalize } from "./labels";

/**
 * TOO_MANY_RESPONSIBLE: more roles do the work than settings.maxResponsible. Not in a kind with one doer per
 * row (DACI), where a second Driver is already MULTIPLE_DRIVERS.
 */
export const tooManyResponsible: RowRule = (row, ctx, out) => {
  const max = ctx.settings.maxResponsible;
  if (ctx.kind.soleDoer || !(row.responsible > max)) return;
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "TOO_MANY_RESPONSIBLE",
    message: `${capitalize(row.label)} has ${row.responsible} responsible roles (more than ${max}). Split it into smaller initiatives.`,
    initiative: row.name || undefined,
  });
};
