/** Finding sheets by name, and naming new ones so that no existing sheet is ever overwritten. */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' limit on sheet names. */
export const MAX_SHEET_NAME = 100;

/** The named sheet, or the active one when no name is given; a clear error when there is no such sheet. */
export function sheetNamed(spreadsheet: Spreadsheet, sheetName?: unknown): { sheet: Sheet; name: string } {
  if (sheetName === undefined || sheetName === null || sheetName === "") {
    const sheet = spreadsheet.getActiveSheet();
    return { sheet, name: sheet.getName() };
  }
  if (typeof sheetName !== "string") throw new Error("sheetName must be the name of a sheet (text).");
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`There is no sheet named "${sheetName}" in this spreadsheet.`);
  return { sheet, name: sheetName };
}

/**
 * `title`, or `title (2)`, `title (3)`…: the first name no sheet has yet, and not a name the add-on keeps
 * for its own sheets (the change log), even before that sheet exists.
 */
export function uniqueSheetName(spreadsheet: Spreadsheet, title: string, reserved: string[] = []): string {
  const isReserved = (name: string) => reserved.some((r) => r.toLowerCase() === name.toLowerCase());
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const candidate = title.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!isReserved(candidate) && !spreadsheet.getSheetByName(candidate)) return candidate;
  }
}
