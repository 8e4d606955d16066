/**
 * What the add-on tests share: the small matrix most of them start from, and the change log as they read it.
 */
import type { EmulatorOptions } from "../../emulator";
import { LOG_SHEET_NAME } from "../../src/core/keys";
import { loadAddon, type Addon, type MatrixSpec } from "./addon";

/** The change log's sheet, named where the add-on defines it: the one import to follow if that moves. */
export { LOG_SHEET_NAME };

export const ROLES = ["CEO", "COO", "Chief of Staff"];
/** The active user of `setup`'s spreadsheet, who owns it. */
export const OWNER = "owner@example.com";
/** The first initiative's row in a matrix without the people row (the header is row 8). */
export const FIRST = 9;

type Initiatives = NonNullable<MatrixSpec["initiatives"]>;

/** `n` initiatives named "Initiative 1", "Initiative 2", … with no codes yet. */
export const numbered = (n: number): Initiatives =>
  Array.from({ length: n }, (_, i) => ({ name: `Initiative ${i + 1}` }));

/** Three initiatives, each owned by one role (rows 9–11, or 10–12 below the people row). */
export const OWNED: Initiatives = [
  { name: "Budget", assignments: { CEO: "A", COO: "R" } },
  { name: "Hiring", assignments: { CEO: "R", COO: "A", "Chief of Staff": "C" } },
  { name: "Board deck", assignments: { CEO: "A", "Chief of Staff": "R" } },
];

export interface MatrixShape {
  /** A count of numbered initiatives, or the initiatives themselves (default 3 numbered). */
  initiatives?: number | Initiatives;
  roles?: string[];
  /** Give the matrix its people row (default: none, as in the suite's other fixtures). */
  people?: boolean;
}

/** The spec of a blank matrix "M" of ROLES, unless told otherwise. */
export const matrixSpec = ({ initiatives = 3, roles = ROLES, people }: MatrixShape = {}): MatrixSpec => ({
  template: "blank",
  title: "M",
  roles,
  initiatives: typeof initiatives === "number" ? numbered(initiatives) : initiatives,
  ...(people === undefined ? {} : { people }),
});

/** matrixSpec's matrix, made by OWNER on a new spreadsheet. */
export function setup({ initiatives, roles, people, ...options }: MatrixShape & EmulatorOptions = {}) {
  const addon = loadAddon({ user: OWNER, ...options });
  const { sheetName } = addon.generate(matrixSpec({ initiatives, roles, people }));
  return { addon, sheetName };
}

/** A block of a sheet's values. */
export const cells = (addon: Addon, sheetName: string, a1: string): unknown[][] =>
  addon.sheet(sheetName).getRange(a1).getValues();

/** The change log's rows below its header, oldest first ([] before the first change made one). */
export function logRows(addon: Addon): unknown[][] {
  const log = addon.emulator.spreadsheet.getSheetByName(LOG_SHEET_NAME);
  return log ? log.getDataRange().getValues().slice(1) : [];
}

/** The matrix as the sidebar's Edit and Settings panels read it (describeActiveSheet); throws for a sheet that is none. */
export function describedMatrix(addon: Addon, sheetName?: string) {
  const { matrix, activeSheet, problem } = addon.app.describeActiveSheet(sheetName);
  if (!matrix) throw new Error(`"${activeSheet}" is not a matrix: ${problem}`);
  return matrix;
}
