/**
 * The JSON the preview server and its page exchange. Types only: the page bundle imports it too.
 * The page never sees emulator objects, only these shapes, built by preview/view.ts.
 */

/** One cell as the page draws it. Absent fields mean the Sheets default. */
export interface CellView {
  /** Display text (number formats applied, formulas evaluated). */
  t?: string;
  /** What the editor starts with: the formula, or the value as typed; defaults to `t`. */
  e?: string;
  /** The cell is a number (or a formula evaluating to one): right-aligned unless told otherwise. */
  n?: true;
  /** Background, conditional formatting applied over the cell's own ("#rrggbb"). */
  bg?: string;
  color?: string;
  bold?: true;
  italic?: true;
  /** "underline", "line-through" or both. */
  line?: string;
  size?: number;
  family?: string;
  align?: "left" | "center" | "right";
  valign?: "top" | "middle" | "bottom";
  wrap?: true;
  /** The options of a dropdown (data validation list). */
  list?: string[];
  note?: string;
  /** The value breaks the cell's validation rule (Sheets marks it with a red corner): the rule's help. */
  invalid?: string;
}

export interface SheetMeta {
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Pixel width of every column, in order. */
  columnWidths: number[];
  /** Columns (0-based) hidden with Sheet.hideColumns: drawn with no width, as Sheets draws them. */
  hiddenColumns: number[];
  tabColor: string | null;
}

/** A row of cells; null cells are empty. */
export type RowView = (CellView | null)[];

/**
 * What the page draws of one sheet: the frozen rows, always, and a window of the other rows:
 * `rows[i]` is sheet row `from + i` (0-based, `from` ≥ the number of frozen rows).
 */
export interface GridWindow {
  version: number;
  sheet: SheetMeta;
  frozen: RowView[];
  from: number;
  rows: RowView[];
}

export type MenuItem =
  { caption: string; functionName: string } | { caption: string; items: MenuItem[] } | "separator";

export interface Menu {
  title: string;
  items: MenuItem[];
}

/** Something the add-on told the user: Spreadsheet.toast, Ui.alert, or a failed call. */
export interface Message {
  seq: number;
  kind: "toast" | "alert" | "error";
  title: string;
  text: string;
  /** For toasts: seconds on screen; negative means until dismissed. */
  timeoutSeconds?: number;
}

/** An alert waiting for this window's answer (Ui.alert with buttons): the call that asked waits for it. */
export interface PreviewQuestion {
  id: number;
  title: string;
  text: string;
  /** Apps Script's button names, in order: "YES", "NO", "OK", "CANCEL". */
  buttons: string[];
}

export interface PreviewState {
  /** Changes whenever anything this page shows may have changed. */
  version: number;
  /** Changes when the workbook's contents changed (what GridWindow.version reports). */
  dataVersion: number;
  spreadsheetName: string;
  /** Every sheet; hidden ones (Sheet.hideSheet) get no tab unless shown from View › Hidden sheets. */
  sheets: { name: string; tabColor: string | null; hidden?: boolean }[];
  /**
   * This window's active sheet and selection (each window has its own, like each user in Sheets).
   * `seq` changes when the server moved them (a script selected a cell, the sheet was deleted…), which
   * is when the page must follow; the page's own selections do not change it.
   */
  view: { sheet: string; range: string; seq: number };
  menus: Menu[];
  /** The sidebar this window shows; `seq` changes each time the add-on opens it again. */
  sidebar: { title: string; seq: number } | null;
  /** The latest messages for this window, oldest first. */
  messages: Message[];
  /** The alert this window must answer before the call that showed it goes on, if any. */
  question: PreviewQuestion | null;
  /** A problem the user must know about, e.g. a workbook file that could not be read. */
  notice: string | null;
}

export type ActionResult = { ok: true; value?: unknown } | { ok: false; error: string };
