/**
 * Finds a RACI table someone already keeps (a header with a Task, Activity or Initiative column and role
 * names to its right, codes below, maybe a title or notes around it, as in the common templates) and says
 * what adopting it adds: a Status column, and nothing else on the sheet. Pure: the shell reads, this decides.
 */
import { a1, columnLetter } from "../a1";
import { parseCode } from "../codes";
import type { CellValue } from "../types";
import { HEADER_SEARCH_ROWS, isLabel, nameColumnOf } from "./detect";
import { HEADER_LABELS } from "./layout";

export interface TableFound {
  headerRow: number;
  nameColumn: number;
  roles: string[];
  firstRoleColumn: number;
  /** Rows below the header that hold the table's tasks, top to bottom (a block without empty rows). */
  firstRow: number;
  lastRow: number;
  initiatives: number;
  /** Where Status goes: an existing empty column, or a new one inserted at this column. */
  status: { column: number; insert: boolean; writeHeader: boolean };
}

const text = (value: CellValue): string =>
  value === null || value === undefined ? "" : value instanceof Date ? "date" : String(value).trim();

/** A column of the table is a role when it has a name and its filled cells are mostly RACI codes. */
function isRoleColumn(
  values: CellValue[][],
  header: number,
  first: number,
  last: number,
  c: number,
): boolean {
  const name = text(values[header - 1][c]);
  if (name === "" || isLabel(name, HEADER_LABELS.status) || isLabel(name, HEADER_LABELS.initiative))
    return false;
  let filled = 0;
  let codes = 0;
  for (let r = first; r <= last; r++) {
    const parsed = parseCode(values[r - 1][c]);
    if (parsed.kind === "empty") continue;
    filled++;
    if (parsed.kind === "code") codes++;
  }
  return codes * 2 >= filled;
}

const rowIsEmpty = (row: CellValue[] | undefined, from: number, to: number): boolean =>
  !row || row.slice(from, to + 1).every((value) => text(value) === "");

/** The first RACI table in the sheet's values (from A1), or null. */
export function findTable(values: CellValue[][]): TableFound | null {
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const row = values[r];
    const name = nameColumnOf(row);
    if (name < 0) continue;
    let headerEnd = name;
    while (headerEnd + 1 < row.length && text(row[headerEnd + 1]) !== "") headerEnd++;
    const headerRow = r + 1;
    let lastRow = headerRow;
    while (lastRow < values.length && !rowIsEmpty(values[lastRow], name, headerEnd)) lastRow++;
    if (lastRow === headerRow) continue;
    const roles: string[] = [];
    let c = name + 1;
    while (c <= headerEnd && isRoleColumn(values, headerRow, headerRow + 1, lastRow, c)) {
      roles.push(text(row[c]));
      c++;
    }
    if (roles.length === 0) continue;
    const statusColumn = c + 1; // 1-based: the column right of the last role
    const column = Array.from({ length: lastRow - headerRow }, (_, i) => values[headerRow + i]?.[c]);
    const emptyBelow = column.every((value) => text(value) === "");
    const headerCell = text(row[c]);
    const reusable = emptyBelow && (headerCell === "" || isLabel(headerCell, HEADER_LABELS.status));
    return {
      headerRow,
      nameColumn: name + 1,
      roles,
      firstRoleColumn: name + 2,
      firstRow: headerRow + 1,
      lastRow,
      initiatives: lastRow - headerRow,
      status: { column: statusColumn, insert: !reusable, writeHeader: !reusable || headerCell === "" },
    };
  }
  return null;
}

/** What adopting the table adds, in words, for the preview the user confirms. */
export function describeAdoption(sheetName: string, table: TableFound): string[] {
  const status = columnLetter(table.status.column);
  const lastRole = columnLetter(table.firstRoleColumn + table.roles.length - 1);
  const codes = `${columnLetter(table.firstRoleColumn)}${table.firstRow}:${lastRole}${table.lastRow}`;
  const statusCells = `${status}${table.firstRow}:${status}${table.lastRow}`;
  return [
    table.status.insert
      ? `A new column ${status} named "Status", inserted right of ${lastRole} (the columns after it move one to the right).`
      : `"Status" in column ${status}, which is empty${table.status.writeHeader ? ` (header ${a1(table.headerRow, table.status.column)})` : ""}.`,
    `In ${statusCells}: a formula per row saying what is wrong with it, protected with a warning.`,
    `In ${codes}: a dropdown of R, A, A/R, C and I (anything else can still be typed), and highlighting of gaps and double ownership.`,
    `Every cell of "${sheetName}" stays as it is: names, codes, formats, notes, your own rules and the rows around the table.`,
  ];
}
