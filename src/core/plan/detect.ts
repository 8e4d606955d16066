/**
 * Finds a matrix in a sheet's values, by its header row: a name cell ("Initiative", or "Task", "Project"…
 * in a table someone adopted) with a cell "Status" to its right, the roles between them (past any column
 * people keep before the roles: Notes, Owner, Due date…), and "Area" (optional) just left of the name cell.
 * Reading the layout from the sheet, rather than from stored positions, keeps working after collaborators
 * insert or delete rows and columns, sort the initiatives, rename or move the sheet, or copy it to another
 * spreadsheet. A matrix may stand anywhere on the sheet, beside someone else's table.
 */
import type { CellValue } from "../types";
import { cellText, firstRoleColumnOf, isLabel, isNameLabel, nameCandidates } from "./headerColumns";
import {
  AGREED_BY_LABEL,
  agreementLabels,
  CHECK_LABEL,
  HEADER_LABELS,
  PEOPLE_LABEL,
  type Layout,
} from "./layout";
import { isTotalLabel } from "./rowKinds";

export { isLabel, NAME_LABELS } from "./headerColumns";

/** How far down the header may have been pushed by rows inserted above it. */
export const HEADER_SEARCH_ROWS = 50;

/** Blank rows after which the rows below a header are no longer read to tell its columns apart. */
const BODY_GAP = 3;

export interface DetectedMatrix {
  layout: Layout;
  roles: string[];
}

/**
 * The rows below header row `header` (0-based) that may hold initiatives of the table named in column
 * `name`: not the people row, not a total, and no further than a run of blank rows.
 */
export function bodyRows(values: readonly CellValue[][], header: number, name: number): number[] {
  const rows: number[] = [];
  let blank = 0;
  for (let r = header + 1; r < values.length && blank < BODY_GAP; r++) {
    const row = values[r];
    if (!row || row.every((value) => cellText(value) === "")) {
      blank++;
      continue;
    }
    blank = 0;
    if (!isLabel(row[name], PEOPLE_LABEL) && !isTotalLabel(row[name])) rows.push(r);
  }
  return rows;
}

interface Columns {
  name: number;
  first: number;
  status: number;
  /** False when no column past the non-role ones stands before Status (then every column is read as a role). */
  roles: boolean;
}

/** The table named at column `name` of header row `r`: its first role and Status columns, or null. */
function tableAt(values: CellValue[][], r: number, name: number): Columns | null {
  const row = values[r];
  const rows = bodyRows(values, r, name);
  let fallback: Columns | null = null;
  for (let status = name + 1; status < row.length; status++) {
    if (isNameLabel(row[status])) break; // another table's name column: this one's Status is not past it
    if (!isLabel(row[status], HEADER_LABELS.status)) continue;
    const first = firstRoleColumnOf(values, r, name, status, rows);
    if (first < status) return { name, first, status, roles: true };
    fallback ??= { name, first: name + 1, status, roles: false };
  }
  return fallback;
}

/**
 * `values` is the sheet from A1, as getValues returns it. The first header (top to bottom, then left to
 * right) with a role between its name and Status columns; else the first with a Status at all (its roles
 * read as every column between, as before non-role columns were told apart). Null when no header is found.
 */
export function detectMatrix(values: CellValue[][]): DetectedMatrix | null {
  let fallback: DetectedMatrix | null = null;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const row = values[r];
    if (!row) continue;
    for (const name of nameCandidates(row)) {
      const table = tableAt(values, r, name);
      if (table?.roles === true) return detected(values, r, table);
      if (table) fallback ??= detected(values, r, table);
    }
  }
  return fallback;
}

function detected(values: CellValue[][], r: number, { name, first, status }: Columns): DetectedMatrix {
  const row = values[r];
  const roles = row
    .slice(first, status)
    .map((value) => (value === null || value === undefined ? "" : String(value).trim()));
  const hasArea = name > 0 && isLabel(row[name - 1], HEADER_LABELS.area);
  // Decision and Decided on, then Agreed by (matrices made before it have none), then Notes.
  const agreedBy = isLabel(row[status + 3], AGREED_BY_LABEL);
  const agreement = agreementLabels({ agreedBy }).every((label, i) => isLabel(row[status + 1 + i], label));
  // The people row says so in its Initiative cell, right under the header (a row the header freezes with).
  const people = isLabel(values[r + 1]?.[name], PEOPLE_LABEL);
  const check = isLabel(
    row[status + 1 + (agreement ? agreementLabels({ agreedBy }).length : 0)],
    CHECK_LABEL,
  );
  return {
    roles,
    layout: {
      headerRow: r + 1,
      areaColumn: hasArea ? name : null,
      nameColumn: name + 1,
      firstRoleColumn: first + 1,
      roleCount: roles.length,
      lastRow: values.length,
      ...(agreement ? { agreement } : {}),
      ...(agreement && agreedBy ? { agreedBy } : {}),
      ...(people ? { people } : {}),
      ...(check ? { check } : {}),
    },
  };
}
