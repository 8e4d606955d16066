import { codeOf } from "../kinds";
import type { RowRule } from "./context";
import { capitalize } from "./labels";
import { namesHolding } from "./rowFacts";

/**
 * MULTIPLE_DRIVERS (warning): in a kind whose rows have exactly one doer (DACI's Driver), two or more roles
 * drive the decision, so nobody knows who runs it. A warning like NO_RESPONSIBLE, its counterpart: the
 * decision can still be made, but the work of getting it made is claimed twice.
 */
export const multipleDrivers: RowRule = (row, ctx, out) => {
  if (!ctx.kind.soleDoer || row.responsible < 2) return;
  const names = namesHolding(row, ctx.roles, "R");
  const driver = ctx.kind.partNames.R ?? "doer";
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "MULTIPLE_DRIVERS",
    message: `${capitalize(row.label)} has ${row.responsible} ${driver.toLowerCase()}s (${names.join(", ")}). Keep exactly one ${codeOf(ctx.kind, "R")}.`,
    initiative: row.name || undefined,
  });
};
