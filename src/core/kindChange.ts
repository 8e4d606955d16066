/**
 * Changing a matrix's kind (Settings): allowed only when every code the matrix holds is a code of the new kind,
 * since the add-on never rewrites a code into another one. The refusal names the cells to change first.
 */
import { a1 } from "./a1";
import { parseCode } from "./codes";
import { shorten } from "./guards";
import type { MatrixKind, RaciMatrix } from "./types";

/** How many cells a refusal names before "and n more". */
const SHOWN = 5;

/** The code cells holding something that is no code of `kind` (a RACI "R" for DACI), in sheet order. */
export function cellsNotOfKind(matrix: RaciMatrix, kind: MatrixKind): { cell: string; text: string }[] {
  const found: { cell: string; text: string }[] = [];
  for (const initiative of matrix.initiatives) {
    initiative.cells.forEach((cell, i) => {
      const role = matrix.roles[i];
      if (role === undefined || cell.kind === "empty") return;
      const text = cell.kind === "code" ? cell.code : cell.text;
      if (parseCode(text, kind).kind !== "code") found.push({ cell: a1(initiative.row, role.column), text });
    });
  }
  return found;
}

/** Why `matrix` cannot become a `kind` matrix, or null when it can. */
export function kindChangeProblem(matrix: RaciMatrix, kind: MatrixKind): string | null {
  if (matrix.settings.kind === kind) return null;
  const cells = cellsNotOfKind(matrix, kind);
  if (cells.length === 0) return null;
  const shown = cells.slice(0, SHOWN).map(({ cell, text }) => `${cell} holds "${shorten(text.trim(), 20)}"`);
  const more = cells.length > SHOWN ? ` and ${cells.length - SHOWN} more cells` : "";
  return (
    `This matrix cannot become a ${kind} matrix while its cells hold codes a ${kind} matrix does not have: ` +
    `${shown.join(", ")}${more}. Change or clear those cells first.`
  );
}
