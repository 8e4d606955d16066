/**
 * Converting codes left as shorthand ("ra", " Accountable ") when Apps Script dropped their onEdit run (it
 * queues at most two, https://developers.google.com/apps-script/guides/triggers). Check counts them;
 * convertCodes rewrites exactly those cells through the one write path (sheets/write.ts) under the document
 * lock: logged, and kept for the person's Undo like a fix (undoFixes puts the typed text back).
 */
import { a1 } from "../../core/a1";
import type { FixResult } from "../../core/api";
import { PRODUCT_NAME } from "../../core/keys";
import { planConversions } from "../../core/shorthand";
import { sheetNamed } from "../../sheets/locate";
import { addonMatrix } from "../../sheets/addonMade";
import { undoFields, writeCodes } from "../../sheets/write";
import { shorthandWithoutFormulas } from "../ops/shorthandCells";
import { withDocumentLock } from "../ops/lock";

/** The rule name convertCodes' changes carry in its result and in Undo's record. */
export const CONVERT_RULE = "SHORTHAND_CODE";

/**
 * Rewrites the matrix's shorthand codes in the form the add-on writes in its kind (R, A, A/R, C, I in RACI).
 * Only cells whose text reads as a code: never a formula, a number, a date, text that is not a code, or a cell
 * outside the matrix's code cells. Refuses a table the add-on did not make.
 */
export function convertCodes(sheetName?: string): FixResult {
  return withDocumentLock(() => {
    const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
    const read = addonMatrix(sheet, name);
    const { matrix } = read;
    const changes = planConversions(matrix.roles, matrix.initiatives, shorthandWithoutFormulas(read));
    if (changes.length === 0) return { sheetName: name, changes: [], skipped: [] };
    // shorthandWithoutFormulas read them: none holds a formula.
    const planned = new Set(changes.map((c) => c.cell));
    const result = writeCodes(
      read,
      changes.map((c) => ({
        row: c.row,
        column: c.column,
        content: { text: c.code },
        old: c.text,
        initiative: c.initiative,
        role: c.role,
      })),
      {
        user: `${PRODUCT_NAME} (convert shorthand)`,
        knownFormula: (row, column) => (planned.has(a1(row, column)) ? "" : undefined),
        undoable: true,
      },
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
      ...undoFields(result),
    };
  });
}
