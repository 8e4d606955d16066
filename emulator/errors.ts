/**
 * Errors a service call raises. Apps Script (V8) reports service failures as errors named "Exception"
 * (`String(e)` is "Exception: <message>"). The emulator throws ServiceError; when the call came from the
 * bundle's vm context, the call wrapper re-creates it with that context's Error so `instanceof Error` holds
 * there too.
 */
export class ServiceError extends Error {
  override name = "Exception";
}

export function fail(message: string): never {
  throw new ServiceError(message);
}

/** Messages quoted from Apps Script (or, where marked, chosen for the emulator). */
export const Messages = {
  // Sheet.getRange(row, column, numRows, numColumns) argument checks.
  rowTooSmall: "The starting row of the range is too small.",
  columnTooSmall: "The starting column of the range is too small.",
  numRowsTooSmall: "The number of rows in the range must be at least 1.",
  numColumnsTooSmall: "The number of columns in the range must be at least 1.",
  outsideSheet: "The coordinates of the range are outside the dimensions of the sheet.",
  rangeNotFound: "Range not found",
  // Range.setValues and the other batched setters.
  rowsMismatch: (data: number, range: number): string =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number): string =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  // Spreadsheet.insertSheet / Sheet.setName.
  sheetExists: (name: string): string =>
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  sheetNameTooLong: "The sheet name cannot be longer than 100 characters.", // emulator wording
  sheetNameEmpty: "The sheet name cannot be empty.", // emulator wording
  lastSheet: "You can't remove all the sheets in a document.",
  // Sheet.hideSheet on the only visible sheet (Sheets keeps at least one sheet visible).
  lastVisibleSheet: "You can't hide all the sheets in a document.",
  // Protection.remove / editor changes by a user who is not an editor of the protection (emulator wording).
  protectionNotEditable:
    "You do not have permission to edit this protected range or sheet. Ask its owner or one of its editors.",
  rowsOutOfBounds: "Those rows are out of bounds.",
  columnsOutOfBounds: "Those columns are out of bounds.",
  deleteAllRows: "Sorry, it is not possible to delete all non-frozen rows.",
  deleteAllColumns: "Sorry, it is not possible to delete all non-frozen columns.",
  // LockService: Lock.waitLock "timing out with an exception".
  lockTimeout: "Lock timeout: another process was holding the lock for too long.",
  // PropertiesService quotas (Quotas for Google Services: 9 KB per value, 500 KB per store).
  propertyValueTooLarge: "Argument too large: value",
  propertyStoreFull:
    "You have exceeded the property storage quota. Please remove some properties and try again.",
  // HtmlService.createHtmlOutputFromFile with a missing file.
  noHtmlFile: (name: string): string => `No HTML file named ${name} was found.`,
  // Calls that need an authorization scope a simple trigger does not have.
  noPermission: (call: string, scope?: string): string =>
    `You do not have permission to call ${call}.` + (scope ? ` Required permissions: ${scope}` : ""),
  mergePartial: "You must select all cells in a merged range to merge or unmerge them.",
  signature: (types: string, method: string): string =>
    `The parameters (${types}) don't match the method signature for ${method}.`,
  // Injected service failure (failOnCall).
  serviceFailed: (id: string): string =>
    `Service Spreadsheets failed while accessing document with id ${id}.`,
  // An execution past its time limit (Apps Script quotas: 6 min per execution, 30 s per simple trigger).
  timeLimit: "Exceeded maximum execution time",
  serverError: "We're sorry, a server error occurred. Please wait a bit and try again.",
} as const;

/** The Apps Script type name of an argument, for signature errors: "(number,null)". */
export function typeList(args: readonly unknown[]): string {
  return args
    .map((a) => {
      if (a === null || a === undefined) return "null";
      if (Array.isArray(a)) return Array.isArray(a[0]) ? "Object[][]" : "Object[]";
      if (typeof a === "object")
        return (a as { constructor?: { name?: string } }).constructor?.name ?? "Object";
      return typeof a === "string" ? "String" : typeof a;
    })
    .join(",");
}
