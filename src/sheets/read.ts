/**
 * Reads a matrix back from its sheet in one getValues, wherever collaborators have moved things since.
 */
import { parseCode } from "../core/codes";
import { detectMatrix } from "../core/plan/detect";
import { initiativeRows, lastMatrixRow } from "../core/plan/extent";
import { decisionColumn, firstDataRow, peopleRow, SPARE_ROWS, type Layout } from "../core/plan/layout";
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
  /** The sheet's values from A1 to its last row and column with content (beyond the matrix too). */
  values: CellValue[][];
  matrix: RaciMatrix;
}

/**
 * `spare`: the rows prepared below the last initiative (none for an adopted table). layout.lastRow is the
 * matrix's last row: its last initiative plus the spare rows, never content further down.
 */
export function readMatrix(sheet: Sheet, sheetName: string, spare = SPARE_ROWS): MatrixOnSheet {
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const found = detectMatrix(values);
  if (!found) {
    throw new Error(
      `Sheet "${sheetName}" is not a RACI matrix: no header row with "Initiative" and "Status" in its first rows. ` +
        "Open a matrix sheet, or create one from the add-on menu.",
    );
  }
  const { roles } = found;
  const layout = { ...found.layout };
  layout.lastRow = lastMatrixRow(initiativeRows(values, layout, spare), layout, spare);
  if (roles.length === 0) {
    throw new Error(
      `Sheet "${sheetName}" has no role columns between "Initiative" and "Status". Add a role first.`,
    );
  }
  const settings = loadSettings(sheet, roles);
  return { sheet, layout, roles, settings, values, matrix: toMatrix(values, layout, roles, settings) };
}

export function toMatrix(
  values: CellValue[][],
  layout: Layout,
  roles: string[],
  settings: MatrixSettings,
): RaciMatrix {
  const initiatives: MatrixInitiative[] = [];
  const shorthand: ShorthandCell[] = [];
  const first = layout.firstRoleColumn - 1;
  // The people row (when there is one) is not an initiative: the initiatives start below it.
  for (let r = firstDataRow(layout) - 1; r < Math.min(values.length, layout.lastRow); r++) {
    const row = values[r];
    const cells: ParsedCode[] = []; // packed, not holey: the rules read every cell
    for (let i = 0; i < roles.length; i++) {
      const value = row[first + i];
      const cell = parseCode(value);
      cells.push(cell);
      // Shorthand ("ra" left by a dropped onEdit) is counted in the same pass: one comparison per code,
      // which is always text, so these are the cells canonicalReplacement (onEdit's test) would rewrite.
      if (cell.kind === "code" && value !== cell.code)
        shorthand.push({ row: r + 1, column: first + i + 1, text: String(value), code: cell.code });
    }
    const name = text(row[layout.nameColumn - 1]);
    if (name === "" && cells.every((cell) => cell.kind === "empty")) continue; // a spare row
    const area = layout.areaColumn === null ? "" : text(row[layout.areaColumn - 1]);
    const decision = layout.agreement === true ? { decision: text(row[decisionColumn(layout) - 1]) } : {};
    initiatives.push({ name, area, row: r + 1, cells, ...decision });
  }
  const people = peopleRow(layout);
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

function text(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
