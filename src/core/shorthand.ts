/**
 * Codes typed as shorthand ("ra", "a/r", " Accountable ") that onEdit never rewrote: Apps Script queues at
 * most two onEdit events and drops the rest (https://developers.google.com/apps-script/guides/triggers), so
 * a fast typist or a busy sheet leaves some behind. They read correctly; Check offers to convert them.
 */
import { a1 } from "./a1";
import { codeList, type Kind } from "./kinds";
import type { ShorthandCell, ShorthandSummary } from "./types";

/** How many typed texts the summary names. */
const EXAMPLES = 3;

/** The count, a few texts and the first cell; null when there is none. */
export function summariseShorthand(
  cells: readonly ShorthandCell[] | undefined,
  kind: Kind,
): ShorthandSummary | null {
  if (!cells || cells.length === 0) return null;
  const distinct = [...new Set(cells.map((c) => c.text.trim()))];
  const examples = distinct.slice(0, EXAMPLES);
  const more = distinct.length > EXAMPLES ? ", …" : "";
  const count = cells.length;
  const what = count === 1 ? "1 code is" : `${count} codes are`;
  return {
    count,
    examples,
    cell: a1(cells[0].row, cells[0].column),
    message:
      `${what} typed as shorthand (${examples.join(", ")}${more}): convert ` +
      `${count === 1 ? "it" : "them"} to ${codeList(kind)}.`,
  };
}

/** One conversion: the cell, what it holds, and the code to write. */
export interface Conversion extends ShorthandCell {
  cell: string;
  initiative: string;
  role: string;
}

/** The conversions for a matrix's shorthand cells, in sheet order, each named by its initiative and role. */
export function planConversions(
  roles: readonly { name: string; column: number }[],
  initiatives: readonly { name: string; row: number }[],
  cells: readonly ShorthandCell[] | undefined,
): Conversion[] {
  if (!cells || cells.length === 0) return [];
  const names = new Map(initiatives.map((i) => [i.row, i.name]));
  const roleAt = new Map(roles.map((r) => [r.column, r.name]));
  return cells
    .map((c) => ({
      ...c,
      cell: a1(c.row, c.column),
      initiative: names.get(c.row) ?? "",
      role: roleAt.get(c.column) ?? "",
    }))
    .sort((x, y) => x.row - y.row || x.column - y.column);
}
