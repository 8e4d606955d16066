/**
 * What the add-on made, in one place (not to be confused with RACI ownership, who owns which initiative,
 * which is what the product is about). A spreadsheet is shared work and the add-on writes with the editor's
 * rights, so it writes only into what it made:
 *
 * - **Sheets**: a sheet is a matrix, for any write, only when it carries the sheet-level developer metadata
 *   `raci.matrix` (PROJECT visibility: other scripts cannot see or change it). Generate and Adopt write it;
 *   a matrix made by the first release (its settings stored under its sheet id, and its header) gets it on
 *   first use. A sheet that merely looks like a matrix is analysed read-only and never written.
 * - **Cells**: the legend and summary rows (found by what the add-on wrote there), the header, and the rows
 *   of the initiatives and their spare rows, from the Area (or Initiative) column to Status (to Notes in a
 *   matrix with the agreement columns Decision, Decided on, Notes, whose typed text is the users'), the
 *   people row under the header included (its "Held by" label is the add-on's, the names in it are the
 *   users' text). Everything else on the sheet is the users'.
 * - **Rules, validation, protections**: conditional-format rules the add-on writes (recognised by their
 *   formula's shape and colour), the dropdowns on code cells, and protections whose description names the
 *   add-on. A user's rules keep their order, after the add-on's.
 * - **The overview**: the sheet marked `raci.overview`: its title and note cells, its table (header, a row per
 *   role, a column per matrix), the table's protection and its chart. The rest of that sheet is the users'.
 * - **Offsite packs**: each sheet marked `raci.offsite`: its table from A1 (the rows of one matrix to settle) and
 *   the table's protection. The rest of that sheet is the users'.
 * - **Properties and metadata**: keys starting with `raci.`; the hidden sheet "RACI change log".
 */
import { a1, columnLetter } from "../core/a1";
import { KIND_KEY, MATRIX_KEY, OFFSITE_KEY, OVERVIEW_KEY, PRODUCT_NAME } from "../core/keys";
import { DEFAULT_KIND, isMatrixKind, MATRIX_KINDS } from "../core/kinds";
import { findDecor, noDecor, type DecorRows } from "../core/plan/decor";
import { highlightFormulas, overloadedFormula } from "../core/plan/formulas";
import { leftColumn, rightColumn, SPARE_ROWS, type Layout } from "../core/plan/layout";
import { HIGHLIGHT } from "../core/plan/palette";
import type { GridRange } from "../core/plan/types";
import type { CellValue, MatrixKind } from "../core/types";
import type { Span } from "./acrossLine";
import { readForReading, readMatrix, type MatrixOnSheet } from "./read";
import { hasStoredSettings } from "./settingsStore";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** "generated": the add-on built it and styles it; "adopted": a user's table, kept as it looks. */
export type MatrixOrigin = "generated" | "adopted";

export interface AddonMatrix extends MatrixOnSheet {
  origin: MatrixOrigin;
  /** The legend and summary rows (none for an adopted table). */
  decor: DecorRows;
}

/** Rows prepared below the last initiative: an adopted table gets none, so the notes under it stay notes. */
export const spareRowsOf = (origin: MatrixOrigin): number => (origin === "adopted" ? 0 : SPARE_ROWS);

/**
 * The sheet's own developer metadata (not its rows' or columns'), read in one call plus one per entry
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDeveloperMetadata()).
 */
export function matrixOrigin(sheet: Sheet): MatrixOrigin | null {
  for (const metadata of sheet.getDeveloperMetadata()) {
    if (metadata.getKey() === MATRIX_KEY) return originOf(metadata.getValue());
  }
  return null;
}

const originOf = (value: string | null): MatrixOrigin => (value === "adopted" ? "adopted" : "generated");

/** Marks a sheet as a matrix of the add-on (https://developers.google.com/apps-script/reference/spreadsheet/sheet#addDeveloperMetadata(String,String,DeveloperMetadataVisibility)). */
export function markMatrix(sheet: Sheet, origin: MatrixOrigin, kind: MatrixKind = DEFAULT_KIND): void {
  const visibility = SpreadsheetApp.DeveloperMetadataVisibility.PROJECT;
  sheet.addDeveloperMetadata(MATRIX_KEY, origin, visibility);
  if (kind !== DEFAULT_KIND) sheet.addDeveloperMetadata(KIND_KEY, kind, visibility);
}

/** Mirrors a changed kind beside the sheet's mark (KIND_KEY): set for RASCI or DACI, removed for RACI. */
export function markKind(sheet: Sheet, kind: MatrixKind): void {
  const entry = sheet.getDeveloperMetadata().find((metadata) => metadata.getKey() === KIND_KEY);
  if (kind === DEFAULT_KIND) entry?.remove();
  else if (entry) entry.setValue(kind);
  else sheet.addDeveloperMetadata(KIND_KEY, kind, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** The refusal for a sheet the add-on did not make: it says why, and how to hand the table over. */
export function notMadeByAddon(name: string): Error {
  return new Error(
    `Nothing was changed: "${name}" looks like a RACI table, but the add-on did not make it, so it never ` +
      "writes there. To let the add-on manage it, choose Adopt this table as a matrix in the add-on menu " +
      "(or Make this table a live matrix in the sidebar).",
  );
}

/**
 * The sheet's matrix, for a write: refuses a sheet the add-on did not make, and marks a first-release
 * matrix (stored settings and a header) on first use.
 */
export function addonMatrix(sheet: Sheet, name: string): AddonMatrix {
  const marked = matrixOrigin(sheet);
  const origin = marked ?? "generated";
  const read = readMatrix(sheet, name, spareRowsOf(origin));
  if (marked === null) {
    if (!hasStoredSettings(sheet)) throw notMadeByAddon(name);
    markMatrix(sheet, "generated");
  }
  return { ...read, origin, decor: decorOf(read, origin) };
}

/** For reading only (analysis): any sheet with a header, marked or not, with the extent its origin gives. */
export function readableMatrix(sheet: Sheet, name: string): MatrixOnSheet {
  return readForReading(sheet, name, spareRowsOf(matrixOrigin(sheet) ?? "generated"));
}

/**
 * A matrix the add-on may write on; its origin and kind are read only when asked (one call), as onEdit rarely
 * needs them.
 */
export interface MatrixMark {
  origin(): MatrixOrigin;
  kind(): MatrixKind;
}

/**
 * The mark of a matrix onEdit may write on, or null: marked, or a first-release matrix (marked on its next
 * refresh or structural change).
 */
export function matrixMark(sheet: Sheet): MatrixMark | null {
  let mark: DeveloperMetadata | undefined;
  let kind: DeveloperMetadata | undefined;
  for (const metadata of sheet.getDeveloperMetadata()) {
    const key = metadata.getKey();
    if (key === MATRIX_KEY) mark = metadata;
    else if (key === KIND_KEY) kind = metadata;
  }
  // A first-release matrix is marked on its next refresh; RACI was its only kind.
  if (mark === undefined)
    return hasStoredSettings(sheet) ? { origin: () => "generated", kind: () => DEFAULT_KIND } : null;
  const marked = mark;
  let origin: MatrixOrigin | undefined;
  let read: MatrixKind | undefined;
  return {
    origin: () => (origin ??= originOf(marked.getValue())),
    kind: () => (read ??= kind === undefined ? DEFAULT_KIND : readKind(kind.getValue())),
  };
}

const readKind = (value: string | null): MatrixKind => (isMatrixKind(value) ? value : DEFAULT_KIND);

/** The origin of a matrix the add-on may write on, or null. */
export function writableOrigin(sheet: Sheet): MatrixOrigin | null {
  return matrixMark(sheet)?.origin() ?? null;
}

/** One of the add-on's matrices among the spreadsheet's sheets. */
interface MatrixSheet {
  sheet: Sheet;
  name: string;
  origin: MatrixOrigin;
}

/**
 * Every matrix of the add-on, in tab order: marked (made or adopted), or made by the first release (stored
 * settings). One metadata read per sheet, and a settings lookup for each unmarked one.
 */
export function addonMatrixSheets(spreadsheet: Spreadsheet): MatrixSheet[] {
  return spreadsheet.getSheets().flatMap((sheet) => {
    const origin = writableOrigin(sheet);
    return origin === null ? [] : [{ sheet, name: sheet.getName(), origin }];
  });
}

/**
 * The overview sheet the add-on made, with its mark (whose value the writer keeps up to date), or null. The
 * spreadsheet's finder looks by key, so the cost does not grow with the number of sheets
 * (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder).
 */
export function addonOverview(
  spreadsheet: Spreadsheet,
): { sheet: Sheet; mark: GoogleAppsScript.Spreadsheet.DeveloperMetadata } | null {
  for (const mark of spreadsheet.createDeveloperMetadataFinder().withKey(OVERVIEW_KEY).find()) {
    const sheet = mark.getLocation().getSheet();
    if (sheet !== null) return { sheet, mark };
  }
  return null;
}

/** Marks a sheet as the add-on's overview; `value` is what the writer records of it. */
export function markOverview(sheet: Sheet, value: string): void {
  sheet.addDeveloperMetadata(OVERVIEW_KEY, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** The offsite packs the add-on made, each with its mark (whose value the writer keeps up to date). */
export function addonOffsitePacks(
  spreadsheet: Spreadsheet,
): { sheet: Sheet; mark: GoogleAppsScript.Spreadsheet.DeveloperMetadata }[] {
  return spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(OFFSITE_KEY)
    .find()
    .flatMap((mark) => {
      const sheet = mark.getLocation().getSheet();
      return sheet === null ? [] : [{ sheet, mark }];
    });
}

/** Marks a sheet as an offsite pack of the add-on's; `value` is what the writer records of it. */
export function markOffsite(sheet: Sheet, value: string): void {
  sheet.addDeveloperMetadata(OFFSITE_KEY, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

function decorOf({ values, layout, settings }: MatrixOnSheet, origin: MatrixOrigin): DecorRows {
  if (origin === "adopted") return noDecor(settings.kind);
  return findDecor(values, layout, settings.kind);
}

/**
 * The sheet rows whose cells in the matrix's columns the add-on owns: legend, summary, header to last row.
 * (The title is one cell, in the left column; the rest of its row may hold anyone's text.)
 */
export function addonRows({ layout, decor }: AddonMatrix): (row: number) => boolean {
  const rows = new Set<number>();
  if (decor.legend !== null) rows.add(decor.legend);
  decor.summary.forEach((row) => row !== null && rows.add(row));
  return (row) => rows.has(row) || (row >= layout.headerRow && row <= layout.lastRow);
}

/**
 * The matrix's columns: from Area (or Initiative) to Status, or to Notes when it has the agreement columns
 * (Decision, Decided on, Notes: the add-on's columns, whose typed content is the users' and moves with its row).
 */
export function addonColumns(layout: Layout): (column: number) => boolean {
  return (column) => column >= leftColumn(layout) && column <= rightColumn(layout);
}

const blank = (value: CellValue): boolean => value === null || value === undefined || value === "";
const plainBackground = (colour: string): boolean => colour === "" || colour.toLowerCase() === "#ffffff";

/**
 * The users' cells in one sheet column (or row) outside the matrix: what deleting that column (or row)
 * would destroy. Values come from the read; notes and fills take one call each.
 */
export function usersCellsInColumn(matrix: AddonMatrix, column: number): string[] {
  const { sheet, values } = matrix;
  const owned = addonRows(matrix);
  const height = sheet.getMaxRows();
  const range = sheet.getRange(1, column, height, 1);
  const notes = range.getNotes();
  const fills = range.getBackgrounds();
  const cells: string[] = [];
  for (let r = 1; r <= height; r++) {
    if (owned(r)) continue;
    const value = values[r - 1]?.[column - 1];
    if (!blank(value) || notes[r - 1][0] !== "" || !plainBackground(fills[r - 1][0]))
      cells.push(a1(r, column));
  }
  return [...cells, ...mergesOutside(range, (m) => owned(m.getRow()) && owned(m.getLastRow()))];
}

export function usersCellsInRow(matrix: AddonMatrix, row: number): string[] {
  const { sheet, values, layout } = matrix;
  const owned = addonColumns(layout);
  const width = sheet.getMaxColumns();
  const range = sheet.getRange(row, 1, 1, width);
  const notes = range.getNotes()[0];
  const fills = range.getBackgrounds()[0];
  const cells: string[] = [];
  for (let c = 1; c <= width; c++) {
    if (owned(c)) continue;
    const value = values[row - 1]?.[c - 1];
    if (!blank(value) || notes[c - 1] !== "" || !plainBackground(fills[c - 1])) cells.push(a1(row, c));
  }
  return [...cells, ...mergesOutside(range, (r) => owned(r.getColumn()) && owned(r.getLastColumn()))];
}

/** The matrix as insertions see it (sheets/acrossLine.ts): its own rows and columns, and its edges. */
export function spanOf(matrix: AddonMatrix): Span {
  return {
    ownsRow: addonRows(matrix),
    ownsColumn: addonColumns(matrix.layout),
    lastRow: matrix.layout.lastRow,
    lastColumn: rightColumn(matrix.layout),
  };
}

/** Merged cells across the line that are not the matrix's: deleting the line would cut them. */
function mergesOutside(
  line: GoogleAppsScript.Spreadsheet.Range,
  inside: (merge: GoogleAppsScript.Spreadsheet.Range) => boolean,
): string[] {
  return line
    .getMergedRanges()
    .filter((merge) => !inside(merge))
    .map((merge) => merge.getA1Notation());
}

/** "E40, E52 and 3 more": the cells a refusal names. */
export function listCells(cells: string[]): string {
  const shown = cells.slice(0, 5).join(", ");
  return cells.length > 5 ? `${shown} and ${cells.length - 5} more` : shown;
}

export const columnName = (column: number): string => `column ${columnLetter(column)}`;

// --- conditional-format rules and protections ---------------------------------------------------------

/** A formula with its cell references taken out: the shape of a rule whatever the matrix's size or place. */
const shape = (formula: string): string =>
  formula.replace(/\$?[A-Z]{1,3}\$?[0-9]+(:\$?[A-Z]{1,3}\$?[0-9]+)?/g, "#").replace(/\s+/g, "");

/** The shapes of every rule the add-on writes, in every kind, computed from the formulas themselves. */
const RULE_SHAPES: ReadonlySet<string> = (() => {
  const layout: Layout = {
    headerRow: 8,
    areaColumn: 1,
    nameColumn: 2,
    firstRoleColumn: 3,
    roleCount: 3,
    lastRow: 40,
  };
  // With the hidden check column and without it (its check inline), with an owner pair and without.
  const formulas = MATRIX_KINDS.flatMap((kind) =>
    [true, false].flatMap((check) =>
      ([[3, 4], null] as const).flatMap((owners) =>
        Object.values(highlightFormulas({ ...layout, check }, owners === null ? null : [...owners], kind)),
      ),
    ),
  );
  return new Set([...formulas, overloadedFormula(7, 3)].map(shape));
})();

const RULE_COLOURS: ReadonlySet<string> = new Set(Object.values(HIGHLIGHT).map((c) => c.toLowerCase()));

const within = (inner: GridRange, outer: GridRange): boolean =>
  inner.row >= outer.row &&
  inner.column >= outer.column &&
  inner.row + inner.numRows <= outer.row + outer.numRows &&
  inner.column + inner.numColumns <= outer.column + outer.numColumns;

/**
 * True for a highlighting rule the add-on wrote: a custom formula in one of its colours, whose formula has
 * the shape of one of its own, or (a rule from an earlier version of the formulas) that lies wholly within
 * `area`, the matrix. A user's rule, even in the same range, is neither, and is kept.
 */
export function isAddonRule(
  rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
  area: GridRange,
): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  if (String(condition.getCriteriaType()) !== "CUSTOM_FORMULA") return false;
  const background = condition.getBackground();
  if (background === null || !RULE_COLOURS.has(background.toLowerCase())) return false;
  const formula = String(condition.getCriteriaValues()[0] ?? "");
  if (RULE_SHAPES.has(shape(formula))) return true;
  const ranges = rule.getRanges();
  return (
    ranges.length > 0 &&
    ranges.every((range) =>
      within(
        {
          row: range.getRow(),
          column: range.getColumn(),
          numRows: range.getNumRows(),
          numColumns: range.getNumColumns(),
        },
        area,
      ),
    )
  );
}

/** Protections the add-on made name it; an interrupted run may have left one without a description yet. */
export function isAddonProtection(
  description: string,
  range: string,
  ourRanges: ReadonlySet<string>,
): boolean {
  return description.includes(PRODUCT_NAME) || (description === "" && ourRanges.has(range));
}
