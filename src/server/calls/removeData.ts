/**
 * Extensions › RACI Matrix for Sheets › Remove add-on data: after the user confirms, deletes everything the
 * add-on keeps in this spreadsheet besides the matrices themselves, so that uninstalling leaves nothing
 * behind (docs/privacy.md):
 * - document properties whose key starts with "raci." (each matrix's settings, charters, undo records, and
 *   the spreadsheet's glossary);
 * - developer metadata whose key starts with "raci.", wherever it is attached (spreadsheet, sheets, rows,
 *   columns): the spreadsheet's finder is the widest of the three finders (range, sheet, spreadsheet) and
 *   needs only the spreadsheets.currentonly scope
 *   (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder);
 * - the hidden "RACI change log" sheet;
 * - protections whose description contains "RACI Matrix for Sheets".
 * Each matrix stays as a plain sheet: its names, codes, formulas, validation and highlighting are kept;
 * without its "raci.matrix" metadata the add-on no longer treats it as a matrix. Everything the user made
 * (their own properties, metadata, protections and sheets) is left alone.
 */
import type { RemovedData } from "../../core/api";
import { KEY_PREFIX, LOG_SHEET_NAME, PRODUCT_NAME } from "../../core/keys";
import { LOG_HEADER } from "../../sheets/changeLog";
import { withDocumentLock } from "../ops/lock";

export const REMOVE_PROMPT = [
  "This deletes what the add-on stores in this spreadsheet: each matrix's settings, charters and undo " +
    "records, the company's words, its markers, the hidden RACI change log sheet, and the protections it added.",
  "Your matrices stay as ordinary sheets, with every name and code, but the add-on will no longer check " +
    "or edit them. This cannot be undone (File › Version history can restore an earlier version).",
  "Remove the add-on's data?",
].join("\n\n");

export function menuRemoveAddonData(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(PRODUCT_NAME, REMOVE_PROMPT, ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return;
  const removed = withDocumentLock(removeAddonData);
  SpreadsheetApp.getActiveSpreadsheet().toast(describeRemoved(removed), PRODUCT_NAME);
}

/** Deletes the add-on's data; the caller has asked the user and holds the document lock. */
function removeAddonData(): RemovedData {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();

  const properties = PropertiesService.getDocumentProperties();
  const keys = properties.getKeys().filter((key) => key.startsWith(KEY_PREFIX));
  for (const key of keys) properties.deleteProperty(key);

  // The finder has no prefix filter, so find all and keep the add-on's keys.
  const metadata = spreadsheet
    .createDeveloperMetadataFinder()
    .find()
    .filter((m) => m.getKey().startsWith(KEY_PREFIX));
  for (const m of metadata) m.remove();

  // Only the owner and a protection's editors may remove it: canEdit() first, as Google's sample does
  // (https://developers.google.com/apps-script/reference/spreadsheet/protection-type); the rest are counted.
  const { RANGE, SHEET } = SpreadsheetApp.ProtectionType;
  const protections = [...spreadsheet.getProtections(RANGE), ...spreadsheet.getProtections(SHEET)].filter(
    (p) => p.getDescription().includes(PRODUCT_NAME),
  );
  const removable = protections.filter((p) => p.canEdit());
  for (const p of removable) p.remove();

  return {
    properties: keys.length,
    metadata: metadata.length,
    protections: removable.length,
    protectionsKept: protections.length - removable.length,
    changeLog: removeChangeLog(spreadsheet),
  };
}

/** Deletes the change log sheet, but only one that the add-on made (its header row is the log's). */
function removeChangeLog(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const log = spreadsheet.getSheetByName(LOG_SHEET_NAME);
  if (!log || log.getLastColumn() < LOG_HEADER.length) return false;
  const header = log.getRange(1, 1, 1, LOG_HEADER.length).getValues()[0].map(String);
  if (header.join("\u0000") !== LOG_HEADER.join("\u0000")) return false;
  spreadsheet.deleteSheet(log);
  return true;
}

function describeRemoved(removed: RemovedData): string {
  const parts = [
    `${removed.properties} setting${removed.properties === 1 ? "" : "s"}`,
    `${removed.metadata} marker${removed.metadata === 1 ? "" : "s"}`,
    `${removed.protections} protection${removed.protections === 1 ? "" : "s"}`,
  ];
  if (removed.changeLog) parts.push("the change log");
  const kept =
    removed.protectionsKept === 0
      ? ""
      : ` ${removed.protectionsKept} protection${removed.protectionsKept === 1 ? " was" : "s were"} made ` +
        "by someone else: the spreadsheet's owner can remove them the same way.";
  return `Removed ${parts.join(", ")}. Your matrices are now plain sheets.${kept}`;
}
