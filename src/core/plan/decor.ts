/**
 * The rows a generated matrix keeps above its header: the legend (the rule of thumb) and the per-role
 * summary with its colour key. They are found by what the add-on wrote in them (the legend text, each
 * summary row's label or colour-key label), not at fixed offsets, so a row someone inserts between them and
 * the header stays theirs, and a deleted one is not written back over whatever took its place.
 */
import type { CellValue } from "../types";
import { HIGHLIGHT } from "./palette";
import { legendRow, statusColumn, SUMMARY_ROWS, summaryRow, type Layout } from "./layout";

/** The legend row: the rule of thumb. The summary labels below it say what each letter means. */
export const LEGEND_TEXT = "One A and at least one R per initiative; A/R counts as both.";

/** The colour key, one entry per summary row, in the Status column. */
export const COLOUR_KEY: { label: string; background: string; bold?: boolean }[] = [
  { label: "No one accountable", background: HIGHLIGHT.noAccountable },
  { label: "2 or more accountable", background: HIGHLIGHT.multipleAccountable },
  { label: "Owner pair both own it", background: HIGHLIGHT.sharedOwnership },
  { label: "No one responsible", background: HIGHLIGHT.noResponsible },
  { label: "Not a RACI code", background: HIGHLIGHT.invalid, bold: true },
];

/** The key's sixth colour, the summary's own highlight, in the legend row above the other five. */
export const OVERLOAD_KEY = { label: "Role overloaded (share owned)", background: HIGHLIGHT.overloaded };

export interface DecorRows {
  /** Sheet row of the legend, or null when it is gone. */
  legend: number | null;
  /** Sheet row of each SUMMARY_ROWS entry, in order, or null for one that is gone. */
  summary: (number | null)[];
}

/** Where a newly generated matrix puts them. */
export function newDecor(layout: Layout): DecorRows {
  return { legend: legendRow(layout), summary: SUMMARY_ROWS.map((_, i) => summaryRow(layout, i)) };
}

const is = (value: CellValue | undefined, text: string) => typeof value === "string" && value.trim() === text;

/** Finds the decor rows above the header in the sheet's values (from A1); the nearest match wins. */
export function findDecor(values: CellValue[][], layout: Layout): DecorRows {
  const decor: DecorRows = { legend: null, summary: SUMMARY_ROWS.map(() => null) };
  const status = statusColumn(layout) - 1;
  for (let r = layout.headerRow - 2; r >= 0; r--) {
    const row = values[r] ?? [];
    const s = SUMMARY_ROWS.findIndex(
      (label, i) => is(row[layout.nameColumn - 1], label) || is(row[status], COLOUR_KEY[i].label),
    );
    if (s >= 0) {
      if (decor.summary[s] === null) decor.summary[s] = r + 1;
    } else if (decor.legend === null && row.some((value) => is(value, LEGEND_TEXT))) {
      decor.legend = r + 1;
    }
  }
  return decor;
}

/** The decor rows that exist, top to bottom, each with what it is ("legend" or a summary index). */
export function decorList(decor: DecorRows): { row: number; kind: "legend" | number }[] {
  const list: { row: number; kind: "legend" | number }[] = [];
  if (decor.legend !== null) list.push({ row: decor.legend, kind: "legend" });
  decor.summary.forEach((row, i) => {
    if (row !== null) list.push({ row, kind: i });
  });
  return list.sort((a, b) => a.row - b.row);
}
