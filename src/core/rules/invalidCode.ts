import { tryA1 } from "../a1";
import { shorten } from "../guards";
import { codeList } from "../kinds";
import type { RowRule } from "./context";
import { roleLabel } from "./labels";

/** INVALID_CODE: a cell holds something that is not one of the kind's codes; reported on that cell, never dropped. */
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
      message: `${where} holds "${shorten(cell.text.trim())}", which is not a ${ctx.kind.name} code. Use ${codeList(ctx.kind)}.`,
      initiative: row.name || undefined,
      role: role.name.trim() || undefined,
    });
  }
};
