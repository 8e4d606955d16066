/**
 * The change transaction of every structural edit: read the matrix the add-on made, make one change under the
 * document lock, log it, then refresh; a failure after the change says what was written and how to finish.
 */
import type { GenerateResult } from "../../core/api";
import { addonMatrix, type AddonMatrix } from "../../sheets/addonMade";
import { appendToLog, type LogEntry } from "../../sheets/changeLog";
import { sheetNamed } from "../../sheets/locate";
import { beginExecution } from "./deadline";
import { messageOf } from "./errors";
import { withDocumentLock } from "./lock";
import { refreshSheet } from "./refresh";

/** Reads the matrix, makes one change under the lock, then refreshes it; failures say what was written. */
export function change(
  sheetName: string | undefined,
  what: string,
  edit: (matrix: AddonMatrix) => void,
  logged: Logged = {},
): GenerateResult {
  beginExecution();
  return withDocumentLock(() => {
    const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
    return changeLocked(sheet, name, what, edit, logged);
  });
}

/** What the change log records of a change made from the sidebar, besides `what` itself. */
type Logged = Partial<Pick<LogEntry, "initiative" | "role" | "old" | "new">>;

/** One line in the change log, so the sidebar's history shows changes made from it too. */
function logChange(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  name: string,
  what: string,
  logged: Logged,
): void {
  try {
    appendToLog(sheet.getParent(), [
      {
        time: new Date(),
        // Session.getActiveUser needs the userinfo.email scope, which the add-on does not ask for
        // (https://developers.google.com/apps-script/reference/base/session#getActiveUser()): no name.
        user: "",
        matrix: name,
        sheetId: sheet.getSheetId(),
        initiative: "",
        role: "",
        cell: "",
        old: "",
        new: "",
        ...logged,
        change: what,
      },
    ]);
  } catch (error) {
    // The change is made; a log line that could not be written must not turn it into a failure.
    console.error(`The change log was not written: ${messageOf(error)}`);
  }
}

/** The body of change(), for callers that already hold the document lock. */
export function changeLocked(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  name: string,
  what: string,
  edit: (matrix: AddonMatrix) => void,
  logged: Logged = {},
): GenerateResult {
  edit(addonMatrix(sheet, name)); // refuses a sheet the add-on did not make, before any write
  logChange(sheet, name, what, logged);
  try {
    return refreshSheet(sheet, name);
  } catch (error) {
    throw new Error(
      `${what} was done, but re-applying the highlighting stopped (${messageOf(error)}). ` +
        "Choose Refresh highlighting in the add-on menu to finish.",
    );
  }
}
