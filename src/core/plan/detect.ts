/**
 * Finds a matrix in a sheet's values, by its header row: a name cell ("Initiative", or "Task", "Activity"…
 * in a table someone adopted) with a cell "Status" to its right, the roles between them, and "Area"
 * (optional) just left of the name cell. Reading the layout from the sheet, rather than from stored
 * positions, keeps working after collaborators insert or delete rows and columns, sort the initiatives,
 * rename or move the sheet, or copy it to another spreadsheet.
 */
import { normalizeName } from "../names";
import type { CellValue } from "../types";
import { AGREEMENT_LABELS, CHECK_LABEL, HEADER_LABELS, PEOPLE_LABEL, type Layout } from "./layout";

/** How far down the header may have been pushed by rows inserted above it. */
export const HEADER_SEARCH_ROWS = 50;

/**
 * What the name column of a RACI table is called: the add-on writes "Initiative"; the common templates
 * say "Task", "Activity" or "Deliverable". "Initiative" wins when a row has several.
 */
export const NAME_LABELS = [
  HEADER_LABELS.initiative,
  "Task",
  "Tasks",
  "Activity",
  "Activities",
  "Deliverable",
  "Deliverables",
  "Work item",
  "Workstream",
  "Step",
] as const;

export interface DetectedMatrix {
  layout: Layout;
  roles: string[];
}

export const isLabel = (value: CellValue, label: string): boolean =>
  typeof value === "string" && normalizeName(value) === normalizeName(label);

const isNameLabel = (value: CellValue) => NAME_LABELS.some((label) => isLabel(value, label));

/** The column (0-based) of the name cell of a header row left of `before`, or -1. */
export function nameColumnOf(row: CellValue[], before = row.length): number {
  const initiative = row.findIndex((value, c) => c < before && isLabel(value, HEADER_LABELS.initiative));
  if (initiative >= 0) return initiative;
  for (let c = Math.min(before, row.length) - 1; c >= 0; c--) if (isNameLabel(row[c])) return c;
  return -1;
}

/** `values` is the sheet from A1, as getValues returns it. Null when no header row is found. */
export function detectMatrix(values: CellValue[][]): DetectedMatrix | null {
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const row = values[r];
    const first = nameColumnOf(row);
    if (first < 0) continue;
    const status = row.findIndex((value, c) => c > first && isLabel(value, HEADER_LABELS.status));
    if (status < 0) continue;
    const name = nameColumnOf(row, status);
    const roles = row
      .slice(name + 1, status)
      .map((value) => (value === null || value === undefined ? "" : String(value).trim()));
    const hasArea = name > 0 && isLabel(row[name - 1], HEADER_LABELS.area);
    const agreement = AGREEMENT_LABELS.every((label, i) => isLabel(row[status + 1 + i], label));
    // The people row says so in its Initiative cell, right under the header (a row the header freezes with).
    const people = isLabel(values[r + 1]?.[name], PEOPLE_LABEL);
    const check = isLabel(row[status + 1 + (agreement ? AGREEMENT_LABELS.length : 0)], CHECK_LABEL);
    return {
      roles,
      layout: {
        headerRow: r + 1,
        areaColumn: hasArea ? name : null,
        nameColumn: name + 1,
        firstRoleColumn: name + 2,
        roleCount: roles.length,
        lastRow: values.length,
        ...(agreement ? { agreement } : {}),
        ...(people ? { people } : {}),
        ...(check ? { check } : {}),
      },
    };
  }
  return null;
}
