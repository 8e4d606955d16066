/**
 * The legend and summary rows' cells (values and formats), from the left column to Status: what a new matrix
 * writes there, what a refresh writes back, and what onEdit restores when someone types over them.
 */
import { KINDS } from "../kinds";
import { colourKey, decorList, OVERLOAD_KEY } from "./decor";
import { gridRange } from "./grid";
import { summaryFormulas } from "./formulas";
import { leftColumn, statusColumn } from "./layout";
import { MUTED_TEXT, SUMMARY_BACKGROUND, TEXT, WHITE } from "./palette";
import type { Alignment, CellBlock, FontWeight, GridRange, PlanValue } from "./types";
import type { PlanInput } from "./input";

interface DecorCells {
  values: PlanValue;
  background: string;
  fontColor: string;
  fontWeight: FontWeight;
  alignment: Alignment;
}

/** Each decor row's cells from the left column to Status, in the words of the matrix's kind: values and formats. */
export function decorRowValues(
  input: PlanInput,
): { row: number; values: PlanValue[]; cells: DecorCells[] }[] {
  const { layout, settings } = input;
  const left = leftColumn(layout);
  const width = statusColumn(layout) - left + 1;
  const plain = (value: PlanValue = ""): DecorCells => ({
    values: value,
    background: WHITE,
    fontColor: TEXT,
    fontWeight: "normal",
    alignment: "left",
  });
  const kind = KINDS[settings.kind];
  const accountableRow = input.decor.summary[kind.summary.findIndex(({ part }) => part === "A")] ?? null;
  const formulas = Array.from({ length: layout.roleCount }, (_, i) =>
    summaryFormulas(layout, layout.firstRoleColumn + i, settings, accountableRow),
  );
  return decorList(input.decor).map(({ row, kind: index }) => {
    const cells = Array.from({ length: width }, () => plain());
    if (index === "legend") {
      cells[0] = { ...plain(kind.legend), fontColor: MUTED_TEXT };
      cells[width - 1] = { ...plain(OVERLOAD_KEY.label), background: OVERLOAD_KEY.background };
    } else {
      cells[layout.nameColumn - left] = {
        values: kind.summary[index].label,
        background: SUMMARY_BACKGROUND,
        fontColor: MUTED_TEXT,
        fontWeight: "normal",
        alignment: "right",
      };
      formulas.forEach((perRole, i) => {
        cells[layout.firstRoleColumn - left + i] = {
          ...plain(perRole[index]),
          background: SUMMARY_BACKGROUND,
          alignment: "center",
        };
      });
      const key = colourKey(kind, kind.summary[index].part);
      if (key)
        cells[width - 1] = {
          ...plain(key.label),
          background: key.background,
          fontWeight: key.bold ? "bold" : "normal",
        };
    }
    return { row, values: cells.map((cell) => cell.values), cells };
  });
}

/** The decor rows as runs of consecutive rows, from the left column to Status. */
export function decorRuns(input: PlanInput): GridRange[] {
  if (input.style !== "full") return [];
  const { layout } = input;
  const left = leftColumn(layout);
  const width = statusColumn(layout) - left + 1;
  const runs: GridRange[] = [];
  for (const { row } of decorList(input.decor)) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.numRows === row) last.numRows++;
    else runs.push(gridRange(row, left, 1, width));
  }
  return runs;
}

/**
 * The legend and summary: one block per run of consecutive rows (one run unless someone inserted a row
 * between them), each a handful of calls whatever the number of roles.
 */
export function decorBlocks(input: PlanInput, withValues: boolean): CellBlock[] {
  const rows = new Map(decorRowValues(input).map((r) => [r.row, r]));
  return decorRuns(input).map((range) => {
    const cells = Array.from({ length: range.numRows }, (_, i) => rows.get(range.row + i)?.cells ?? []);
    return {
      range,
      format: { fontSize: 10, wrap: false },
      ...(withValues ? { values: cells.map((row) => row.map((cell) => cell.values)) } : {}),
      backgrounds: cells.map((row) => row.map((cell) => cell.background)),
      fontColors: cells.map((row) => row.map((cell) => cell.fontColor)),
      fontWeights: cells.map((row) => row.map((cell) => cell.fontWeight)),
      alignments: cells.map((row) => row.map((cell) => cell.alignment)),
    };
  });
}
