/**
 * The overview sheet: one row per role, merged across matrices as the portfolio merges them, one column per
 * matrix, each cell a live count of the initiatives the role holds R or A on there, a total, and a stacked
 * chart of the same table. Planned here; sheets/overview.ts writes it in a few batched calls.
 */
import { columnLetter } from "../a1";
import { PRODUCT_NAME } from "../keys";
import { literal } from "../plan/grid";
import { HEADER_BACKGROUND, MUTED_TEXT } from "../plan/palette";
import type { CellBlock, ChartPlan, GridRange, PlanValue } from "../plan/types";
import type { MatrixKind } from "../types";
import { roleKey, roleSpellings, type Spellings } from "./identity";
import { ownedCountFormula } from "./overviewFormulas";

/** The name the overview sheet is made with (made unique when a sheet of the user's has it). */
export const OVERVIEW_SHEET_NAME = "RACI overview";
const OVERVIEW_TITLE = "Who owns what across every matrix";
const OVERVIEW_NOTE =
  "How many initiatives each role holds R or A on, in each matrix. The numbers follow every edit. The add-on " +
  "rewrites this table when a matrix is made or adopted, when Who owns what shows all matrices, and from " +
  `Extensions › ${PRODUCT_NAME} › Overview of all matrices.`;
/** The add-on recognises its chart by this title (charts carry no developer metadata). */
const OVERVIEW_CHART_TITLE = `R or A per role and matrix (${PRODUCT_NAME})`;
/** One colour per matrix, cycled: Okabe and Ito's palette, told apart with any colour vision. */
const SERIES_COLORS = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#56b4e9",
  "#d55e00",
  "#f0e442",
  "#999999",
];
const TOTAL_LABEL = "All matrices";
const ROLE_LABEL = "Role";
/** Title, note, then the table's header. */
export const OVERVIEW_HEADER_ROW = 3;

/** What the overview needs of one matrix: where its role columns and initiative rows are. */
export interface OverviewMatrix {
  sheetName: string;
  /** Its kind, whose spellings its counts read. */
  kind: MatrixKind;
  roles: readonly { name: string; column: number }[];
  /** The first and last rows holding (or prepared for) initiatives. */
  firstRow: number;
  lastRow: number;
}

const OVERVIEW_PROTECTION = `The overview is computed by ${PRODUCT_NAME}; edits here are replaced on its next refresh.`;

export interface OverviewPlan {
  /** The table, from OVERVIEW_HEADER_ROW in column A: the header row, then one row per role. */
  values: PlanValue[][];
  range: GridRange;
  /**
   * What is written, in order: the title and the note (one cell each in column A, rows 1 and 2: the rest of
   * those rows is the users'), the table, then its header and total formats.
   */
  blocks: CellBlock[];
  /** Warning-only, like a matrix's computed cells: nobody overwrites a count by accident. */
  protection: { range: GridRange; description: string };
  chart: ChartPlan;
}

interface OverviewRole {
  readonly spellings: Spellings;
  /** Per matrix (by index), the role's columns there. */
  readonly columns: Map<number, number[]>;
}

/** Roles in the order they are first met, matrix by matrix, left to right. */
function mergeRoles(matrices: readonly OverviewMatrix[]): OverviewRole[] {
  const roles = new Map<string, OverviewRole>();
  matrices.forEach((matrix, m) => {
    for (const { name, column } of matrix.roles) {
      const key = roleKey(name);
      if (key === undefined) continue;
      let role = roles.get(key);
      if (role === undefined) {
        role = { spellings: roleSpellings(name), columns: new Map() };
        roles.set(key, role);
      }
      role.spellings.add(name);
      role.columns.set(m, [...(role.columns.get(m) ?? []), column]);
    }
  });
  return [...roles.values()];
}

export function planOverview(matrices: readonly OverviewMatrix[]): OverviewPlan {
  const roles = mergeRoles(matrices);
  const width = matrices.length + 2;
  const header = [ROLE_LABEL, ...matrices.map((m) => literal(m.sheetName)), TOTAL_LABEL];
  const rows = roles.map((role, i): PlanValue[] => {
    const row = OVERVIEW_HEADER_ROW + 1 + i;
    const counts = matrices.map((matrix, m) => {
      const columns = role.columns.get(m);
      return columns
        ? ownedCountFormula(matrix.sheetName, matrix.kind, columns, matrix.firstRow, matrix.lastRow)
        : "";
    });
    const total = matrices.length === 0 ? 0 : `=SUM(B${row}:${columnLetter(width - 1)}${row})`;
    return [literal(role.spellings.best()), ...counts, total];
  });
  const values = [header, ...rows];
  const range: GridRange = { row: OVERVIEW_HEADER_ROW, column: 1, numRows: values.length, numColumns: width };
  return {
    values,
    range,
    blocks: [
      { range: cell(1), values: [[OVERVIEW_TITLE]], format: { fontWeight: "bold", fontSize: 14 } },
      { range: cell(2), values: [[OVERVIEW_NOTE]], format: { fontColor: MUTED_TEXT } },
      { range, values, format: { alignment: "center" } },
      { range: { ...range, numRows: 1 }, format: { fontWeight: "bold", background: HEADER_BACKGROUND } },
      { range: { ...range, numColumns: 1 }, format: { alignment: "left" } },
      { range: { ...range, column: width, numColumns: 1 }, format: { fontWeight: "bold" } },
    ],
    protection: { range, description: OVERVIEW_PROTECTION },
    chart: {
      title: OVERVIEW_CHART_TITLE,
      // Roles as categories, one stacked series per matrix; the total is left out, it would double each bar.
      ranges: [{ ...range, numColumns: width - 1 }],
      anchor: { row: OVERVIEW_HEADER_ROW, column: width + 2 },
      width: 600,
      height: 360,
      colors: matrices.map((_, m) => SERIES_COLORS[m % SERIES_COLORS.length]),
      transpose: false,
    },
  };
}

/** One cell of column A. */
function cell(row: number): GridRange {
  return { row, column: 1, numRows: 1, numColumns: 1 };
}
