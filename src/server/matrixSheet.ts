/**
 * The one place the suggestion, charter and fix calls find their sheet: the named one, or the active one when
 * omitted. Whether they may write there is src/sheets/ownership.ts's decision (ownedMatrix).
 */
import { sheetNamed } from "../sheets/locate";

export function matrixSheet(sheetName?: unknown): {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  name: string;
} {
  return sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
}
