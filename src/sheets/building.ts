/**
 * A matrix under construction carries sheet developer metadata `raci.building` (PROJECT visibility) whose
 * value is the time it was started. Apps Script can stop an execution at its 6-minute limit without running
 * the add-on's clean-up, so the next run deletes such a sheet once it is older than that limit (a younger
 * one may still be in the making by someone else's execution).
 */
import { BUILDING_KEY } from "../core/keys";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function markBuilding(sheet: Sheet): void {
  sheet.addDeveloperMetadata(
    BUILDING_KEY,
    String(Date.now()),
    SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
  );
}

export function unmarkBuilding(sheet: Sheet): void {
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(BUILDING_KEY).find())
    metadata.remove();
}

/** Deletes sheets left half-built by an execution that was stopped; returns their names. */
export function removeLeftovers(spreadsheet: Spreadsheet, olderThanMs: number): string[] {
  const removed: string[] = [];
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(BUILDING_KEY).find()) {
    const started = Number(metadata.getValue());
    if (Number.isFinite(started) && Date.now() - started <= olderThanMs) continue;
    const sheet = metadata.getLocation().getSheet();
    if (!sheet || spreadsheet.getSheets().length <= 1) continue;
    removed.push(sheet.getName());
    spreadsheet.deleteSheet(sheet);
  }
  return removed;
}
