/** A day as the spreadsheet's people read it: in its time zone (two calls), not UTC's, which is a day off east or west. */
export function dayIn(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  time: Date = new Date(),
): string {
  return Utilities.formatDate(time, spreadsheet.getSpreadsheetTimeZone(), "yyyy-MM-dd");
}
