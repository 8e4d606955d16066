/**
 * Builds the SheetPlan of a matrix: a new one (every cell), or a refresh of an existing one (only the cells
 * the add-on owns — legend, summary, status — plus formats, validation and highlighting; never what people typed).
 */
import { CANONICAL_CODES } from "../codes";
import type { MatrixSettings } from "../types";
import { fill, gridRange, literal, paste } from "./grid";
import {
  highlightFormulas,
  overloadedFormula,
  statusFormula,
  summaryFormulas,
  type OwnerColumns,
} from "./formulas";
import {
  firstDataRow,
  HEADER_LABELS,
  leftColumn,
  legendRow,
  statusColumn,
  SUMMARY_ROWS,
  summaryRow,
  titleRow,
  type Layout,
} from "./layout";
import {
  AREA_BAND,
  HEADER_BACKGROUND,
  HIGHLIGHT,
  MUTED_TEXT,
  SUMMARY_BACKGROUND,
  TEXT,
  WHITE,
} from "./palette";
import type { CellBlock, FontWeight, GridRange, HighlightRule, PlanValue, SheetPlan } from "./types";

export interface PlanInput {
  layout: Layout;
  settings: MatrixSettings;
  /** Column positions of the owner pair, or null when the pair is not (or no longer) in the matrix. */
  owners: OwnerColumns;
  /** The area of each row from the first data row to layout.lastRow, for banding ("" for none). */
  areas: string[];
}

export interface NewMatrixInput extends PlanInput {
  title: string;
  roles: string[];
  initiatives: { name: string; area: string; codes: string[] }[];
}

const COLOUR_KEY: { label: string; background: string; bold?: boolean }[] = [
  { label: "No one accountable", background: HIGHLIGHT.noAccountable },
  { label: "2 or more accountable", background: HIGHLIGHT.multipleAccountable },
  { label: "Owner pair both own it", background: HIGHLIGHT.sharedOwnership },
  { label: "No one responsible", background: HIGHLIGHT.noResponsible },
  { label: "Not a RACI code", background: HIGHLIGHT.invalid, bold: true },
];

/** Row 2: the rule of thumb. The summary labels below it say what each letter means. */
export const LEGEND_TEXT = "One A and at least one R per initiative; A/R counts as both.";

/** The legend and summary rows, from the left column to Status: cells the add-on owns above the header. */
function decorRange(layout: Layout): GridRange {
  const left = leftColumn(layout);
  return gridRange(legendRow(layout), left, SUMMARY_ROWS.length + 1, statusColumn(layout) - left + 1);
}

export function planNewMatrix(input: NewMatrixInput): SheetPlan {
  const { layout } = input;
  const left = leftColumn(layout);
  const top = titleRow(layout);
  const width = statusColumn(layout) - left + 1;
  const values = fill<PlanValue>(layout.lastRow - top + 1, width, "");
  values[0][0] = literal(input.title);
  paste(values, legendRow(layout) - top, 0, decorValues(input));
  const header = values[layout.headerRow - top];
  if (layout.areaColumn !== null) header[layout.areaColumn - left] = HEADER_LABELS.area;
  header[layout.nameColumn - left] = HEADER_LABELS.initiative;
  input.roles.forEach((role, i) => (header[layout.firstRoleColumn - left + i] = literal(role)));
  header[statusColumn(layout) - left] = HEADER_LABELS.status;
  input.initiatives.forEach((initiative, i) => {
    const row = values[firstDataRow(layout) - top + i];
    if (layout.areaColumn !== null) row[layout.areaColumn - left] = literal(initiative.area);
    row[layout.nameColumn - left] = literal(initiative.name);
    initiative.codes.forEach((code, j) => (row[layout.firstRoleColumn - left + j] = code));
  });
  paste(values, firstDataRow(layout) - top, statusColumn(layout) - left, statusValues(input));
  const valueBlock: CellBlock = { range: gridRange(top, left, values.length, width), values };
  return { ...basePlan(input, [valueBlock, ...formatBlocks(input), headerNotes(layout)]), exactSize: true };
}

export function planRefresh(input: PlanInput): SheetPlan {
  const { layout } = input;
  const decor: CellBlock = { range: decorRange(layout), values: decorValues(input) };
  const status: CellBlock = {
    range: gridRange(firstDataRow(layout), statusColumn(layout), layout.lastRow - layout.headerRow, 1),
    values: statusValues(input),
  };
  return basePlan(input, [...formatBlocks(input), decor, status, headerNotes(layout)]);
}

function basePlan(input: PlanInput, blocks: CellBlock[]): SheetPlan {
  const { layout } = input;
  const dataRows = layout.lastRow - layout.headerRow;
  const codes = gridRange(firstDataRow(layout), layout.firstRoleColumn, dataRows, layout.roleCount);
  return {
    minRows: layout.lastRow,
    minColumns: statusColumn(layout),
    exactSize: false,
    blocks,
    columnWidths: [
      ...(layout.areaColumn !== null ? [{ column: layout.areaColumn, count: 1, width: 140 }] : []),
      { column: layout.nameColumn, count: 1, width: 260 },
      { column: layout.firstRoleColumn, count: layout.roleCount, width: 96 },
      { column: statusColumn(layout), count: 1, width: 240 },
    ],
    frozenRows: layout.headerRow,
    frozenColumns: layout.nameColumn,
    codeValidation: {
      range: codes,
      codes: [...CANONICAL_CODES],
      helpText:
        "Choose R, A, A/R, C or I (or leave empty). Each initiative needs exactly one A and at least one R.",
    },
    highlightRules: highlightRules(input),
    protections: [
      {
        range: gridRange(firstDataRow(layout), statusColumn(layout), dataRows, 1),
        description: "Status is computed by RACI Matrix for Sheets; edits here are replaced on Refresh.",
      },
      {
        range: decorRange(layout),
        description: "The summary is computed by RACI Matrix for Sheets; edits here are replaced on Refresh.",
      },
    ],
  };
}

/** Legend row, then one summary row per SUMMARY_ROWS label: label | formula per role | colour key. */
function decorValues({ layout, settings }: PlanInput): PlanValue[][] {
  const left = leftColumn(layout);
  const width = statusColumn(layout) - left + 1;
  const rows = fill<PlanValue>(SUMMARY_ROWS.length + 1, width, "");
  rows[0][0] = LEGEND_TEXT;
  const formulas = Array.from({ length: layout.roleCount }, (_, i) =>
    summaryFormulas(layout, layout.firstRoleColumn + i, settings),
  );
  SUMMARY_ROWS.forEach((label, s) => {
    const row = rows[s + 1];
    row[layout.nameColumn - left] = label;
    formulas.forEach((perRole, i) => (row[layout.firstRoleColumn - left + i] = perRole[s]));
    row[width - 1] = COLOUR_KEY[s].label;
  });
  return rows;
}

function statusValues({ layout, owners, settings }: PlanInput): PlanValue[][] {
  return Array.from({ length: layout.lastRow - layout.headerRow }, (_, i) => [
    statusFormula(layout, firstDataRow(layout) + i, owners, settings),
  ]);
}

function headerNotes(layout: Layout): CellBlock {
  return {
    range: gridRange(layout.headerRow, statusColumn(layout), 1, 1),
    notes: [
      ["What is wrong with each initiative, in words. It updates by itself as anyone edits the codes."],
    ],
  };
}

/**
 * Formats of the matrix, from the title row to the last prepared row: defaults set once over the whole
 * rectangle, then only the parts that differ. Uniform formats cost one small call each whatever the size;
 * the only grids are the five-cell colour key and the banding of the label columns.
 */
function formatBlocks({ layout, areas }: PlanInput): CellBlock[] {
  const left = leftColumn(layout);
  const top = titleRow(layout);
  const width = statusColumn(layout) - left + 1;
  const dataRows = layout.lastRow - layout.headerRow;
  const first = firstDataRow(layout);
  const summaryTop = summaryRow(layout, 0);
  const summaryWidth = statusColumn(layout) - layout.nameColumn;
  const labelWidth = layout.nameColumn - left + 1;
  return [
    {
      range: gridRange(top, left, layout.lastRow - top + 1, width),
      format: {
        background: WHITE,
        fontColor: TEXT,
        fontWeight: "normal",
        fontSize: 10,
        alignment: "left",
        wrap: false,
      },
    },
    { range: gridRange(top, left, 1, 1), format: { fontWeight: "bold", fontSize: 14 } },
    { range: gridRange(legendRow(layout), left, 1, width), format: { fontColor: MUTED_TEXT } },
    {
      range: gridRange(summaryTop, layout.nameColumn, SUMMARY_ROWS.length, summaryWidth),
      format: { background: SUMMARY_BACKGROUND, alignment: "center" },
    },
    {
      range: gridRange(summaryTop, layout.nameColumn, SUMMARY_ROWS.length, 1),
      format: { fontColor: MUTED_TEXT, alignment: "right" },
    },
    {
      range: gridRange(summaryTop, statusColumn(layout), SUMMARY_ROWS.length, 1),
      backgrounds: COLOUR_KEY.map((key) => [key.background]),
      fontWeights: COLOUR_KEY.map((key): FontWeight[] => [key.bold ? "bold" : "normal"]),
    },
    {
      range: gridRange(layout.headerRow, left, 1, width),
      format: { background: HEADER_BACKGROUND, fontWeight: "bold", wrap: true },
    },
    {
      range: gridRange(layout.headerRow, layout.firstRoleColumn, dataRows + 1, layout.roleCount),
      format: { alignment: "center" },
    },
    { range: gridRange(first, layout.nameColumn, dataRows, 1), format: { wrap: true } },
    { range: gridRange(first, statusColumn(layout), dataRows, 1), format: { wrap: true } },
    { range: gridRange(first, left, dataRows, labelWidth), backgrounds: areaBands(areas, labelWidth) },
  ];
}

/** Area and initiative cells banded by area: a new area switches the band; rows without one keep it. */
function areaBands(areas: string[], width: number): string[][] {
  let band = false;
  let currentArea = areas[0] ?? "";
  return areas.map((area) => {
    if (area !== "" && area !== currentArea) {
      band = !band;
      currentArea = area;
    }
    return new Array<string>(width).fill(band ? AREA_BAND : WHITE);
  });
}

function highlightRules({ layout, owners }: PlanInput): HighlightRule[] {
  const formulas = highlightFormulas(layout, owners);
  const dataRows = layout.lastRow - layout.headerRow;
  const left = leftColumn(layout);
  const rows = gridRange(firstDataRow(layout), left, dataRows, statusColumn(layout) - left + 1);
  const codes = gridRange(firstDataRow(layout), layout.firstRoleColumn, dataRows, layout.roleCount);
  const ownsRow = summaryRow(layout, SUMMARY_ROWS.length - 1);
  const rules: HighlightRule[] = [
    {
      name: "INVALID_CODE",
      formula: formulas.invalidCell,
      ranges: [codes],
      background: HIGHLIGHT.invalid,
      bold: true,
    },
  ];
  if (owners) {
    rules.push({
      name: "SHARED_OWNERSHIP",
      formula: formulas.sharedOwnership,
      ranges: owners.map((column) => gridRange(firstDataRow(layout), column, dataRows, 1)),
      background: HIGHLIGHT.sharedOwnership,
    });
  }
  rules.push(
    {
      name: "MULTIPLE_ACCOUNTABLE",
      formula: formulas.multipleAccountable,
      ranges: [rows],
      background: HIGHLIGHT.multipleAccountable,
    },
    {
      name: "NO_ACCOUNTABLE",
      formula: formulas.noAccountable,
      ranges: [rows],
      background: HIGHLIGHT.noAccountable,
    },
    {
      name: "NO_RESPONSIBLE",
      formula: formulas.noResponsible,
      ranges: [rows],
      background: HIGHLIGHT.noResponsible,
    },
    {
      name: "ROLE_OVERLOADED",
      formula: overloadedFormula(ownsRow, layout.firstRoleColumn),
      ranges: [gridRange(ownsRow, layout.firstRoleColumn, 1, layout.roleCount)],
      background: HIGHLIGHT.overloaded,
      bold: true,
    },
  );
  return rules;
}
