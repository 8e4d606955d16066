/**
 * Finds a RACI table someone already keeps (a header with a name column such as Task, Project or
 * Workstream, role names to its right past any Notes, Owner or Due date columns, codes below; a title,
 * section headings, a Total row, blank rows and notes around or inside it, as in the common templates; at
 * any column, beside another table) and says what adopting it adds: a Status column, and nothing else on
 * the sheet. It reads the table with the same functions every later read of the matrix uses (detect.ts,
 * extent.ts, rowKinds.ts), so the matrix adopted is the table previewed. Pure: the shell reads, this decides.
 */
import { a1, columnLetter } from "../a1";
import { codesOf, parseAnyKind } from "../codes";
import { kindOfCodes } from "../kindOfCodes";
import { codeList, DEFAULT_KIND, KINDS } from "../kinds";
import { listNames } from "../rules/labels";
import { validateSettings } from "../settings";
import type { CellValue, MatrixKind } from "../types";
import { bodyRows, HEADER_SEARCH_ROWS } from "./detect";
import { initiativeRows, lastMatrixRow } from "./extent";
import { isStatusFormula } from "./formulas";
import {
  cellText,
  firstRoleColumnOf,
  isLabel,
  nameCandidates,
  NAME_LABELS_SHOWN,
  NON_ROLE_LABELS_SHOWN,
} from "./headerColumns";
import { HEADER_LABELS, type Layout } from "./layout";
import { rowKinds, type RowKind } from "./rowKinds";

export interface TableFound {
  headerRow: number;
  nameColumn: number;
  /** Columns between the name and the roles that are no roles (Notes, Owner…): kept as they are. */
  kept: { column: number; header: string }[];
  roles: string[];
  firstRoleColumn: number;
  /** The table's rows below the header, first to last (blank rows inside it included). */
  firstRow: number;
  lastRow: number;
  initiatives: number;
  /** Rows inside the table that are no initiatives, by kind. */
  sections: { row: number; label: string }[];
  totals: number[];
  blanks: number[];
  /** The owner pair the roles give (COO and Chief of Staff, under any of their titles), or null. */
  ownerPair: [string, string] | null;
  /** The kind its codes are written in: RACI, a RASCI table with an S, a DACI one with D and A (kindOfCodes.ts). */
  kind: MatrixKind;
  /**
   * Where Status goes: an existing column right of the roles (empty, or the add-on's own Status left by
   * Remove add-on data), or a new one inserted at this column.
   */
  status: { column: number; insert: boolean; writeHeader: boolean; earlier: boolean };
}

/** What a refusal says the add-on looked for. */
export const TABLE_RULE =
  `the add-on looks, in the first ${HEADER_SEARCH_ROWS} rows and at any column, for a header cell naming the rows ` +
  `(${NAME_LABELS_SHOWN.map((label) => `"${label}"`).join(", ")}), then role names to its right whose cells ` +
  `below are mostly R, A, C or I (or A/R, or the words Responsible, Accountable, Consulted, Informed; or a ` +
  `RASCI or DACI table's S or D, Driver, Approver, Contributor). Between ` +
  `the name and the roles only columns that are no roles may stand: ${NON_ROLE_LABELS_SHOWN.join(", ")}` +
  "…, or columns that hold no RACI code at all.";

/** A column of the table is a role when it has a name and its filled cells are mostly codes of some kind. */
function isRoleColumn(values: CellValue[][], header: number, rows: number[], c: number): boolean {
  const name = cellText(values[header][c]);
  if (name === "" || isLabel(name, HEADER_LABELS.status) || isLabel(name, HEADER_LABELS.initiative))
    return false;
  let filled = 0;
  let codes = 0;
  for (const r of rows) {
    const parsed = parseAnyKind(values[r]?.[c]);
    if (parsed.kind === "empty") continue;
    filled++;
    if (parsed.kind === "code") codes++;
  }
  return codes * 2 >= filled;
}

/**
 * The first RACI table in the sheet's values (from A1), or null. `formulas` (the same cells' formulas)
 * tell the add-on's own Status column, left behind by Remove add-on data, from a column people typed in.
 */
export function findTable(values: CellValue[][], formulas: string[][] = []): TableFound | null {
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    for (const name of nameCandidates(values[r])) {
      const table = tableAt(values, formulas, r, name);
      if (table) return table;
    }
  }
  return null;
}

function tableAt(values: CellValue[][], formulas: string[][], r: number, name: number): TableFound | null {
  const row = values[r];
  const body = bodyRows(values, r, name);
  const first = firstRoleColumnOf(values, r, name, row.length, body);
  let end = first;
  while (end < row.length && isRoleColumn(values, r, body, end)) end++;
  if (end === first) return null;
  const roles = row.slice(first, end).map(cellText);
  const layout: Layout = {
    headerRow: r + 1,
    areaColumn: name > 0 && isLabel(row[name - 1], HEADER_LABELS.area) ? name : null,
    nameColumn: name + 1,
    firstRoleColumn: first + 1,
    roleCount: roles.length,
    lastRow: values.length,
  };
  layout.lastRow = lastMatrixRow(initiativeRows(values, layout, 0), layout, 0);
  const kinds = rowKinds(values, layout);
  const rowsOf = (kind: RowKind) => kinds.flatMap((k, i) => (k === kind ? [r + 2 + i] : []));
  const initiatives = rowsOf("initiative").length;
  if (initiatives === 0) return null;
  const codes = rowsOf("initiative").flatMap((sheetRow) => values[sheetRow - 1].slice(first, end));
  return {
    headerRow: r + 1,
    nameColumn: name + 1,
    kept: Array.from({ length: first - name - 1 }, (_, i) => ({
      column: name + 2 + i,
      header: cellText(row[name + 1 + i]),
    })),
    roles,
    firstRoleColumn: first + 1,
    firstRow: r + 2,
    lastRow: layout.lastRow,
    initiatives,
    sections: rowsOf("section").map((sheetRow) => ({
      row: sheetRow,
      label: cellText(values[sheetRow - 1][name]),
    })),
    totals: rowsOf("total"),
    blanks: rowsOf("blank"),
    ownerPair: pairOf(roles),
    kind: kindOfCodes(codes),
    status: statusPlace(values, formulas, layout, end),
  };
}

/** The pair a matrix with these roles gets by default: COO and Chief of Staff, under any of their titles. */
function pairOf(roles: string[]): [string, string] | null {
  const settings = validateSettings(undefined, roles);
  return settings.ok ? settings.value.ownerPair : null;
}

/** Status right of the roles (0-based column `c`): reused when empty or the add-on's own, else inserted. */
function statusPlace(
  values: CellValue[][],
  formulas: string[][],
  layout: Layout,
  c: number,
): TableFound["status"] {
  const header = cellText(values[layout.headerRow - 1][c]);
  const rows = Array.from({ length: layout.lastRow - layout.headerRow }, (_, i) => layout.headerRow + i);
  const empty = rows.every((r) => cellText(values[r]?.[c]) === "");
  const earlier =
    !empty &&
    isLabel(header, HEADER_LABELS.status) &&
    rows.every((r) => cellText(values[r]?.[c]) === "" || isStatusFormula(formulas[r]?.[c] ?? ""));
  const reusable = (empty && (header === "" || isLabel(header, HEADER_LABELS.status))) || earlier;
  return { column: c + 1, insert: !reusable, writeHeader: !reusable || header === "", earlier };
}

/** "a", "a and b", "a, b and c". */
const joined = (words: string[]): string =>
  words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;

/** "Row 7", "Rows 4 and 8", "Rows 4, 8, 12, 16, 20 and 3 more". */
function rowList(rows: number[]): string {
  const shown = rows.slice(0, 5).map(String);
  const more = rows.length - shown.length;
  return `${rows.length === 1 ? "Row" : "Rows"} ${joined(more > 0 ? [...shown, `${more} more`] : shown)}`;
}

/** "Row 7 is blank: …", "Rows 4 and 8 are blank: …". */
const rowsAre = (rows: number[], one: string, many: string, rest: string): string =>
  `${rowList(rows)} ${rows.length === 1 ? one : many}: ${rest}`;

/** What the add-on understood of the table, in words, for the preview the user confirms. */
export function describeTable({ kept, sections, totals, blanks, ownerPair, kind }: TableFound): string[] {
  const lines: string[] = [];
  // A RACI table is adopted as it always was; another kind is said first, since every check follows it.
  if (kind !== DEFAULT_KIND)
    lines.push(
      `Its codes are ${kind}'s (${codeList(KINDS[kind])}): it is adopted as a ${kind} matrix, and checked by ${kind}'s rules.`,
    );
  if (kept.length > 0) {
    const columns = kept.map(
      ({ column, header }, i) => `${i === 0 ? "Column" : "column"} ${columnLetter(column)} "${header}"`,
    );
    const verb = columns.length === 1 ? "is not a role" : "are not roles";
    lines.push(`${joined(columns)} ${verb}: kept as it is, and nothing is written there.`);
  }
  if (sections.length > 0) {
    const labels = sections.map(({ label }) => `"${label}"`).join(", ");
    const rest = "not initiatives; each is the area of the rows below it.";
    const rows = sections.map((s) => s.row);
    lines.push(rowsAre(rows, `(${labels}) is a section heading`, `(${labels}) are section headings`, rest));
  }
  if (totals.length > 0)
    lines.push(rowsAre(totals, "is a total", "are totals", "not initiatives, and left as they are."));
  if (blanks.length > 0)
    lines.push(
      rowsAre(blanks, "is blank", "are blank", "the table goes on below, and the blank rows stay empty."),
    );
  lines.push(
    ownerPair
      ? `Owner pair: ${ownerPair[0]} and ${ownerPair[1]}. A row where both hold R or A is reported as shared ownership.`
      : "No owner pair: no COO and Chief of Staff (under any of their titles) among the roles, so shared ownership is not checked until Settings names two roles.",
  );
  return lines;
}

/** What adopting the table adds, in words, for the preview the user confirms. */
export function describeAdoption(sheetName: string, table: TableFound): string[] {
  const status = columnLetter(table.status.column);
  const lastRole = columnLetter(table.firstRoleColumn + table.roles.length - 1);
  const codes = `${columnLetter(table.firstRoleColumn)}${table.firstRow}:${lastRole}${table.lastRow}`;
  const statusCells = `${status}${table.firstRow}:${status}${table.lastRow}`;
  const place = table.status.insert
    ? `A new column ${status} named "Status", inserted right of ${lastRole} (the columns after it move one to the right).`
    : table.status.earlier
      ? `"Status" in column ${status}, the add-on's own from before its data was removed: its formulas are written again.`
      : `"Status" in column ${status}, which is empty${table.status.writeHeader ? ` (header ${a1(table.headerRow, table.status.column)})` : ""}.`;
  return [
    place,
    `In ${statusCells}: a formula on each initiative's row saying what is wrong with it, protected with a warning.`,
    `In ${codes}, on the initiatives' rows: a dropdown of ${listNames([...codesOf(table.kind)])} (anything else can still be typed), and highlighting of gaps and double ownership.`,
    `Every cell of "${sheetName}" stays as it is: names, codes, formats, notes, your own rules and the rows around the table.`,
  ];
}
