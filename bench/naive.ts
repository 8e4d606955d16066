/**
 * The baseline: the add-on's jobs done the way a first Apps Script usually does them, one cell per call.
 * - generate: every cell gets getRange(r, c) then setValue and one setter per format; a data validation per
 *   code cell; the highlighting as a separate conditional format rule for each row (and each highlight kind);
 * - analyse: every cell read with getRange(r, c).getValue(), the header found by reading column B downwards;
 * - refresh: the same reads, then the same per-cell writes as generate (formats, Status, validation, rules);
 * - addRole: insert the column, write the header cell, then the per-cell refresh;
 * - onEdit: the header read cell by cell, then for each edited cell: read it, rewrite an alias, read the
 *   initiative's name, and append one change-log row.
 * What it writes is decided by the add-on's own pure core (the same SheetPlan and the same analysis), so the
 * sheet it produces is comparable and only the way of talking to SpreadsheetApp differs. It is dev-only code,
 * never bundled.
 *
 * Next to each job is its exact call count, worked out without touching a spreadsheet (the "dry run"), so the
 * benchmark can give the naive figures at sizes too slow to execute on the emulator. The benchmark checks the
 * dry run against the emulator's count wherever it does execute the naive job.
 */
import { a1 } from "../src/core/a1";
import { analyze } from "../src/core/analyze";
import { canonicalReplacement, canonicalText } from "../src/core/codes";
import { highlightFormulas, type OwnerColumns } from "../src/core/plan/formulas";
import {
  AGREEMENT_LABELS,
  CHECK_LABEL,
  firstDataRow,
  lastRoleColumn,
  newLayout,
  rightColumn,
  SPARE_ROWS,
  statusColumn,
  type Layout,
} from "../src/core/plan/layout";
import { newDecor } from "../src/core/plan/decor";
import { planNewMatrix, planRefresh } from "../src/core/plan/plan";
import { ownerColumns } from "../src/core/plan/ownerColumns";
import { toMatrix } from "../src/sheets/read";
import type { GridRange, HighlightRule, SheetPlan } from "../src/core/plan/types";
import { validateSettings } from "../src/core/settings";
import { validateSpec } from "../src/core/spec";
import { DEFAULT_KIND } from "../src/core/kinds";
import type {
  Analysis,
  CellValue,
  MatrixKind,
  MatrixSettings,
  MatrixSpec,
  ValidSpec,
} from "../src/core/types";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Apps Script globals the naive script uses, taken from the emulator. */
export interface Services {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
}

/** Service calls by method name ("getRange", "setValue"…), as the dry run counts them. */
export class CallCount {
  readonly byMethod = new Map<string, number>();

  add(method: string, times = 1): this {
    if (times > 0) this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + times);
    return this;
  }

  addAll(other: CallCount): this {
    for (const [method, times] of other.byMethod) this.add(method, times);
    return this;
  }

  get total(): number {
    let sum = 0;
    for (const times of this.byMethod.values()) sum += times;
    return sum;
  }
}

/** The column of initiative names, as generate lays it out; the naive script looks for its header there. */
const NAME_COLUMN = 2;
const SETTINGS_KEY = (sheet: Sheet) => `raci.settings.${sheet.getSheetId()}`;
const LOG_SHEET = "RACI change log";
/** A new sheet's grid (Sheets' default). */
const NEW_SHEET = { rows: 1000, columns: 26 };

function defaults(roles: string[], ownerPair: [string, string] | null, kind: MatrixKind): MatrixSettings {
  const result = validateSettings(undefined, roles);
  if (!result.ok) throw new Error("naive: default settings do not validate");
  return { ...result.value, ownerPair, kind };
}

function validSpec(spec: unknown): ValidSpec {
  const result = validateSpec(spec);
  if (!result.ok) throw new Error(`naive: bad spec: ${result.errors.map((e) => e.message).join("; ")}`);
  return result.value;
}

/** A typed alias ("ra", "Responsible") that the add-on would rewrite in canonical form. */
const needsCanonical = (value: CellValue, kind: MatrixKind = DEFAULT_KIND) =>
  canonicalReplacement(value, kind) !== null;

interface NewMatrix {
  layout: Layout;
  owners: OwnerColumns;
  settings: MatrixSettings;
  plan: SheetPlan;
  title: string;
}

/** The SheetPlan of a new matrix: the same plan the add-on applies in batches. */
export function planFor(spec: unknown, changes: Partial<Layout> = {}): NewMatrix {
  const { title, roles, initiatives, ownerPair, kind } = validSpec(spec);
  const settings = defaults(roles, ownerPair, kind);
  const people = (spec as MatrixSpec).people !== false;
  const layout = { ...newLayout(roles.length, initiatives.length, people, kind), ...changes };
  const owners = ownerColumns(roles, settings, layout);
  const areas = [...initiatives.map((i) => i.area), ...new Array<string>(SPARE_ROWS).fill("")];
  const plan = planNewMatrix({ layout, settings, owners, areas, title, roles, initiatives });
  return { layout, owners, settings, plan, title };
}

// ---------------------------------------------------------------------------------------------------------
// Applying a SheetPlan one cell at a time.

/** Setter name per CellBlock grid, in the order the naive script calls them. */
const SETTERS = [
  ["values", "setValue"],
  ["backgrounds", "setBackground"],
  ["fontWeights", "setFontWeight"],
  ["fontColors", "setFontColor"],
  ["alignments", "setHorizontalAlignment"],
  ["notes", "setNote"],
] as const;

/** Setter name per uniform format of a CellBlock, each called once per cell by the naive script. */
const FORMAT_SETTERS = [
  ["background", "setBackground"],
  ["fontColor", "setFontColor"],
  ["fontWeight", "setFontWeight"],
  ["fontSize", "setFontSize"],
  ["alignment", "setHorizontalAlignment"],
  ["wrap", "setWrap"],
] as const;

/** Highlight rules that hold per row, and which formula of highlightFormulas each one uses. */
const ROW_FORMULAS: Record<string, keyof ReturnType<typeof highlightFormulas> | undefined> = {
  INVALID_CODE: "invalidCell",
  SHARED_OWNERSHIP: "sharedOwnership",
  MULTIPLE_ACCOUNTABLE: "multipleAccountable",
  MULTIPLE_DRIVERS: "multipleDoers",
  NO_ACCOUNTABLE: "noAccountable",
  NO_RESPONSIBLE: "noResponsible",
};

/** The one-row slices of a rule's ranges, with the formula rewritten for that row; one entry per rule. */
function perRowRules(
  rule: HighlightRule,
  layout: Layout,
  owners: OwnerColumns,
  kind: MatrixKind,
): HighlightRule[] {
  const key = ROW_FORMULAS[rule.name];
  if (key === undefined) return [rule];
  const top = firstDataRow(layout);
  const rows = Math.max(...rule.ranges.map((range) => range.numRows));
  return Array.from({ length: rows }, (_, i) => ({
    ...rule,
    // highlightFormulas writes its formulas for the first data row: give it a layout whose first row is ours.
    formula: highlightFormulas({ ...layout, headerRow: top + i - 1 }, owners, kind)[key],
    ranges: rule.ranges.map((range) => ({ ...range, row: range.row + i, numRows: 1 })),
  }));
}

function cellRange(sheet: Sheet, { row, column, numRows, numColumns }: GridRange) {
  return sheet.getRange(row, column, numRows, numColumns);
}

function applyCellByCell(
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  sheet: Sheet,
  plan: SheetPlan,
  layout: Layout,
  owners: OwnerColumns,
  kind: MatrixKind,
): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < plan.minRows) sheet.insertRowsAfter(maxRows, plan.minRows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < plan.minColumns) sheet.insertColumnsAfter(maxColumns, plan.minColumns - maxColumns);

  for (const block of plan.blocks) {
    const { row, column, numRows, numColumns } = block.range;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) {
        const cell = sheet.getRange(row + r, column + c);
        const format = block.format ?? {};
        if (format.background !== undefined) cell.setBackground(format.background);
        if (format.fontColor !== undefined) cell.setFontColor(format.fontColor);
        if (format.fontWeight !== undefined) cell.setFontWeight(format.fontWeight);
        if (format.fontSize !== undefined) cell.setFontSize(format.fontSize);
        if (format.alignment !== undefined) cell.setHorizontalAlignment(format.alignment);
        if (format.wrap !== undefined) cell.setWrap(format.wrap);
        if (block.values) cell.setValue(block.values[r][c]);
        if (block.backgrounds) cell.setBackground(block.backgrounds[r][c]);
        if (block.fontWeights) cell.setFontWeight(block.fontWeights[r][c]);
        if (block.fontColors) cell.setFontColor(block.fontColors[r][c]);
        if (block.alignments) cell.setHorizontalAlignment(block.alignments[r][c]);
        if (block.notes) cell.setNote(block.notes[r][c]);
      }
    }
  }
  for (const { column, count, width } of plan.columnWidths)
    for (let c = column; c < column + count; c++) sheet.setColumnWidth(c, width);
  if (plan.hiddenColumn !== null) sheet.hideColumns(plan.hiddenColumn);
  if (plan.frozenRows !== null) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns !== null) sheet.setFrozenColumns(plan.frozenColumns);

  const validation = app
    .newDataValidation()
    .requireValueInList(plan.codeValidation.codes, true)
    .setAllowInvalid(true)
    .setHelpText(plan.codeValidation.helpText)
    .build();
  for (const codes of plan.codeValidation.ranges)
    for (let r = codes.row; r < codes.row + codes.numRows; r++)
      for (let c = codes.column; c < codes.column + codes.numColumns; c++)
        sheet.getRange(r, c).setDataValidation(validation);
  if (plan.decisionValidation) {
    const decision = app
      .newDataValidation()
      .requireValueInList(plan.decisionValidation.values, true)
      .setAllowInvalid(true)
      .setHelpText(plan.decisionValidation.helpText)
      .build();
    for (const cells of plan.decisionValidation.ranges)
      for (let r = cells.row; r < cells.row + cells.numRows; r++)
        sheet.getRange(r, cells.column).setDataValidation(decision);
  }

  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const planned of plan.highlightRules) {
    for (const rule of perRowRules(planned, layout, owners, kind)) {
      const builder = app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(rule.formula)
        .setBackground(rule.background)
        .setRanges(rule.ranges.map((range) => cellRange(sheet, range)));
      rules.push((rule.bold ? builder.setBold(true) : builder).build());
    }
  }
  sheet.setConditionalFormatRules(rules);

  const ours = new Set(plan.protections.map((p) => p.description));
  for (const existing of sheet.getProtections(app.ProtectionType.RANGE))
    if (ours.has(existing.getDescription())) existing.remove();
  for (const { range, description } of plan.protections)
    cellRange(sheet, range).protect().setDescription(description).setWarningOnly(true);
}

/** The dry run of applyCellByCell on a sheet of this grid size that holds `protections` of ours already. */
function applyCalls(
  plan: SheetPlan,
  sheet: { rows: number; columns: number; protections: number },
): CallCount {
  const calls = new CallCount().add("getMaxRows").add("getMaxColumns");
  if (sheet.rows < plan.minRows) calls.add("insertRowsAfter");
  if (sheet.columns < plan.minColumns) calls.add("insertColumnsAfter");
  for (const block of plan.blocks) {
    const cells = block.range.numRows * block.range.numColumns;
    calls.add("getRange", cells);
    for (const [key, setter] of FORMAT_SETTERS)
      if (block.format?.[key] !== undefined) calls.add(setter, cells);
    for (const [grid, setter] of SETTERS) if (block[grid]) calls.add(setter, cells);
  }
  for (const { count } of plan.columnWidths) calls.add("setColumnWidth", count);
  if (plan.hiddenColumn !== null) calls.add("hideColumns");
  calls.add("setFrozenRows").add("setFrozenColumns");
  // Rule builders (newDataValidation, newConditionalFormatRule and their setters) run locally in Apps Script,
  // and the emulator does not count them: only handing a rule to a range or sheet is a call.
  const codeCells = plan.codeValidation.ranges.reduce((sum, r) => sum + r.numRows * r.numColumns, 0);
  calls.add("getRange", codeCells).add("setDataValidation", codeCells);
  const decisionCells = plan.decisionValidation?.ranges.reduce((sum, r) => sum + r.numRows, 0) ?? 0;
  calls.add("getRange", decisionCells).add("setDataValidation", decisionCells);
  for (const planned of plan.highlightRules) {
    const perRow = ROW_FORMULAS[planned.name] !== undefined;
    const rules = perRow ? Math.max(...planned.ranges.map((range) => range.numRows)) : 1;
    calls.add("getRange", rules * planned.ranges.length);
  }
  calls.add("setConditionalFormatRules");
  calls.add("getProtections").add("getDescription", sheet.protections).add("remove", sheet.protections);
  const added = plan.protections.length;
  calls
    .add("getRange", added)
    .add("protect", added)
    .add("setDescription", added)
    .add("setWarningOnly", added);
  return calls;
}

// ---------------------------------------------------------------------------------------------------------
// generate

/** What the naive script's call counts depend on, besides the plan: the sheet's extent. */
export interface SheetShape {
  layout: Layout;
  /** Sheet.getMaxRows / getMaxColumns. */
  rows: number;
  columns: number;
  /** Sheet.getLastRow: the last row with a value or formula (the spare rows hold Status formulas). */
  lastRow: number;
  /** Sheet.getLastColumn. */
  lastColumn: number;
}

function shapeAfter(plan: SheetPlan, layout: Layout, before: { rows: number; columns: number }): SheetShape {
  return {
    layout,
    rows: Math.max(before.rows, plan.minRows),
    columns: Math.max(before.columns, plan.minColumns),
    lastRow: layout.lastRow,
    // The hidden check column holds a formula on every row, so it is the last column with content.
    lastColumn: rightColumn(layout),
  };
}

/** Creates the matrix sheet; returns its name. */
export function generate(services: Services, spec: unknown): string {
  const { SpreadsheetApp, PropertiesService } = services;
  const { layout, owners, settings, plan, title } = planFor(spec);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (spreadsheet.getSheetByName(title)) throw new Error(`naive: sheet ${title} exists`);
  const sheet = spreadsheet.insertSheet(title);
  applyCellByCell(SpreadsheetApp, sheet, plan, layout, owners, settings.kind);
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY(sheet), JSON.stringify(settings));
  sheet.activate();
  return title;
}

export function generateCalls(spec: unknown): { calls: CallCount; shape: SheetShape } {
  const { layout, plan } = planFor(spec);
  const calls = new CallCount().add("getActiveSpreadsheet").add("getSheetByName").add("insertSheet");
  calls.addAll(applyCalls(plan, { ...NEW_SHEET, protections: 0 }));
  calls.add("getDocumentProperties").add("getSheetId").add("setProperty").add("activate");
  return { calls, shape: shapeAfter(plan, layout, NEW_SHEET) };
}

// ---------------------------------------------------------------------------------------------------------
// Reading a matrix cell by cell (analyse, refresh, addRole)

interface CellByCell {
  sheet: Sheet;
  layout: Layout;
  roles: string[];
  settings: MatrixSettings;
  /** Rows 1..lastRow; only the cells that were read are filled. */
  values: CellValue[][];
}

/** How many rows of column B the header scan reads before it finds "Initiative" on `headerRow`. */
const scanCalls = (headerRow: number) =>
  new CallCount().add("getRange", headerRow).add("getValue", headerRow);

function findHeaderRow(sheet: Sheet, lastRow: number): number {
  for (let r = 1; r <= Math.min(lastRow, 50); r++)
    if (String(sheet.getRange(r, NAME_COLUMN).getValue()).trim() === "Initiative") return r;
  throw new Error("naive: no header row");
}

function readCellByCell(services: Services, sheetName: string): CellByCell {
  const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`naive: no sheet ${sheetName}`);
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const headerRow = findHeaderRow(sheet, lastRow);
  const header: CellValue[] = [];
  for (let c = 1; c <= lastColumn; c++) header.push(sheet.getRange(headerRow, c).getValue() as CellValue);
  const status = header.findIndex((value, c) => c > NAME_COLUMN - 1 && value === "Status");
  const roles = header.slice(NAME_COLUMN, status).map((value) => String(value ?? "").trim());
  const layout: Layout = {
    headerRow,
    areaColumn: NAME_COLUMN - 1,
    nameColumn: NAME_COLUMN,
    firstRoleColumn: NAME_COLUMN + 1,
    roleCount: roles.length,
    lastRow,
    // The columns right of Status, as the header names them (detect.ts reads them the same way).
    ...(AGREEMENT_LABELS.every((label, i) => header[status + 1 + i] === label) ? { agreement: true } : {}),
    ...(header.includes(CHECK_LABEL) ? { check: true } : {}),
  };
  const values: CellValue[][] = Array.from({ length: lastRow }, () => []);
  values[headerRow - 1] = header;
  for (let r = headerRow + 1; r <= lastRow; r++)
    for (let c = 1; c <= lastRoleColumn(layout); c++)
      values[r - 1][c - 1] = sheet.getRange(r, c).getValue() as CellValue;
  const stored = services.PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY(sheet));
  const parsed = validateSettings(stored === null ? undefined : JSON.parse(stored), roles);
  const settings = parsed.ok ? parsed.value : defaults(roles, null, DEFAULT_KIND);
  return { sheet, layout, roles, settings, values };
}

function readCalls(shape: SheetShape): CallCount {
  const { layout, lastRow, lastColumn } = shape;
  const cells = (lastRow - layout.headerRow) * lastRoleColumn(layout);
  return new CallCount()
    .add("getActiveSpreadsheet")
    .add("getSheetByName")
    .add("getLastRow")
    .add("getLastColumn")
    .addAll(scanCalls(layout.headerRow))
    .add("getRange", lastColumn + cells)
    .add("getValue", lastColumn + cells)
    .add("getDocumentProperties")
    .add("getSheetId")
    .add("getProperty");
}

// ---------------------------------------------------------------------------------------------------------
// analyse

export function analyzeMatrix(services: Services, sheetName: string): Analysis {
  const { layout, roles, settings, values } = readCellByCell(services, sheetName);
  return analyze(toMatrix(values, layout, roles, settings), { headerRow: layout.headerRow });
}

export const analyzeCalls = (shape: SheetShape): CallCount => readCalls(shape);

// ---------------------------------------------------------------------------------------------------------
// refresh

/** What a refresh's plan depends on, besides the layout: the same whether read from a sheet or worked out. */
export interface MatrixFacts {
  roles: string[];
  settings: MatrixSettings;
  /** The last row holding a name or a code (the header row when there is none). */
  lastUsed: number;
  /** The area of each row below the header, as far as the sheet's content goes. */
  areas: string[];
}

function factsOf({ layout, roles, settings, values }: CellByCell): MatrixFacts {
  let lastUsed = layout.headerRow;
  const areas: string[] = [];
  for (let r = layout.headerRow + 1; r <= values.length; r++) {
    const row = values[r - 1];
    const used = row.slice(NAME_COLUMN - 1, lastRoleColumn(layout));
    if (used.some((v) => v !== "" && v !== null && v !== undefined)) lastUsed = r;
    areas.push(String(row[NAME_COLUMN - 2] ?? "").trim());
  }
  return { roles, settings, lastUsed, areas };
}

/** The extent and plan of a refresh; `layout.lastRow` is the sheet's last row with content. */
export function refreshPlan(layout: Layout, facts: MatrixFacts) {
  const extent: Layout = { ...layout, lastRow: facts.lastUsed + SPARE_ROWS };
  const areas = Array.from({ length: extent.lastRow - extent.headerRow }, (_, i) => facts.areas[i] ?? "");
  const owners = ownerColumns(facts.roles, facts.settings, extent);
  return {
    extent,
    owners,
    plan: planRefresh({
      layout: extent,
      settings: facts.settings,
      owners,
      areas,
      decor: newDecor(extent, facts.settings.kind),
      style: "full",
    }),
  };
}

export function refreshMatrix(services: Services, sheetName: string): void {
  const read = readCellByCell(services, sheetName);
  const { sheet, layout, values, settings } = read;
  for (let r = layout.headerRow + 1; r <= values.length; r++)
    for (let c = layout.firstRoleColumn; c <= lastRoleColumn(layout); c++) {
      const value = values[r - 1][c - 1];
      if (needsCanonical(value, settings.kind))
        sheet.getRange(r, c).setValue(canonicalText(value, settings.kind));
    }
  const facts = factsOf(read);
  const { extent, owners, plan } = refreshPlan(layout, facts);
  applyCellByCell(services.SpreadsheetApp, sheet, plan, extent, owners, facts.settings.kind);
}

/** The dry run of refreshMatrix on a sheet of this shape and content, with `aliases` code cells to rewrite. */
export function refreshCalls(shape: SheetShape, facts: MatrixFacts, aliases = 0): CallCount {
  const { plan } = refreshPlan({ ...shape.layout, lastRow: shape.lastRow }, facts);
  const calls = readCalls(shape).add("getRange", aliases).add("setValue", aliases);
  return calls.addAll(applyCalls(plan, { ...shape, protections: 2 }));
}

// ---------------------------------------------------------------------------------------------------------
// addRole

export function addRole(services: Services, sheetName: string, role: string): void {
  const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`naive: no sheet ${sheetName}`);
  const headerRow = findHeaderRow(sheet, sheet.getLastRow());
  let status = NAME_COLUMN + 1;
  while (String(sheet.getRange(headerRow, status).getValue()) !== "Status") status++;
  sheet.insertColumnAfter(status - 1);
  sheet.getRange(headerRow, status).setValue(`'${role}`);
  refreshMatrix(services, sheetName);
}

export function addRoleCalls(before: SheetShape, after: SheetShape, facts: MatrixFacts): CallCount {
  const headerCells = statusColumn(before.layout) - NAME_COLUMN; // from column C to Status
  return new CallCount()
    .add("getActiveSpreadsheet")
    .add("getSheetByName")
    .add("getLastRow")
    .addAll(scanCalls(before.layout.headerRow))
    .add("getRange", headerCells)
    .add("getValue", headerCells)
    .add("insertColumnAfter")
    .add("getRange")
    .add("setValue")
    .addAll(refreshCalls(after, facts));
}

// ---------------------------------------------------------------------------------------------------------
// onEdit

export function onEdit(services: Services, e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  const top = range.getRow();
  const left = range.getColumn();
  const bottom = top + range.getNumRows() - 1;
  const right = left + range.getNumColumns() - 1;
  const headerRow = findHeaderRow(sheet, 50);
  const roles: string[] = [];
  for (let c = NAME_COLUMN + 1; ; c++) {
    const value = String(sheet.getRange(headerRow, c).getValue());
    if (value === "Status" || value === "") break;
    roles.push(value);
  }
  const first = Math.max(top, headerRow + 1);
  const from = Math.max(left, NAME_COLUMN + 1);
  const to = Math.min(right, NAME_COLUMN + roles.length);
  if (first > bottom || from > to) return;
  const matrix = sheet.getName();
  const spreadsheet = e.source;
  let log = spreadsheet.getSheetByName(LOG_SHEET);
  if (!log) {
    log = spreadsheet.insertSheet(LOG_SHEET);
    log.getRange(1, 1, 1, 5).setValues([["Time", "Matrix", "Initiative", "Cell", "New"]]);
    log.hideSheet();
  }
  for (let r = first; r <= bottom; r++) {
    for (let c = from; c <= to; c++) {
      const cell = sheet.getRange(r, c);
      const value = cell.getValue() as CellValue;
      const code = canonicalText(value);
      if (needsCanonical(value)) cell.setValue(code);
      const initiative = String(sheet.getRange(r, NAME_COLUMN).getValue());
      log
        .getRange(log.getLastRow() + 1, 1, 1, 5)
        .setValues([[new Date(), matrix, initiative, a1(r, c), code]]);
    }
  }
}

/** The dry run of onEdit over `cells` code cells, `aliases` of which get rewritten; the log sheet exists. */
export function onEditCalls(shape: SheetShape, cells: number, aliases: number): CallCount {
  const headerCells = shape.layout.roleCount + 1; // the roles, then Status
  return new CallCount()
    .add("getSheet")
    .add("getRow")
    .add("getColumn")
    .add("getNumRows")
    .add("getNumColumns")
    .addAll(scanCalls(shape.layout.headerRow))
    .add("getRange", headerCells)
    .add("getValue", headerCells)
    .add("getName")
    .add("getSheetByName")
    .add("getRange", 2 * cells)
    .add("getValue", 2 * cells)
    .add("setValue", aliases)
    .add("getLastRow", cells)
    .add("getRange", cells)
    .add("setValues", cells);
}

// ---------------------------------------------------------------------------------------------------------
// Shapes and facts for the dry run, without a spreadsheet

/** The facts of a matrix as generate leaves it. */
export function generatedFacts(spec: unknown): MatrixFacts {
  const { roles, initiatives, ownerPair, kind } = validSpec(spec);
  const layout = newLayout(roles.length, initiatives.length, (spec as MatrixSpec).people !== false, kind);
  return {
    roles,
    settings: defaults(roles, ownerPair, kind),
    lastUsed: layout.headerRow + initiatives.length,
    areas: initiatives.map((i) => i.area),
  };
}

/** The shape and facts after addRole put `role` right of the last role. */
export function withRoleAdded(shape: SheetShape, facts: MatrixFacts, role: string) {
  return {
    shape: {
      ...shape,
      layout: { ...shape.layout, roleCount: shape.layout.roleCount + 1 },
      columns: shape.columns + 1,
      lastColumn: shape.lastColumn + 1,
    },
    facts: { ...facts, roles: [...facts.roles, role] },
  };
}
