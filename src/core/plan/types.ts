/** A SheetPlan: everything the shell writes, decided in pure code, applied in a constant number of calls. */

/** A rectangle of cells, 1-based, as Sheet.getRange(row, column, numRows, numColumns) takes it. */
export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** What a cell receives: a number, a formula ("=..."), or text already made literal (apostrophe prefix). */
export type PlanValue = string | number;

export type FontWeight = "bold" | "normal";
export type Alignment = "left" | "center" | "right";

/** One format for every cell of a rectangle: one small call, whatever the rectangle's size. */
export interface UniformFormat {
  background?: string;
  fontColor?: string;
  fontWeight?: FontWeight;
  fontSize?: number;
  alignment?: Alignment;
  wrap?: boolean;
}

/** Values and formats for one rectangle; every grid has the rectangle's dimensions. */
export interface CellBlock {
  range: GridRange;
  /** Applied before the grids, so a grid can refine it. */
  format?: UniformFormat;
  values?: PlanValue[][];
  backgrounds?: string[][];
  fontWeights?: FontWeight[][];
  fontColors?: string[][];
  alignments?: Alignment[][];
  notes?: string[][];
}

export interface HighlightRule {
  /** Why the rule exists, for tests and the README: a rule name of docs/domain.md, or "ROLE_OVERLOADED". */
  name: string;
  formula: string;
  ranges: GridRange[];
  background: string;
  bold?: boolean;
}

export interface SheetPlan {
  /** The sheet must have at least this many rows and columns… */
  minRows: number;
  minColumns: number;
  /** …and exactly as many, for a new sheet: no empty grid around the matrix (refresh never shrinks). */
  exactSize: boolean;
  blocks: CellBlock[];
  columnWidths: { column: number; count: number; width: number }[];
  /** The one column the add-on hides (its per-row check), or null. */
  hiddenColumn: number | null;
  /** Null: leave the sheet's frozen rows or columns as its people set them (an adopted table). */
  frozenRows: number | null;
  frozenColumns: number | null;
  /** The code dropdown, on the initiatives' rows (runs of them: sections and totals get none). */
  codeValidation: { ranges: GridRange[]; codes: string[]; helpText: string };
  /** The Decision dropdown (warning mode), for a matrix with agreement columns. */
  decisionValidation?: { ranges: GridRange[]; values: string[]; helpText: string };
  /** In order of precedence: the first rule that matches a cell colours it (Sheets' rule order). */
  highlightRules: HighlightRule[];
  /** Warning-only protections of the computed areas, so nobody overwrites a formula by accident. */
  protections: { range: GridRange; description: string }[];
  /** The workload chart beside the summary; the add-on's own chart is replaced, nobody else's. */
  chart?: ChartPlan;
}

/**
 * A stacked column chart with one category per role: the workload chart beside a matrix's summary (chart.ts)
 * and the overview's (portfolio/overview.ts); sheets/chart.ts draws both.
 */
export interface ChartPlan {
  /** The add-on recognises its chart by its title (charts carry no developer metadata)… */
  title: string;
  /** …or by one it gave the chart before (the workload chart's title in the matrix's former kind). */
  formerTitles?: readonly string[];
  /**
   * Workload: the header row (the "Initiative" label, then the role names) and the count rows (one per part
   * of the matrix's kind), from the Initiative column to the last role. Overview: its table, a row per role
   * and a column per matrix.
   */
  ranges: GridRange[];
  /** The anchor cell: right of the matrix at its title row, or right of the overview's table. */
  anchor: { row: number; column: number };
  width: number;
  height: number;
  /** Series colours: one per count row (A, R, C, I) strong to light, the owners darkest; or one per matrix. */
  colors: string[];
  /**
   * True when the series are the ranges' rows (workload: one per letter, stacked as rows then switched),
   * false when they are its columns (overview: one per matrix).
   */
  transpose: boolean;
}
