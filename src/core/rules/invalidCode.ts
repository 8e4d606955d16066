import { tryA1 } from "../a1";
import { shorten } from "../guards";
import type { RowRule } from "./context";
import { roleLabel } from "./labels";

/** INVALID_CODE: a cell holds something that is not a RACI code; reported on that cell, never dropped. */
export const invalidCode: RowRule = (row, ctx, out) => {
  if (row.invalid === 0) return;
  const { cells, row: sheetRow } = row.initiative;
  const end = Math.min(ctx.roles.length, cells.length);
  for (let i = 0; i < end; i++) {
    const cell = cells[i];
    if (cell === undefined || cell.kind !== "invalid") continue;
    const role = ctx.roles[i];
    const address = tryA1(sheetRow, role.column);
    const where =
      address === undefined ? `The cell of ${roleLabel(role)} for ${row.label}` : `Cell ${address}`;
    out.at(sheetRow, role.column, {
      rule: "INVALID_CODE",
      message: `${where} holds "${shorten(cell.text.trim())}", which is not a RACI code. Use R, A, A/R, C or I.`,
      initiative: row.name || undefined,
      role: role.name.trim() || undefined,
    });
  }
};
