/**
 * The offsite pack: the rows of a matrix the team still has to settle (getOffsitePack, for the sidebar's view
 * and its Copy as text), and a printable sheet of them the add-on owns (makeOffsitePack, from the sidebar and
 * Extensions › RACI Matrix for Sheets › Offsite pack of this matrix). Called on the pack's own sheet, both work
 * on the matrix it was made from, so the menu item there brings it up to date.
 */
import { dayIn } from "../../sheets/today";
import { analyze } from "../../core/analyze";
import type { OffsitePack, OffsiteSheetResult } from "../../core/api";
import { LOG_SHEET_NAME, PRODUCT_NAME } from "../../core/keys";
import { offsitePack } from "../../core/offsite/pack";
import { offsiteSheetName, planOffsiteSheet } from "../../core/offsite/sheet";
import { addonOffsitePacks, markOffsite, readableMatrix } from "../../sheets/addonMade";
import { sheetNamed, uniqueSheetName } from "../../sheets/locate";
import { readOffsiteRecord, writeOffsite } from "../../sheets/offsite";
import { messageOf } from "../ops/errors";
import { withDocumentLock } from "../ops/lock";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The matrix a pack is of: the named (or active) sheet, or, on a pack's sheet, the matrix it was made from. */
function matrixSheet(spreadsheet: Spreadsheet, sheetName?: string): { sheet: Sheet; name: string } {
  const named = sheetNamed(spreadsheet, sheetName);
  const id = named.sheet.getSheetId();
  const pack = addonOffsitePacks(spreadsheet).find(({ sheet }) => sheet.getSheetId() === id);
  if (pack === undefined) return named;
  const record = readOffsiteRecord(pack.mark.getValue());
  const source = spreadsheet.getSheets().find((sheet) => sheet.getSheetId() === record?.matrix);
  if (source === undefined)
    throw new Error(`The matrix this offsite pack was made from is gone: open a matrix and make its pack.`);
  return { sheet: source, name: source.getName() };
}

function packOf(sheet: Sheet, name: string): OffsitePack {
  const read = readableMatrix(sheet, name);
  return offsitePack(name, read.matrix, analyze(read.matrix, { headerRow: read.layout.headerRow }));
}

/** Only the rows of the matrix still to settle, with who holds each role. Never writes. */
export function getOffsitePack(sheetName?: string): OffsitePack {
  const { sheet, name } = matrixSheet(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
  return packOf(sheet, name);
}

/**
 * Writes the matrix's printable pack: its sheet when there is one (rewritten in place), else a new sheet right
 * after the matrix, marked as the add-on's; then opens it. A new sheet that could not be completed is removed.
 */
export function makeOffsitePack(sheetName?: string): OffsiteSheetResult {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const { sheet: source, name } = matrixSheet(spreadsheet, sheetName);
    const pack = packOf(source, name);
    const plan = planOffsiteSheet(pack, dayIn(spreadsheet));
    const id = source.getSheetId();
    const existing = addonOffsitePacks(spreadsheet)
      .map((found) => ({ ...found, record: readOffsiteRecord(found.mark.getValue()) }))
      .find(({ record }) => record?.matrix === id);
    const result = (sheet: Sheet) => ({ sheetName: sheet.getName(), matrix: name, rows: pack.rows.length });
    if (existing !== undefined) {
      writeOffsite(existing.sheet, plan, existing.record, id, (written) =>
        existing.mark.setValue(JSON.stringify(written)),
      );
      existing.sheet.activate();
      return result(existing.sheet);
    }
    const title = uniqueSheetName(spreadsheet, offsiteSheetName(name), [LOG_SHEET_NAME]);
    const sheet = spreadsheet.insertSheet(title, source.getIndex());
    try {
      writeOffsite(sheet, plan, null, id, (written) => markOffsite(sheet, JSON.stringify(written)));
      sheet.activate();
      return result(sheet);
    } catch (error) {
      spreadsheet.deleteSheet(sheet);
      throw new Error(`The offsite pack could not be made, and nothing was changed: ${messageOf(error)}`);
    }
  });
}

export function menuMakeOffsitePack(): void {
  const result = makeOffsitePack();
  SpreadsheetApp.getActiveSpreadsheet().toast(
    `“${result.sheetName}” lists the ${result.rows} ${result.rows === 1 ? "row" : "rows"} of “${result.matrix}” still to settle. Print it with File › Print.`,
    PRODUCT_NAME,
  );
}
