/**
 * Finds a matrix in a sheet's values, by its header row: a cell "Initiative" with a cell "Status" to its
 * right, the roles between them, and "Area" (optional) just left of "Initiative". Reading the layout from the
 * sheet, rather than from stored positions, keeps working after collaborators insert or delete rows and
 * columns, sort the initiatives, rename or move the sheet, or copy it to another spreadsheet.
 */
import { normalizeName } from "../names";
import type { CellValue } from "../types";
import { HEADER_LABELS, type Layout } from "./layout";

/** How far down the header may have been pushed by rows inserted above it. */
export const HEADER_SEARCH_ROWS = 50;

export interface DetectedMatrix {
  layout: Layout;
  roles: string[];
}

const isLabel = (value: CellValue, label: string) =>
  typeof value === "string" && normalizeName(value) === normalizeName(label);

/** `values` is the sheet from A1, as getValues returns it. Null when no header row is found. */
export function detectMatrix(values: CellValue[][]): DetectedMatrix | null {
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const row = values[r];
    const name = row.findIndex((value) => isLabel(value, HEADER_LABELS.initiative));
    if (name < 0) continue;
    const status = row.findIndex((value, c) => c > name && isLabel(value, HEADER_LABELS.status));
    if (status < 0) continue;
    const roles = row
      .slice(name + 1, status)
      .map((value) => (value === null || value === undefined ? "" : String(value).trim()));
    const hasArea = name > 0 && isLabel(row[name - 1], HEADER_LABELS.area);
    return {
      roles,
      layout: {
        headerRow: r + 1,
        areaColumn: hasArea ? name : null,
        nameColumn: name + 1,
        firstRoleColumn: name + 2,
        roleCount: roles.length,
        lastRow: values.length,
      },
    };
  }
  return null;
}
