/**
 * The overview sheet: one row per role, merged across matrices as the portfolio merges them, one column per
 * matrix, each cell a live count of the initiatives the role holds R or A on there, a total, and a stacked
 * chart of the same table. Planned here; the shell writes it in a few batched calls.
 */
import { builtInCharter } from "../suggest/charters";
import { literal } from "../plan/grid";
import type { GridRange, PlanValue } from "../plan/types";
import { columnLetter } from "../a1";
import { roleKey, Spellings } from "./identity";
import { ownedCountFormula } from "./overviewFormulas";

/** The name the overview sheet is made with (made unique when a sheet of the user's has it). */
export const OVERVIEW_SHEET_NAME = "RACI overview";
export const OVERVIEW_TITLE = "Who owns what across every matrix";
export const OVERVIEW_NOTE =
  "Initiatives each role holds R or A on, per matrix. The counts follow every edit; the add-on rewrites this " +
  "sheet when a matrix is made, adopted or removed, and from Extensions → RACI Matrix → Overview of all matrices.";
/** The add-on recognises its chart by this title (charts carry no developer metadata). */
export const OVERVIEW_CHART_TITLE = "R or A per role and matrix (RACI Matrix for Sheets)";
export const TOTAL_LABEL = "All matrices";
export const ROLE_LABEL = "Role";
/** Title, note, then the table's header. */
export const OVERVIEW_HEADER_ROW = 3;

/** What the overview needs of one matrix: where its role columns and initiative rows are. */
export interface OverviewMatrix {
  sheetName: string;
  roles: readonly { name: string; column: number }[];
  /** The first and last rows holding (or prepared for) initiatives. */
  firstRow: number;
  lastRow: number;
}

export interface OverviewPlan {
  /** Title and note (rows 1 and 2, column A), then the table from OVERVIEW_HEADER_ROW, column A. */
  values: PlanValue[][];
  /** The table: header row, one row per role; the chart plots it. */
  table: GridRange;
  chart: { title: string; range: GridRange; anchor: { row: number; column: number } };
}

interface OverviewRole {
  readonly key: string;
  readonly spellings: Spellings;
  readonly preferred: string | undefined;
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
        role = {
          key,
          spellings: new Spellings(),
          preferred: builtInCharter(name)?.title,
          columns: new Map(),
        };
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
  const pad = (row: PlanValue[]) => [...row, ...new Array<PlanValue>(width - row.length).fill("")];
  const header = [ROLE_LABEL, ...matrices.map((m) => literal(m.sheetName)), TOTAL_LABEL];
  const rows = roles.map((role, i): PlanValue[] => {
    const row = OVERVIEW_HEADER_ROW + 1 + i;
    const counts = matrices.map((matrix, m) => {
      const columns = role.columns.get(m);
      return columns ? ownedCountFormula(matrix.sheetName, columns, matrix.firstRow, matrix.lastRow) : "";
    });
    const total = matrices.length === 0 ? 0 : `=SUM(B${row}:${columnLetter(width - 1)}${row})`;
    return [literal(role.spellings.best(role.preferred)), ...counts, total];
  });
  const table: GridRange = {
    row: OVERVIEW_HEADER_ROW,
    column: 1,
    numRows: roles.length + 1,
    numColumns: width,
  };
  return {
    values: [pad([OVERVIEW_TITLE]), pad([OVERVIEW_NOTE]), header, ...rows],
    table,
    chart: {
      title: OVERVIEW_CHART_TITLE,
      // Roles as categories, one stacked series per matrix; the total column is left out, it would double each bar.
      range: { ...table, numColumns: width - 1 },
      anchor: { row: OVERVIEW_HEADER_ROW, column: width + 2 },
    },
  };
}
