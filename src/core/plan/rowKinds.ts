/**
 * What each row of a matrix is. Real tables hold more than initiatives: a section or phase row (one label
 * across the table, no codes) heads the rows below it, a Total row counts them, blank rows space them out,
 * and a Sort range may carry the people row among them. Only initiatives are read, analysed, fixed, given
 * Status, dropdowns and highlighting; the rest stay exactly as their people made them. Read from the values
 * every time, so it holds after any insert, sort or edit, and with any kind's codes (a D is a code here).
 */
import { parseAnyKind } from "../codes";
import { normalizeName } from "../names";
import type { CellValue } from "../types";
import { cellText, isLabel } from "./headerColumns";
import { firstDataRow, PEOPLE_LABEL, type Layout } from "./layout";

export type RowKind = "initiative" | "section" | "total" | "blank" | "people";

/** "Total", "Totals", "Grand total", "Subtotal", "Sum", "Count of R"… */
const TOTAL = /^(grand |sub ?)?totals?\b|^(sum|count)\b/;
export const isTotalLabel = (value: CellValue): boolean => TOTAL.test(normalizeName(cellText(value)));

/** The row's role cells, as they were read. */
function codesOf(row: CellValue[], layout: Layout): CellValue[] {
  return Array.from({ length: layout.roleCount }, (_, i) => row[layout.firstRoleColumn - 1 + i]);
}

const nameOf = (row: CellValue[], layout: Layout): string => cellText(row[layout.nameColumn - 1]);

/** A row with a name and nothing in its role cells: a section heading, or an initiative with no codes yet. */
export function isLabelOnly(row: CellValue[] | undefined, layout: Layout): boolean {
  if (!row || nameOf(row, layout) === "") return false;
  return codesOf(row, layout).every((value) => parseAnyKind(value).kind === "empty");
}

/** A row with something in a role cell: the shape of an initiative. */
export function hasCodeCell(row: CellValue[] | undefined, layout: Layout): boolean {
  return !!row && codesOf(row, layout).some((value) => parseAnyKind(value).kind !== "empty");
}

const NUMBER = /^-?[\d.,]+$/;

function kindOf(row: CellValue[] | undefined, layout: Layout): RowKind | "label" {
  if (!row) return "blank";
  if (isLabel(row[layout.nameColumn - 1], PEOPLE_LABEL)) return "people";
  const name = nameOf(row, layout);
  const cells = codesOf(row, layout).map((value) => parseAnyKind(value));
  if (name === "" && cells.every((cell) => cell.kind === "empty")) return "blank";
  if (cells.every((cell) => cell.kind !== "code")) {
    // A total: labelled so (in the name or the area), or numbers under no name, and never a code.
    const area = layout.areaColumn === null ? "" : row[layout.areaColumn - 1];
    const numbers = cells.some((cell) => cell.kind === "invalid" && NUMBER.test(cell.text));
    if (isTotalLabel(name === "" ? area : name) || (name === "" && numbers)) return "total";
  }
  return cells.every((cell) => cell.kind === "empty") ? "label" : "initiative";
}

/**
 * The kind of each row from the first data row to layout.lastRow. A label-only row is a section when the
 * table has no Area column and rows with codes follow it (past blank rows and other headings); otherwise it
 * is an initiative that has no codes yet.
 */
export function rowKinds(values: CellValue[][], layout: Layout): RowKind[] {
  const first = firstDataRow(layout);
  const read = Array.from({ length: layout.lastRow - first + 1 }, (_, i) =>
    kindOf(values[first - 1 + i], layout),
  );
  const kinds: RowKind[] = [];
  let headsRows = false; // rows with codes follow, past blank rows and headings
  for (let i = read.length - 1; i >= 0; i--) {
    const kind = read[i];
    if (kind === "label") kinds[i] = layout.areaColumn === null && headsRows ? "section" : "initiative";
    else kinds[i] = kind;
    if (kind === "initiative") headsRows = true;
    else if (kind === "total" || kind === "people") headsRows = false;
  }
  return kinds;
}

/** The rows the add-on prepares (Status, dropdowns, highlighting): initiatives, and a generated matrix's spare rows. */
export const isPrepared = (kind: RowKind, spareRows: boolean): boolean =>
  kind === "initiative" || (spareRows && kind === "blank");
