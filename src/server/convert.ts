/**
 * Converting codes left as shorthand ("ra", " Accountable ") when Apps Script dropped their onEdit run (it
 * queues at most two, https://developers.google.com/apps-script/guides/triggers). Check counts them;
 * convertCodes rewrites exactly those cells in one batch under the document lock, logs each change, and keeps
 * them for Undo like a fix (undoFixes puts the typed text back).
 */
import type { FixResult } from "../core/api";
import { PRODUCT_NAME } from "../core/keys";
import { planConversions } from "../core/shorthand";
import type { ShorthandCell } from "../core/types";
import { sheetNamed } from "../sheets/locate";
import { addonMatrix } from "../sheets/addonMade";
import type { MatrixOnSheet } from "../sheets/read";
import { rewriteCells } from "./fix";
import { withDocumentLock } from "./lock";

/** The rule name convertCodes' changes carry in its result and in Undo's record. */
export const CONVERT_RULE = "SHORTHAND_CODE";

/**
 * The matrix's shorthand cells that hold no formula: a formula whose result reads like an alias (="ra") is
 * someone's own logic, never rewritten. One getFormulas over the rows that hold them, only when there are any.
 */
export function shorthandWithoutFormulas({ sheet, matrix }: MatrixOnSheet): ShorthandCell[] {
  const cells = matrix.shorthand ?? [];
  if (cells.length === 0) return [];
  const top = cells[0].row;
  const bottom = cells[cells.length - 1].row;
  let left = cells[0].column;
  let right = left;
  for (const c of cells) {
    left = Math.min(left, c.column);
    right = Math.max(right, c.column);
  }
  const formulas = sheet.getRange(top, left, bottom - top + 1, right - left + 1).getFormulas();
  return cells.filter((c) => formulas[c.row - top][c.column - left] === "");
}

/**
 * Rewrites the matrix's shorthand codes in the form the add-on writes (R, A, A/R, C, I). Only cells whose
 * text reads as a code: never a formula, a number, a date, text that is not a code, or a cell outside the
 * matrix's code cells. Refuses a table the add-on did not make.
 */
export function convertCodes(sheetName?: string): FixResult {
  return withDocumentLock(() => {
    const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
    const read = addonMatrix(sheet, name);
    const { matrix } = read;
    const changes = planConversions(matrix.roles, matrix.initiatives, shorthandWithoutFormulas(read));
    if (changes.length === 0) return { sheetName: name, changes: [], skipped: [] };
    const undoable = rewriteCells(
      sheet,
      read.values,
      changes.map((c) => ({ ...c, new: c.code, user: `${PRODUCT_NAME} (convert shorthand)` })),
    );
    return {
      sheetName: name,
      changes: changes.map((c) => ({
        cell: c.cell,
        initiative: c.initiative,
        role: c.role,
        rule: CONVERT_RULE,
        old: c.text,
        new: c.code,
        reason: `“${c.text.trim()}” is shorthand for ${c.code}.`,
      })),
      skipped: [],
      undoable,
    };
  });
}
