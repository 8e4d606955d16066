/**
 * The self-check's rows for what the write path relies on (issue 22), each exercised in the real spreadsheet
 * on the scratch sheet: a second apply of the add-on's plan recognises what the first made; a sheet's
 * developer metadata is its own; writes are committed by SpreadsheetApp.flush() before the lock is released;
 * a date reads back as the day typed in the spreadsheet's time zone; getSheetValues reads as getValues does.
 */
import { SELF_CHECK_KEY, PRODUCT_NAME } from "../../core/keys";
import type { SheetPlan } from "../../core/plan/types";
import { applyPlan } from "../../sheets/apply";
import { releaseCommitted, takeDocumentLock } from "../../sheets/lock";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Check = (sheet: Sheet) => [boolean, string];

/** The plan applied again (as every refresh does): its rules, protections and chart are replaced, not added. */
export function secondApply(plan: SheetPlan): Check {
  return (sheet) => {
    const ours = () => ({
      rules: sheet.getConditionalFormatRules().length,
      protections: sheet
        .getProtections(SpreadsheetApp.ProtectionType.RANGE)
        .filter((p) => p.getDescription().includes(PRODUCT_NAME)).length,
      charts: sheet.getCharts().length,
    });
    applyPlan(sheet, plan);
    const first = ours();
    applyPlan(sheet, plan);
    const second = ours();
    const same = JSON.stringify(first) === JSON.stringify(second);
    return [
      same && second.rules === plan.highlightRules.length && second.charts === (plan.chart ? 1 : 0),
      `rules ${first.rules} → ${second.rules}, protections ${first.protections} → ${second.protections}, ` +
        `charts ${first.charts} → ${second.charts}`,
    ];
  };
}

/** Sheet.getDeveloperMetadata() is the sheet's own: not the spreadsheet's, which the add-on's mark must not be. */
export const sheetMetadata: Check = (sheet) => {
  const spreadsheet = sheet.getParent();
  const visibility = SpreadsheetApp.DeveloperMetadataVisibility.PROJECT;
  sheet.addDeveloperMetadata(SELF_CHECK_KEY, "sheet", visibility);
  spreadsheet.addDeveloperMetadata(SELF_CHECK_KEY, "spreadsheet", visibility);
  try {
    const seen = sheet
      .getDeveloperMetadata()
      .filter((m) => m.getKey() === SELF_CHECK_KEY)
      .map((m) => m.getValue());
    return [seen.length === 1 && seen[0] === "sheet", `the sheet's own: ${JSON.stringify(seen)}`];
  } finally {
    for (const m of spreadsheet.createDeveloperMetadataFinder().withKey(SELF_CHECK_KEY).find()) m.remove();
  }
};

/** A write made under the document lock is committed by flush() before the release, and reads back. */
export const flushBeforeRelease: Check = (sheet) => {
  const lock = takeDocumentLock(5_000);
  if (!lock) return [false, "the document lock was busy"];
  const cell = sheet.getRange(1, 1);
  cell.setValue("written under the lock");
  releaseCommitted(lock);
  const value = cell.getValue();
  cell.clearContent();
  return [
    !lock.hasLock() && value === "written under the lock",
    `released ${!lock.hasLock()}, read back "${value}"`,
  ];
};

/** A date typed "2024-01-31" reads back as that day in the spreadsheet's time zone, however far from UTC. */
export const datesInZone: Check = (sheet) => {
  const cell = sheet.getRange(1, 1);
  cell.setValue("2024-01-31");
  const value = cell.getValue();
  cell.clearContent();
  const zone = sheet.getParent().getSpreadsheetTimeZone();
  const day = value instanceof Date ? Utilities.formatDate(value, zone, "yyyy-MM-dd") : String(value);
  return [day === "2024-01-31", `read a ${value instanceof Date ? "date" : typeof value}, ${day} in ${zone}`];
};

/** Sheet.getSheetValues reads a rectangle as getRange(…).getValues() does, in one call (onEdit's reads). */
export const sheetValues: Check = (sheet) => {
  const range = sheet.getRange(1, 1, 2, 2);
  range.setValues([
    ["a", 1],
    ["", "b"],
  ]);
  const direct = JSON.stringify(sheet.getSheetValues(1, 1, 2, 2));
  const viaRange = JSON.stringify(range.getValues());
  range.clearContent();
  return [direct === viaRange, `getSheetValues ${direct}, getValues ${viaRange}`];
};
