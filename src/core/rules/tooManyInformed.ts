import type { RowRule } from "./context";
import { capitalize } from "./labels";

/** TOO_MANY_INFORMED: more roles are informed than settings.maxInformed. */
export const tooManyInformed: RowRule = (row, ctx, out) => {
  const max = ctx.settings.maxInformed;
  if (!(row.informed > max)) return;
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "TOO_MANY_INFORMED",
    message: `${capitalize(row.label)} informs ${row.informed} roles (more than ${max}). Check who really needs the updates.`,
    initiative: row.name || undefined,
  });
};
