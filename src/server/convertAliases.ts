/**
 * Check's offer to convert leftovers: codes typed as aliases ("ra", "Responsible", " a + r ") that onEdit
 * never rewrote, since Sheets drops trigger events beyond two queued and onEdit may run in AuthMode.NONE
 * (https://developers.google.com/apps-script/guides/triggers). The sheet already reads them as codes; this
 * writes them canonically, through the same path as onEdit and Refresh, touching no other cell.
 */
import { firstDataRow } from "../core/plan/layout";
import { sheetNamed } from "../sheets/locate";
import { readMatrix } from "../sheets/read";
import { canonicaliseCells } from "./canonical";
import { beginExecution } from "./deadline";
import { withDocumentLock } from "./lock";

export interface ConvertResult {
  sheetName: string;
  /** Cells rewritten in canonical form. */
  converted: number;
}

export function convertAliases(sheetName?: string): ConvertResult {
  beginExecution();
  return withDocumentLock(() => {
    const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
    const { layout, values } = readMatrix(sheet, name);
    const first = firstDataRow(layout);
    const codes = values
      .slice(first - 1)
      .map((row) => row.slice(layout.firstRoleColumn - 1, layout.firstRoleColumn - 1 + layout.roleCount));
    const converted = codes.length ? canonicaliseCells(sheet, first, layout.firstRoleColumn, codes) : 0;
    return { sheetName: name, converted };
  });
}
