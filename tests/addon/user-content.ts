/**
 * Users' own content on a spreadsheet with matrices, for the data-safety tests: cells tagged "u<n>" (with
 * notes, fills, font colours, validation, merges), conditional-format rules, protections and a look-alike
 * table; and a fingerprint of all of it that ignores where whole-row or whole-column operations moved it.
 */
import type { Addon } from "../helpers/addon";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const LOOK_ALIKE = "Tracker";

interface Globals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
const app = (addon: Addon) => addon.emulator.globals as unknown as Globals;

export function sheetOf(addon: Addon, name: string): Sheet {
  return addon.sheet(name) as unknown as Sheet;
}

export interface UserCell {
  tag: string;
  row: number;
  column: number;
  note?: string;
  background?: string;
  fontColor?: string;
  validation?: boolean;
  merge?: { rows: number; columns: number };
}

/** Writes user cells (values are their tags) with their decorations. */
export function writeUserCells(addon: Addon, sheetName: string, cells: UserCell[]): void {
  const sheet = sheetOf(addon, sheetName);
  for (const cell of cells) {
    if (cell.row > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), cell.row - sheet.getMaxRows() + 5);
    const right = cell.column + (cell.merge?.columns ?? 1) - 1;
    if (right > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), right - sheet.getMaxColumns());
    const range = sheet.getRange(cell.row, cell.column);
    if (cell.merge) sheet.getRange(cell.row, cell.column, cell.merge.rows, cell.merge.columns).merge();
    range.setValue(cell.tag);
    if (cell.note) range.setNote(cell.note);
    if (cell.background) range.setBackground(cell.background);
    if (cell.fontColor) range.setFontColor(cell.fontColor);
    if (cell.validation) {
      range.setDataValidation(
        app(addon).SpreadsheetApp.newDataValidation().requireValueInList(["yes", "no"], true).build(),
      );
    }
  }
}

/** Appends a user's highlighting rule (text contains `text`) on a range; it must stay, in order. */
export function addUserRule(addon: Addon, sheetName: string, a1: string, text: string, colour: string): void {
  const sheet = sheetOf(addon, sheetName);
  const rule = app(addon)
    .SpreadsheetApp.newConditionalFormatRule()
    .whenTextContains(text)
    .setBackground(colour)
    .setRanges([sheet.getRange(a1)])
    .build();
  sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
}

export function addUserProtection(addon: Addon, sheetName: string, a1: string, description: string): void {
  sheetOf(addon, sheetName).getRange(a1).protect().setDescription(description).setWarningOnly(true);
}

/** A table someone keeps that looks like a matrix: Initiative | COO | Status, typed statuses, lower-case codes. */
export function addLookAlike(addon: Addon, name = LOOK_ALIKE): void {
  const sheet = addon.emulator.spreadsheet.insertSheet(name);
  sheet.getRange("A1:C4").setValues([
    ["Initiative", "COO", "Status"],
    ["Vendor switch", "r", "Late: vendor slipped 3 weeks"],
    ["Hiring plan", "a", "Done, agreed"],
    ["Office move", "ra", "On hold"],
  ]);
  sheet.getRange("A2").setNote("kept by Dana");
  sheet.getRange("C2:C4").setBackground("#fff2cc");
}

type State = ReturnType<Addon["emulator"]["toJSON"]>;
type SheetState = State["sheets"][number];

/**
 * Everything of the users' on one sheet, position-free: each tagged cell with its note, fill, font colour,
 * validation and merge size; the users' rules in order (criteria, text, format, range sizes) and whether
 * they all come after the add-on's; the users' protections (description, size).
 */
export function fingerprint(addon: Addon, sheetName: string): unknown {
  const sheet = addon.emulator.toJSON().sheets.find((s) => s.name === sheetName);
  if (!sheet) return null;
  const at = <T>(triples: [number, number, T][] | undefined, r: number, c: number): T | undefined =>
    triples?.find(([tr, tc]) => tr === r && tc === c)?.[2];
  const cells = sheet.values
    .filter(([, , v]) => typeof v === "string" && /^u\d+$/.test(v))
    .map(([r, c, v]) => {
      const merge = sheet.merges.find((m) => m.r === r && m.c === c);
      const rule = at(sheet.validations, r, c);
      return {
        tag: v,
        note: at(sheet.notes, r, c) ?? "",
        background: at(sheet.formats.background as [number, number, string][] | undefined, r, c) ?? "",
        fontColor: at(sheet.formats.fontColor as [number, number, string][] | undefined, r, c) ?? "",
        validation: rule === undefined ? null : sheet.validationRules[rule].args,
        merge: merge ? `${merge.h}x${merge.w}` : "",
      };
    })
    .sort((a, b) => String(a.tag).localeCompare(String(b.tag)));
  return { cells, ...rulesAndProtections(sheet) };
}

function rulesAndProtections(sheet: SheetState) {
  const isUsers = (rule: SheetState["cf"][number]) => rule.criteria !== "CUSTOM_FORMULA";
  const firstUser = sheet.cf.findIndex(isUsers);
  const afterAddon = firstUser < 0 || sheet.cf.slice(firstUser).every(isUsers);
  return {
    rules: sheet.cf.filter(isUsers).map((rule) => ({
      criteria: rule.criteria,
      values: rule.values,
      format: rule.format,
      sizes: rule.ranges.map((r) => `${r.h}x${r.w}`),
    })),
    usersRulesAfterAddons: afterAddon,
    protections: sheet.protections
      .filter((p) => !p.description.includes("RACI Matrix for Sheets"))
      .map((p) => ({ description: p.description, size: p.rect ? `${p.rect.h}x${p.rect.w}` : "sheet" })),
  };
}

/** The whole workbook, for "refused and changed nothing" (ids and the change log's times left out). */
export function workbook(addon: Addon): string {
  const state = addon.emulator.toJSON();
  const { activeSheetId: _a, activeRange: _r, counters: _c, ...spreadsheet } = state.spreadsheet;
  return JSON.stringify({
    ...state,
    spreadsheet,
    sheets: state.sheets.map((s) => ({
      ...s,
      protections: s.protections.map(({ id: _id, ...p }) => p),
      metadata: s.metadata.map(({ id: _id, ...m }) => m),
    })),
  });
}
