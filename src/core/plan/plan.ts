/**
 * Builds the SheetPlan of a matrix: a new one (every cell), or a refresh of an existing one (only the cells
 * the add-on owns — legend, summary, status — plus formats, validation and highlighting; never what people
 * typed). A matrix someone adopted keeps its own look: the add-on adds only its Status column, dropdowns,
 * highlighting and protections, and restyles nothing.
 */
import { codesOf } from "../codes";
import { codeList, KINDS, type Kind } from "../kinds";
import { PRODUCT_NAME } from "../keys";
import { CHART_COLUMNS, workloadChart } from "./chart";
import { newDecor } from "./decor";
import { fill, gridRange, literal, paste } from "./grid";
import { rowCheckFormula, statusFormula } from "./formulas";
import {
  agreedByColumn,
  agreementLabels,
  dataRowCount,
  CHECK_LABEL,
  checkColumn,
  decisionColumn,
  DECISION_VALUES,
  DECISIONS,
  firstDataRow,
  HEADER_LABELS,
  leftColumn,
  notesColumn,
  PEOPLE_LABEL,
  peopleRow,
  rightColumn,
  statusColumn,
  titleRow,
  type Layout,
} from "./layout";
import { AREA_BAND, HEADER_BACKGROUND, TEXT, WHITE } from "./palette";
import { decorBlocks, decorRowValues, decorRuns } from "./decorValues";
import { highlightRules } from "./highlightRules";
import type { NewMatrixInput, PlanInput } from "./input";
import { preparedRanges, preparedRows } from "./preparedRows";
import type { CellBlock, PlanValue, SheetPlan } from "./types";

/** The dropdown's help text: "Choose R, A, A/R, C or I (or leave empty). Each initiative needs…". */
export const codeHelpText = (kind: Kind): string =>
  `Choose ${codeList(kind)} (or leave empty). ${kind.rowRule}`;

export const DECISION_HELP_TEXT =
  "Proposed, Agreed or Disputed. An Agreed row whose codes change becomes Changed since agreed by itself; " +
  "Decided on then keeps the day it was agreed.";

const PROTECTION_NOTE = `${PRODUCT_NAME}; edits here are replaced on Refresh.`;
export const STATUS_PROTECTION = `Status is computed by ${PROTECTION_NOTE}`;
export const SUMMARY_PROTECTION = `The summary is computed by ${PROTECTION_NOTE}`;

export function planNewMatrix(input: NewMatrixInput): SheetPlan {
  const { layout } = input;
  const full: PlanInput = { ...input, decor: newDecor(layout, input.settings.kind), style: "full" };
  const left = leftColumn(layout);
  const top = titleRow(layout, input.settings.kind);
  const width = rightColumn(layout) - left + 1;
  const values = fill<PlanValue>(layout.lastRow - top + 1, width, "");
  values[0][0] = literal(input.title);
  decorRowValues(full).forEach(({ row, values: cells }) => paste(values, row - top, 0, [cells]));
  const header = values[layout.headerRow - top];
  if (layout.areaColumn !== null) header[layout.areaColumn - left] = HEADER_LABELS.area;
  header[layout.nameColumn - left] = HEADER_LABELS.initiative;
  input.roles.forEach((role, i) => (header[layout.firstRoleColumn - left + i] = literal(role)));
  header[statusColumn(layout) - left] = HEADER_LABELS.status;
  if (layout.agreement === true)
    agreementLabels(layout).forEach((label, i) => (header[decisionColumn(layout) - left + i] = label));
  // The people row starts empty under its label: the team names who holds each role.
  const people = peopleRow(layout);
  if (people !== null) values[people - top][layout.nameColumn - left] = PEOPLE_LABEL;
  if (layout.check === true) header[checkColumn(layout) - left] = CHECK_LABEL;
  input.initiatives.forEach((initiative, i) => {
    const row = values[firstDataRow(layout) - top + i];
    if (layout.areaColumn !== null) row[layout.areaColumn - left] = literal(initiative.area);
    row[layout.nameColumn - left] = literal(initiative.name);
    initiative.codes.forEach((code, j) => (row[layout.firstRoleColumn - left + j] = code));
    // Every initiative of a new matrix starts as a proposal, for the team to agree row by row.
    if (layout.agreement === true) row[decisionColumn(layout) - left] = DECISIONS[0];
  });
  paste(values, firstDataRow(layout) - top, statusColumn(layout) - left, statusValues(full));
  if (layout.check === true)
    paste(values, firstDataRow(layout) - top, checkColumn(layout) - left, checkValues(full));
  const valueBlock: CellBlock = { range: gridRange(top, left, values.length, width), values };
  const title: CellBlock[] = [
    { range: gridRange(top, left, 1, width), format: { ...DEFAULT_FORMAT } },
    { range: gridRange(top, left, 1, 1), format: { fontWeight: "bold", fontSize: 14 } },
  ];
  const blocks = [valueBlock, ...title, ...decorBlocks(full, false), ...dataFormatBlocks(full)];
  return { ...basePlan(full, [...blocks, headerNote(layout)]), exactSize: true };
}

export function planRefresh(input: PlanInput): SheetPlan {
  const { layout } = input;
  const status: CellBlock = {
    range: gridRange(firstDataRow(layout), statusColumn(layout), dataRowCount(layout), 1),
    values: statusValues(input),
  };
  // The check column's header too: a matrix made before it gets the column (inserted empty) on Refresh.
  const check: CellBlock[] =
    layout.check === true
      ? [
          {
            range: gridRange(layout.headerRow, checkColumn(layout), layout.lastRow - layout.headerRow + 1, 1),
            // The people row (when there is one) holds no check: it is no initiative.
            values: [[CHECK_LABEL], ...(layout.people === true ? [[""]] : []), ...checkValues(input)],
          },
        ]
      : [];
  if (input.style === "adopted") return basePlan(input, [...check, status, headerNote(layout)]);
  return basePlan(input, [
    ...dataFormatBlocks(input),
    ...decorBlocks(input, true),
    ...check,
    status,
    headerNote(layout),
  ]);
}

function basePlan(input: PlanInput, blocks: CellBlock[]): SheetPlan {
  const { layout } = input;
  const dataRows = dataRowCount(layout);
  const full = input.style === "full";
  return {
    minRows: layout.lastRow,
    // A generated matrix keeps room right of Status for the workload chart beside the summary.
    minColumns: rightColumn(layout) + (full ? CHART_COLUMNS : 0),
    exactSize: false,
    blocks,
    columnWidths: full
      ? [
          ...(layout.areaColumn !== null ? [{ column: layout.areaColumn, count: 1, width: 140 }] : []),
          { column: layout.nameColumn, count: 1, width: 260 },
          // Wide enough for the summary's longest text, "100% overloaded", at 10 pt.
          { column: layout.firstRoleColumn, count: layout.roleCount, width: 120 },
          { column: statusColumn(layout), count: 1, width: 240 },
          ...(layout.agreement === true
            ? [
                { column: decisionColumn(layout), count: 2, width: 110 },
                ...(layout.agreedBy === true
                  ? [{ column: agreedByColumn(layout), count: 1, width: 180 }]
                  : []),
                { column: notesColumn(layout), count: 1, width: 260 },
              ]
            : []),
        ]
      : [],
    hiddenColumn: layout.check === true ? checkColumn(layout) : null,
    // The people row freezes with the header, so sorting the sheet's rows leaves it in place (Sheets sorts
    // only the rows below the frozen ones: see tests/addon/people.test.ts).
    frozenRows: full ? firstDataRow(layout) - 1 : null,
    frozenColumns: full ? layout.nameColumn : null,
    codeValidation: {
      ranges: preparedRanges(input, layout.firstRoleColumn, layout.roleCount),
      codes: [...codesOf(input.settings.kind)],
      helpText: codeHelpText(KINDS[input.settings.kind]),
    },
    ...(layout.agreement === true
      ? {
          decisionValidation: {
            ranges: preparedRanges(input, decisionColumn(layout), 1),
            values: [...DECISION_VALUES],
            helpText: DECISION_HELP_TEXT,
          },
        }
      : {}),
    highlightRules: highlightRules(input),
    protections: [
      {
        range: gridRange(firstDataRow(layout), statusColumn(layout), dataRows, 1),
        description: STATUS_PROTECTION,
      },

      ...decorRuns(input).map((run) => ({ range: run, description: SUMMARY_PROTECTION })),
    ],
    chart: full ? workloadChart(layout, input.decor, input.settings.kind) : undefined,
  };
}

const DEFAULT_FORMAT = {
  background: WHITE,
  fontColor: TEXT,
  fontWeight: "normal",
  fontSize: 10,
  alignment: "left",
  wrap: false,
} as const;

/** Status of each prepared row; "" on the others (a section, a total, the people row), which are no initiatives. */
function statusValues(input: PlanInput): PlanValue[][] {
  const { layout, owners, settings } = input;
  return preparedRows(input).map((prepared, i) => [
    prepared ? statusFormula(layout, firstDataRow(layout) + i, owners, settings) : "",
  ]);
}

/** The hidden per-row counts that Status and the highlighting read. */
function checkValues(input: PlanInput): PlanValue[][] {
  const { layout, owners, settings } = input;
  return preparedRows(input).map((prepared, i) => [
    prepared ? rowCheckFormula(layout, firstDataRow(layout) + i, owners, settings) : "",
  ]);
}

function headerNote(layout: Layout): CellBlock {
  return {
    range: gridRange(layout.headerRow, statusColumn(layout), 1, 1),
    notes: [
      ["What is wrong with each initiative, in words. It updates by itself as anyone edits the codes."],
    ],
  };
}

/**
 * Formats of the header and the initiative rows: defaults set once over the whole rectangle, then only the
 * parts that differ. Uniform formats cost one small call each whatever the size; the only grid is the
 * banding of the label columns.
 */
function dataFormatBlocks({ layout, areas }: PlanInput): CellBlock[] {
  const left = leftColumn(layout);
  const dataRows = dataRowCount(layout);
  const first = firstDataRow(layout);
  const labelWidth = layout.nameColumn - left + 1;
  const people = peopleRow(layout);
  const fromHeader = layout.lastRow - layout.headerRow + 1;
  // The matrix's columns, in one piece, or two round the columns people keep between names and roles.
  const pieces: [number, number][] =
    layout.firstRoleColumn === layout.nameColumn + 1
      ? [[left, rightColumn(layout)]]
      : [
          [left, layout.nameColumn],
          [layout.firstRoleColumn, rightColumn(layout)],
        ];
  const across = (row: number, rows: number, format: CellBlock["format"]): CellBlock[] =>
    pieces.map(([from, to]) => ({ range: gridRange(row, from, rows, to - from + 1), format }));
  return [
    ...across(layout.headerRow, fromHeader, { ...DEFAULT_FORMAT }),
    ...across(layout.headerRow, 1, { background: HEADER_BACKGROUND, fontWeight: "bold", wrap: true }),
    // The people row reads as part of the header, in its colour, names in plain text.
    ...(people !== null ? across(people, 1, { background: HEADER_BACKGROUND, wrap: true }) : []),
    {
      range: gridRange(layout.headerRow, layout.firstRoleColumn, fromHeader, layout.roleCount),
      format: { alignment: "center" },
    },
    { range: gridRange(first, layout.nameColumn, dataRows, 1), format: { wrap: true } },
    { range: gridRange(first, statusColumn(layout), dataRows, 1), format: { wrap: true } },
    ...(layout.agreement === true
      ? [{ range: gridRange(first, notesColumn(layout), dataRows, 1), format: { wrap: true } }]
      : []),
    ...(layout.agreedBy === true
      ? [{ range: gridRange(first, agreedByColumn(layout), dataRows, 1), format: { wrap: true } }]
      : []),
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
