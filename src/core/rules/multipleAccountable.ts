import type { RowRule } from "./context";
import { capitalize, roleLabel } from "./labels";
import { accountableAt } from "./rowFacts";

/** MULTIPLE_ACCOUNTABLE: two or more roles hold A (double ownership). */
export const multipleAccountable: RowRule = (row, ctx, out) => {
  if (row.accountable < 2) return;
  const names: string[] = [];
  ctx.roles.forEach((role, i) => {
    if (accountableAt(row.initiative, i)) names.push(roleLabel(role));
  });
  // Sorted, so the message does not depend on the order of the columns.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  out.at(row.initiative.row, ctx.nameColumn, {
    rule: "MULTIPLE_ACCOUNTABLE",
    message: `${capitalize(row.label)} has ${row.accountable} accountable roles (${names.join(", ")}). Keep exactly one A.`,
    initiative: row.name || undefined,
  });
};
