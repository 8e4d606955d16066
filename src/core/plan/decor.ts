/**
 * The rows a generated matrix keeps above its header: the legend (the rule of thumb) and the per-role
 * summary with its colour key. They are found by what the add-on wrote in them (the legend text, each
 * summary row's label or colour-key label), not at fixed offsets, so a row someone inserts between them and
 * the header stays theirs, and a deleted one is not written back over whatever took its place.
 */
import { DEFAULT_KIND, KINDS, MATRIX_KINDS, type Kind, type SummaryPart } from "../kinds";
import type { CellValue, MatrixKind } from "../types";
import { HIGHLIGHT } from "./palette";
import { legendRow, statusColumn, summaryRow, type Layout } from "./layout";

/** The colour of each entry of the colour key, by the summary row it sits beside (RASCI's S row has none). */
const KEY_COLOURS: Readonly<Partial<Record<SummaryPart, { background: string; bold?: boolean }>>> = {
  A: { background: HIGHLIGHT.noAccountable },
  R: { background: HIGHLIGHT.multipleAccountable },
  C: { background: HIGHLIGHT.sharedOwnership },
  I: { background: HIGHLIGHT.noResponsible },
  owns: { background: HIGHLIGHT.invalid, bold: true },
};

/** The colour key's entry beside a summary row of `kind`, in the Status column; null for a row without one. */
export function colourKey(
  kind: Kind,
  part: SummaryPart,
): { label: string; background: string; bold?: boolean } | null {
  const label = kind.colourKey[part];
  const colour = KEY_COLOURS[part];
  return label === undefined || colour === undefined ? null : { label, ...colour };
}

/** The key's sixth colour, the summary's own highlight, in the legend row above the other five. */
export const OVERLOAD_KEY = { label: "Role overloaded (share owned)", background: HIGHLIGHT.overloaded };

export interface DecorRows {
  /** Sheet row of the legend, or null when it is gone. */
  legend: number | null;
  /** Sheet row of each of the kind's summary rows (kinds.ts), in order, or null for one that is gone. */
  summary: (number | null)[];
}

/** Where a newly generated matrix of `kind` puts them. */
export function newDecor(layout: Layout, kind: MatrixKind): DecorRows {
  return {
    legend: legendRow(layout, kind),
    summary: KINDS[kind].summary.map((_, i) => summaryRow(layout, kind, i)),
  };
}

/** No legend and no summary (an adopted table's). */
export const noDecor = (kind: MatrixKind): DecorRows => ({
  legend: null,
  summary: KINDS[kind].summary.map(() => null),
});

/**
 * Every kind's summary labels and colour-key labels, by the part of the row they sit on, and every kind's
 * legend: a matrix whose kind was changed still has its rows found, and rewritten in its new kind's words.
 */
const SUMMARY_LABELS = new Map<string, SummaryPart>();
const KEY_LABELS = new Map<string, SummaryPart>();
const LEGENDS = new Set<string>();
for (const kind of MATRIX_KINDS.map((name) => KINDS[name])) {
  LEGENDS.add(kind.legend);
  for (const { part, label } of kind.summary) {
    SUMMARY_LABELS.set(label, part);
    const key = colourKey(kind, part);
    if (key) KEY_LABELS.set(key.label, part);
  }
}

const partNamed = (value: CellValue | undefined, labels: ReadonlyMap<string, SummaryPart>) =>
  typeof value === "string" ? labels.get(value.trim()) : undefined;

/**
 * Finds the decor rows above the header in the sheet's values (from A1); the nearest match wins. The rows
 * come back in the order of `kind`'s summary.
 */
export function findDecor(values: CellValue[][], layout: Layout, kind: MatrixKind = DEFAULT_KIND): DecorRows {
  const parts = KINDS[kind].summary.map(({ part }) => part);
  const decor = noDecor(kind);
  const status = statusColumn(layout) - 1;
  for (let r = layout.headerRow - 2; r >= 0; r--) {
    const row = values[r] ?? [];
    const part = partNamed(row[layout.nameColumn - 1], SUMMARY_LABELS) ?? partNamed(row[status], KEY_LABELS);
    if (part !== undefined) {
      const s = parts.indexOf(part);
      if (s >= 0 && decor.summary[s] === null) decor.summary[s] = r + 1;
    } else if (
      decor.legend === null &&
      row.some((value) => typeof value === "string" && LEGENDS.has(value.trim()))
    ) {
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
