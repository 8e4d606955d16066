/**
 * Converting codes left as shorthand ("ra", " Accountable ") when Apps Script dropped their onEdit run (it
 * queues at most two, https://developers.google.com/apps-script/guides/triggers). Check counts them;
 * convertCodes rewrites exactly those cells in one batch under the document lock, logs each change, and keeps
 * them for Undo like a fix (undoFixes puts the typed text back).
 */
import type { FixResult } from "../../core/api";
import { PRODUCT_NAME } from "../../core/keys";
import { planConversions } from "../../core/shorthand";
import { sheetNamed } from "../../sheets/locate";
import { addonMatrix } from "../../sheets/addonMade";
import { rewriteCells } from "../ops/rewrite";
import { shorthandWithoutFormulas } from "../ops/shorthandCells";
import { withDocumentLock } from "../ops/lock";

/** The rule name convertCodes' changes carry in its result and in Undo's record. */
export const CONVERT_RULE = "SHORTHAND_CODE";

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
