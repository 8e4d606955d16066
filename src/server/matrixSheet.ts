/**
 * The one place the suggestion, charter and fix calls find their matrix sheet. Today: the named sheet (the active
 * one when omitted) must read as a matrix. At merge, swap the body for the ownership check of
 * src/sheets/ownership.ts (only sheets the add-on made or adopted are matrices it may write to).
 */
import { sheetNamed } from "../sheets/locate";

export function matrixSheet(sheetName?: unknown): {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  name: string;
} {
  return sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
}
