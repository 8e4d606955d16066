/**
 * Which kind a table's codes are written in, for adopting a table someone already keeps (docs/domain.md,
 * "Kinds of matrix"): the first kind, in the table's order (RACI, RASCI, DACI), that reads every code; else the
 * kind that reads the most, RACI on a tie. So a RACI table stays RACI, one with an S is RASCI, one with D and
 * A is DACI, and a table with a typo is not taken for another kind because of it.
 */
import { parseCode } from "./codes";
import { DEFAULT_KIND, MATRIX_KINDS } from "./kinds";
import type { CellValue, MatrixKind } from "./types";

export function kindOfCodes(cells: Iterable<CellValue>): MatrixKind {
  const filled = [...cells].filter((cell) => parseCode(cell).kind !== "empty");
  let best = DEFAULT_KIND;
  let bestRead = -1;
  for (const kind of MATRIX_KINDS) {
    const read = filled.filter((cell) => parseCode(cell, kind).kind === "code").length;
    if (read === filled.length) return kind;
    if (read > bestRead) [best, bestRead] = [kind, read];
  }
  return best;
}
