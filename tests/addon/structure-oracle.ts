/**
 * Test-side reading of a matrix sheet, the way a person reads it and independently of the add-on's code:
 * the header is the row holding "Initiative" and, to its right, "Status"; roles sit between them; every row
 * below with a name or a code is an initiative. Shared by the structure, robust-layout, collaboration and
 * corpus tests.
 */
import type { Addon, Report } from "../helpers/addon";
import { LOG_SHEET_NAME } from "../helpers/fixtures";

export interface GridRole {
  name: string;
  column: number;
}

export interface GridRow {
  name: string;
  area: string;
  row: number;
  /** Role name → the cell's value as text ("" when empty). */
  codes: Record<string, string>;
  status: string;
}

export interface Grid {
  headerRow: number;
  nameColumn: number;
  statusColumn: number;
  roles: GridRole[];
  rows: GridRow[];
}

const text = (value: unknown): string =>
  value === null || value === undefined
    ? ""
    : value instanceof Date
      ? value.toISOString()
      : String(value).trim();

export function readGrid(addon: Addon, sheetName: string): Grid {
  const values = addon.sheet(sheetName).getDataRange().getValues();
  for (let r = 0; r < values.length; r++) {
    const cells = values[r].map(text);
    const name = cells.indexOf("Initiative");
    const status = cells.indexOf("Status", name + 1);
    if (name < 0 || status < 0) continue;
    const roles = cells.slice(name + 1, status).map((role, i) => ({ name: role, column: name + 2 + i }));
    const rows: GridRow[] = [];
    for (let d = r + 1; d < values.length; d++) {
      const row = values[d];
      const codes: Record<string, string> = {};
      for (const role of roles) codes[role.name] = text(row[role.column - 1]);
      const initiative = text(row[name]);
      if (initiative === "" && Object.values(codes).every((code) => code === "")) continue;
      rows.push({
        name: initiative,
        area: name > 0 ? text(row[name - 1]) : "",
        row: d + 1,
        codes,
        status: text(row[status]),
      });
    }
    return { headerRow: r + 1, nameColumn: name + 1, statusColumn: status + 1, roles, rows };
  }
  throw new Error(`test oracle: no matrix header on sheet "${sheetName}"`);
}

/** "initiative → role → code" for every cell, keyed by names so that moved rows and columns compare equal. */
export function codesByName(grid: Grid): Record<string, Record<string, string>> {
  return Object.fromEntries(grid.rows.map((row) => [row.name, { ...row.codes }]));
}

export function rowOf(grid: Grid, initiative: string): number {
  const found = grid.rows.filter((row) => row.name === initiative);
  if (found.length !== 1) throw new Error(`test oracle: ${found.length} rows named "${initiative}"`);
  return found[0].row;
}

export function columnOf(grid: Grid, role: string): number {
  const found = grid.roles.filter((r) => r.name === role);
  if (found.length !== 1) throw new Error(`test oracle: ${found.length} columns named "${role}"`);
  return found[0].column;
}

export function letter(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export const cellOf = (row: number, column: number): string => `${letter(column)}${row}`;

/** The rules the Status column speaks about, each with the words it uses. */
const STATUS_WORDS: [rule: string, pattern: RegExp][] = [
  ["NO_ACCOUNTABLE", /No one accountable/],
  ["MULTIPLE_ACCOUNTABLE", /\d+ accountable/],
  ["NO_RESPONSIBLE", /No one responsible/],
  ["TOO_MANY_RESPONSIBLE", /\d+ responsible \(split it\)/],
  ["SHARED_OWNERSHIP", /both own it/],
  ["INVALID_CODE", /\d+ invalid codes?/],
  ["UNNAMED_INITIATIVE", /No initiative name/],
];

/**
 * analyzeMatrix and the Status formulas tell the same story, row by row: each rule Status speaks about is
 * in the report (on a cell of that row) exactly when Status says it, and Status is "OK" exactly when none is.
 */
export function expectStatusAgrees(grid: Grid, report: Report): void {
  for (const row of grid.rows) {
    const rules = new Set<string>(
      report.findings.filter((f) => f.cell?.match(new RegExp(`^[A-Z]+${row.row}$`))).map((f) => f.rule),
    );
    const said = STATUS_WORDS.filter(([, pattern]) => pattern.test(row.status)).map(([rule]) => rule);
    const reported = STATUS_WORDS.filter(([rule]) => rules.has(rule)).map(([rule]) => rule);
    expect({ row: row.row, status: row.status, rules: said }).toEqual({
      row: row.row,
      status: row.status,
      rules: reported,
    });
    expect({ row: row.row, ok: row.status === "OK" }).toEqual({ row: row.row, ok: reported.length === 0 });
  }
}

/**
 * Every finding's cell points at what it talks about: an initiative's finding at its row (its name cell, or
 * the role's cell for one about a cell), a role's finding at the role's header cell.
 */
export function expectCellsPointRight(grid: Grid, report: Report): void {
  for (const finding of report.findings) {
    if (finding.rule === "DUPLICATE_INITIATIVE" || finding.rule === "DUPLICATE_ROLE") continue;
    const { initiative, role } = finding;
    let expected: string | undefined;
    if (initiative !== undefined && finding.rule === "INVALID_CODE" && role !== undefined)
      expected = cellOf(rowOf(grid, initiative), columnOf(grid, role));
    else if (initiative !== undefined) expected = cellOf(rowOf(grid, initiative), grid.nameColumn);
    else if (role !== undefined) expected = cellOf(grid.headerRow, columnOf(grid, role));
    if (expected !== undefined) expect({ finding, cell: finding.cell }).toEqual({ finding, cell: expected });
  }
}

/**
 * The workbook's content: everything but the selection (which sidebar calls may legitimately move), internal
 * id counters, protection and developer metadata ids (a refresh replaces its protections; Apps Script exposes
 * no protection id, and a metadata id is only a handle), chart ids (drawn from the same counter, so they shift
 * when a retried write made an extra protection) and the change log's times (which differ from run to run).
 */
export function snapshot(addon: Addon): unknown {
  const state = addon.emulator.toJSON();
  const {
    activeSheetId: _sheet,
    activeRange: _range,
    counters: _counters,
    ...spreadsheet
  } = state.spreadsheet;
  const sheets = state.sheets.map((sheet) => ({
    ...sheet,
    protections: sheet.protections.map(({ id: _id, ...protection }) => protection),
    charts: (sheet.charts ?? []).map(({ id: _id, ...chart }) => chart),
    metadata: sheet.metadata.map(({ id: _id, ...metadata }) => metadata),
    values: sheet.name === LOG_SHEET_NAME ? sheet.values.filter(([, column]) => column !== 0) : sheet.values,
  }));
  return { ...state, spreadsheet, sheets };
}

/** One sheet's part of snapshot(addon), or undefined when there is no such sheet. */
export function sheetSnapshot(addon: Addon, sheetName: string): unknown {
  return sheetIn(snapshot(addon), sheetName);
}

/** One sheet's part of a snapshot. */
export function sheetIn(state: unknown, sheetName: string): unknown {
  return (state as { sheets: { name: string }[] }).sheets.find((s) => s.name === sheetName);
}

/** The paths where two JSON values differ (at most `limit`), for short failure messages. */
export function differences(before: unknown, after: unknown, limit = 8, path = "$"): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
  if (!isObject(before) || !isObject(after)) {
    const show = (v: unknown) => JSON.stringify(v)?.slice(0, 120);
    return [`${path}: ${show(before)} → ${show(after)}`];
  }
  const out: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (out.length >= limit) break;
    out.push(...differences(before[key], after[key], limit - out.length, `${path}.${key}`));
  }
  return out;
}

/** The error a call throws (the bundle runs in its own realm, so compare by name, not instanceof). */
export function errorOf(run: () => unknown): { name: string; message: string } {
  try {
    run();
  } catch (error) {
    const { name, message } = error as Error;
    return { name, message };
  }
  throw new Error("test oracle: the call did not throw");
}
