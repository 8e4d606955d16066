import type { RowRule } from "./context";
import { capitalize } from "./labels";
import { namesHolding } from "./rowFacts";

/** MULTIPLE_ACCOUNTABLE: two or more roles hold A (double ownership): Accountable, or DACI's Approver. */
export const multipleAccountable: RowRule = (row, ctx, out) => {
  if (row.accountable < 2) return;
  const names = namesHolding(row, ctx.roles, "A");
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "MULTIPLE_ACCOUNTABLE",
    message: ctx.kind.findings.owners(capitalize(row.label), row.accountable, names.join(", ")),
    initiative: row.name || undefined,
  });
};
