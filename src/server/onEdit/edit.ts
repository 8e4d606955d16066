/** What the onEdit handlers share: the edit, the rows it covers, and what each plans to write and log. */
import type { A1Range } from "../../core/a1";
import { DEFAULT_KIND } from "../../core/kinds";
import type { CellValue, MatrixKind, MatrixSettings } from "../../core/types";
import { kindMatters } from "../../core/write/canonical";
import type { CellWrite } from "../../core/write/cells";
import type { LogLine } from "../../sheets/changeLog";

export interface Edit {
  e: GoogleAppsScript.Events.SheetsOnEdit;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  edited: A1Range;
  /**
   * One cell typed: e.value and e.oldValue say what it held and holds ("Only available if the edited range is
   * a single cell"). A paste, a fill or a drag carries neither, even on one cell, so what it replaced is not
   * known and counts as a change.
   */
  typed: boolean;
  /** The matrix's settings (owner pair, thresholds): read on the first call only, as most edits need none. */
  settings: () => MatrixSettings;
  /** The matrix's kind, from its mark (sheets/addonMade.ts): one call, on the first ask only. */
  kind: () => MatrixKind;
}

export interface EditedRows {
  row: number;
  endRow: number;
  /** For each row from `row` to `endRow`: whether it is a row of the matrix. */
  inMatrix: boolean[];
  /** Those rows from the name column to the matrix's right edge (the check column, when there is one). */
  rows: CellValue[][];
}

/**
 * What a handler plans: the add-on's writes (each logged unless `unlogged`), and lines about the edit itself
 * (a code typed, a name), which is the user's and no write of the add-on's.
 */
export interface Planned {
  writes: CellWrite[];
  lines: LogLine[];
}

export const nothing = (): Planned => ({ writes: [], lines: [] });

export const cellText = (value: CellValue): string =>
  value === null || value === undefined ? "" : String(value).trim();

/** What a typed cell held before, as the log shows it; a paste's is not given. */
export const oldOf = (edit: Edit, pasted = "(not given for pasted blocks)"): string =>
  edit.typed ? String(edit.e.oldValue ?? "") : pasted;

/**
 * The matrix's kind for reading `values`: its settings are read only when one of them reads differently by kind
 * ("s", "driver"); codes picked from the dropdown read the same in every kind, and cost no call.
 */
export const kindFor = (edit: Edit, values: readonly CellValue[]): MatrixKind =>
  values.some(kindMatters) ? edit.kind() : DEFAULT_KIND;
