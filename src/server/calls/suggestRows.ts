/**
 * "Suggest owners for these rows" on a matrix that exists (core/fix/suggestRows.ts): suggestForRows says what
 * each row without codes would get, and why, and writes nothing; fillSuggestedRows writes exactly that into
 * the empty code cells, through the one write path (sheets/write.ts) as a fix is: one batch under the document
 * lock, never over a formula, kept for the person's Undo, every cell in the change log.
 */
import type { FixRowTarget, SuggestedRows } from "../../core/api";
import { glossaryOfRoles } from "../../core/glossary";
import { PRODUCT_NAME } from "../../core/keys";
import { readFixRows, type FixRows } from "../../core/fix/rows";
import { planRowSuggestions } from "../../core/fix/suggestRows";
import { addonMatrix, notMadeByAddon, readableMatrix, writableOrigin } from "../../sheets/addonMade";
import { loadCharters } from "../../sheets/charterStore";
import { loadGlossary } from "../../sheets/glossaryStore";
import { sheetNamed } from "../../sheets/locate";
import type { MatrixOnSheet } from "../../sheets/read";
import { withDocumentLock } from "../ops/lock";
import { parseA1 } from "../../core/a1";
import { oldText, undoFields, writeCodes } from "../../sheets/write";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How the change log names what these writes are. */
export const SUGGESTED_BY = `${PRODUCT_NAME} (suggested owners)`;

function planFor(read: MatrixOnSheet, only: FixRows | null) {
  const charters = loadCharters(read.sheet);
  const glossary = glossaryOfRoles(loadGlossary(), read.roles, charters);
  return planRowSuggestions(read.matrix, charters, glossary, only);
}

/** The initiatives' rows the active selection covers on `sheet`, each with the initiative it holds. */
function selectedRows(sheet: Sheet, read: MatrixOnSheet): FixRows {
  const range = SpreadsheetApp.getActiveSpreadsheet().getActiveRange();
  const rows = new Map<number, string>();
  if (range === null || range.getSheet().getSheetId() !== sheet.getSheetId()) return rows;
  const row = range.getRow();
  const numRows = range.getNumRows();
  for (const initiative of read.matrix.initiatives)
    if (initiative.row >= row && initiative.row < row + numRows)
      rows.set(initiative.row, initiative.name.trim());
  return rows;
}

function rowsOf(rows: unknown, sheet: Sheet, read: () => MatrixOnSheet): FixRows | null {
  if (rows === "selection") return selectedRows(sheet, read());
  const checked = readFixRows(rows);
  if (!checked.ok) throw new Error(checked.message);
  return checked.rows;
}

/**
 * What Suggest owners would write, row by row, and the rows it leaves and why; writes nothing. `rows`:
 * omitted, every row with no code; "selection", the initiatives of the active selection; or a list of
 * { row, initiative }, each row only while it holds that initiative.
 */
export function suggestForRows(sheetName?: string, rows?: FixRowTarget[] | "selection"): SuggestedRows {
  const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
  // It previews a write: a table the add-on did not make gets none, and the refusal says how to adopt it.
  if (writableOrigin(sheet) === null) throw notMadeByAddon(name);
  let read: MatrixOnSheet | null = null;
  const matrix = () => (read ??= readableMatrix(sheet, name));
  const only = rowsOf(rows, sheet, matrix);
  return { sheetName: name, ...planFor(matrix(), only) };
}

/** Writes the suggested codes of these rows into their empty code cells, logged and undoable like a fix. */
export function fillSuggestedRows(sheetName: string | undefined, rows: FixRowTarget[]): SuggestedRows {
  const checked = readFixRows(rows);
  if (!checked.ok) throw new Error(checked.message);
  if (checked.rows === null) throw new Error("rows must list the rows to fill, as suggestForRows gave them.");
  const only = checked.rows;
  return withDocumentLock(() => {
    const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
    const read = addonMatrix(sheet, name);
    const plan = planFor(read, only);
    const writes = plan.rows.flatMap((r) =>
      r.codes.map((c) => {
        const { row, column } = parseA1(c.cell);
        return {
          row,
          column,
          content: { text: c.code },
          old: oldText(read, row, column),
          initiative: r.initiative,
          role: c.role,
        };
      }),
    );
    if (writes.length === 0) return { sheetName: name, ...plan };
    const result = writeCodes(read, writes, { user: SUGGESTED_BY, undoable: true });
    return { sheetName: name, ...plan, ...undoFields(result) };
  });
}
