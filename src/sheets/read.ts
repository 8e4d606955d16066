/**
 * Reads a matrix back from its sheet, wherever collaborators have moved things since: in one getValues for a
 * write, or around the formula cells for reading only. Its codes are read in the grammar of the kind its
 * settings keep.
 */
import { parseCode } from "../core/codes";
import { detectMatrix, HEADER_SEARCH_ROWS, type DetectedMatrix } from "../core/plan/detect";
import { initiativeRows, lastMatrixRow } from "../core/plan/extent";
import { rowKinds, type RowKind } from "../core/plan/rowKinds";
import {
  agreedByColumn,
  agreementLabels,
  decisionColumn,
  firstDataRow,
  lastRoleColumn,
  leftColumn,
  peopleRow,
  SPARE_ROWS,
  type Layout,
} from "../core/plan/layout";
import type {
  CellValue,
  MatrixInitiative,
  MatrixSettings,
  ParsedCode,
  RaciMatrix,
  ShorthandCell,
} from "../core/types";
import { loadSettings } from "./settingsStore";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface MatrixOnSheet {
  sheet: Sheet;
  layout: Layout;
  roles: string[];
  settings: MatrixSettings;
  /**
   * The sheet's values from A1 to its last row and column with content (beyond the matrix too); from
   * readAroundFormulas, only the cells it read (others are missing).
   */
  values: CellValue[][];
  /** What each row from the first data row to layout.lastRow is: only initiatives are read as such. */
  kinds: RowKind[];
  matrix: RaciMatrix;
}

/**
 * `spare`: the rows prepared below the last initiative (none for an adopted table). layout.lastRow is the
 * matrix's last row: its last initiative plus the spare rows, never content further down.
 */
export function readMatrix(sheet: Sheet, sheetName: string, spare = SPARE_ROWS): MatrixOnSheet {
  return matrixFrom(sheet, sheetName, spare, sheet.getDataRange().getValues() as CellValue[][]);
}

/**
 * From this many rows, a read for reading only goes around the formula cells (readAroundFormulas). Below it,
 * one getValues is the fewest calls; above, the Status, check and summary formulas are most of what a full
 * read would make an engine that has not computed them compute, and ten more calls are little beside moving
 * that many cells.
 */
export const READ_AROUND_FROM_ROWS = 2_000;

/** readMatrix for reading only (analysis, fix previews, the sidebar's description of the sheet). */
export function readForReading(sheet: Sheet, sheetName: string, spare = SPARE_ROWS): MatrixOnSheet {
  const lastRow = sheet.getLastRow();
  return lastRow >= READ_AROUND_FROM_ROWS
    ? readAroundFormulas(sheet, sheetName, spare, lastRow)
    : readMatrix(sheet, sheetName, spare);
}

/**
 * The same matrix as readMatrix finds, read around the cells that hold formulas, which reading only never
 * needs (Status, the hidden check, the summary). Sheets returns their values already computed; an engine
 * that has not (the emulator, where evaluating a 20,000 × 50 matrix's formulas takes half a minute) then
 * never computes them. The header is looked for in the first rows without a formula (title, legend, header,
 * people row); then the Area, Initiative and role columns are read below it, and the agreement columns when
 * there are any. Where the header is not found that way (a formula in its row), it is readMatrix.
 */
export function readAroundFormulas(
  sheet: Sheet,
  sheetName: string,
  spare = SPARE_ROWS,
  lastRow = sheet.getLastRow(),
): MatrixOnSheet {
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return readMatrix(sheet, sheetName, spare);
  const values: CellValue[][] = Array.from({ length: lastRow }, () => []);
  const read = (row: number, column: number, rows: number, columns: number): void => {
    const block = sheet.getRange(row, column, rows, columns).getValues() as CellValue[][];
    block.forEach((cells, i) => cells.forEach((value, j) => (values[row - 1 + i][column - 1 + j] = value)));
  };
  const top = Math.min(lastRow, HEADER_SEARCH_ROWS + 1); // + 1: the people row under a header on row 50
  const formulas = sheet.getRange(1, 1, top, lastColumn).getFormulas();
  let found: DetectedMatrix | null = null;
  for (const [first, last] of rowsWithoutFormulas(formulas)) {
    read(first, 1, last - first + 1, lastColumn);
    found = detectMatrix(values);
    if (found) break;
  }
  if (!found) return readMatrix(sheet, sheetName, spare);
  const { layout } = found;
  const below = layout.headerRow + 1;
  if (below <= lastRow) {
    const left = leftColumn(layout);
    read(below, left, lastRow - below + 1, lastRoleColumn(layout) - left + 1);
    if (layout.agreement === true)
      read(below, decisionColumn(layout), lastRow - below + 1, agreementLabels(layout).length);
  }
  return matrixFrom(sheet, sheetName, spare, values);
}

/** The runs of rows (1-based, inclusive) in which no cell holds a formula, top to bottom. */
function rowsWithoutFormulas(formulas: string[][]): [number, number][] {
  const runs: [number, number][] = [];
  formulas.forEach((row, i) => {
    if (row.some((formula) => formula !== "")) return;
    const run = runs[runs.length - 1];
    if (run && run[1] === i) run[1] = i + 1;
    else runs.push([i + 1, i + 1]);
  });
  return runs;
}

/**
 * A sheet whose cells hold no matrix (no header, or no role column): what it says is for the person, and a
 * caller reading every matrix skips the sheet, where any other failure (a service error) is worth stopping for.
 */
export class NotAMatrixError extends Error {}

/** The matrix in `values` (the sheet from A1, as getValues returns it, or the part of it that was read). */
function matrixFrom(sheet: Sheet, sheetName: string, spare: number, values: CellValue[][]): MatrixOnSheet {
  const found = detectMatrix(values);
  if (!found) {
    throw new NotAMatrixError(
      `Sheet "${sheetName}" is not a RACI matrix: no header row with "Initiative" and "Status" in its first rows. ` +
        "Open a matrix sheet, or create one from the add-on menu.",
    );
  }
  const { roles } = found;
  const layout = { ...found.layout };
  layout.lastRow = lastMatrixRow(initiativeRows(values, layout, spare), layout, spare);
  if (roles.length === 0) {
    throw new NotAMatrixError(
      `Sheet "${sheetName}" has no role columns between "Initiative" and "Status". Add a role first.`,
    );
  }
  const settings = loadSettings(sheet, roles);
  let zone: string | undefined;
  const dayOf = (date: Date) => {
    zone ??= sheet.getParent().getSpreadsheetTimeZone(); // two calls, only for a sheet that holds a date
    return Utilities.formatDate(date, zone, "yyyy-MM-dd");
  };
  const kinds = rowKinds(values, layout);
  return {
    sheet,
    layout,
    roles,
    settings,
    values,
    kinds,
    matrix: toMatrix(values, layout, roles, settings, kinds, dayOf),
  };
}

/**
 * The matrix's initiatives: the rows of kind "initiative" (core/plan/rowKinds.ts). In a table without an
 * Area column, a section row is the area of the initiatives below it. A date (an initiative named
 * "2024-01-31", which Sheets reads as a date) reads as the day the sheet shows: readMatrix's `dayOf` formats
 * it in the spreadsheet's time zone, where toISOString would give the day before east of UTC. Without one
 * (the bench, pure tests), days are read in UTC.
 */
export function toMatrix(
  values: CellValue[][],
  layout: Layout,
  roles: string[],
  settings: MatrixSettings,
  kinds: RowKind[] = rowKinds(values, layout),
  dayOf: (date: Date) => string = (date) => date.toISOString().slice(0, 10),
): RaciMatrix {
  const text = (value: CellValue): string => {
    if (value === null || value === undefined) return "";
    if (isDate(value)) return dayOf(value);
    return String(value).trim();
  };
  const initiatives: MatrixInitiative[] = [];
  const shorthand: ShorthandCell[] = [];
  const first = layout.firstRoleColumn - 1;
  const top = firstDataRow(layout) - 1;
  let section = "";
  let movedPeople: number | null = null; // the people row, when a Sort range carried it among the rows
  // The people row (when there is one) is not an initiative: the initiatives start below it.
  for (let r = top; r < Math.min(values.length, layout.lastRow); r++) {
    const row = values[r];
    const kind = kinds[r - top];
    if (kind === "section") section = text(row[layout.nameColumn - 1]);
    if (kind === "people") movedPeople ??= r + 1;
    if (kind !== "initiative") continue;
    const cells: ParsedCode[] = []; // packed, not holey: the rules read every cell
    for (let i = 0; i < roles.length; i++) {
      const value = row[first + i];
      const cell = parseCode(value, settings.kind);
      cells.push(cell);
      // Shorthand ("ra" left by a dropped onEdit) is counted in the same pass: one comparison per code,
      // which is always text, so these are the cells canonicalReplacement (onEdit's test) would rewrite.
      if (cell.kind === "code" && value !== cell.code)
        shorthand.push({ row: r + 1, column: first + i + 1, text: String(value), code: cell.code });
    }
    const name = text(row[layout.nameColumn - 1]);
    const area = layout.areaColumn === null ? section : text(row[layout.areaColumn - 1]);
    const decision = layout.agreement === true ? { decision: text(row[decisionColumn(layout) - 1]) } : {};
    const agreedBy = layout.agreedBy === true ? { agreedBy: text(row[agreedByColumn(layout) - 1]) } : {};
    initiatives.push({ name, area, row: r + 1, cells, ...decision, ...agreedBy });
  }
  const people = peopleRow(layout) ?? movedPeople;
  const heldBy = (i: number) =>
    people === null ? "" : text(values[people - 1]?.[layout.firstRoleColumn - 1 + i]);
  return {
    roles: roles.map((name, i) => {
      const person = heldBy(i);
      return { name, column: layout.firstRoleColumn + i, ...(person !== "" ? { heldBy: person } : {}) };
    }),
    initiatives,
    settings,
    nameColumn: layout.nameColumn,
    ...(shorthand.length > 0 ? { shorthand } : {}),
  };
}

/** By tag, not instanceof: a Date may come from another realm than the code reading it. */
const isDate = (value: CellValue): value is Date => Object.prototype.toString.call(value) === "[object Date]";
