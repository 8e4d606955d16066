/**
 * The sheet grid: a table with sticky headers and frozen rows/columns, drawing only a window of rows so
 * a 2,000-row matrix stays responsive (gridRender.ts draws it); selection with mouse and keyboard; in-cell
 * editing (cellEditor.ts); copy and paste of tab-separated blocks (clipboard.ts); Delete clears. All user
 * text goes in with textContent or input values, never as HTML.
 */
import type { CellView, GridWindow, RowView, SheetMeta } from "../protocol";
import { cellName, containsCell, type Rect } from "./a1";
import { CellEditor, type Point } from "./cellEditor";
import { parseTsv, toTsv } from "./clipboard";
import { drawGrid, ROW_HEIGHT, type DrawnGrid } from "./gridRender";

/** Rows drawn beyond the frozen ones; the window moves when the view gets near its edges. */
const WINDOW_ROWS = 100;
const WINDOW_MARGIN = 20;

export interface GridHost {
  /** Loads the frozen rows and `count` rows from `from` of `sheet`. */
  load(sheet: string, from: number, count: number): Promise<GridWindow>;
  /** The user moved the selection. */
  selected(range: Rect): void;
  /** The user typed, pasted or cleared: write `values` (rows of cells) at `range`. */
  edit(range: Rect, values: string[][]): void;
  /** The active cell changed or its contents did (for the formula bar). */
  activeCellChanged(name: string, cell: CellView | null): void;
  /** The text in the cell editor, as it is typed (for the formula bar). */
  typing(value: string): void;
}

export class SheetGrid {
  private meta: SheetMeta | null = null;
  private version = -1;
  private frozen: RowView[] = [];
  private from = 0;
  private rows: RowView[] = [];
  private anchor: Point = { r: 0, c: 0 };
  private focus: Point = { r: 0, c: 0 };
  private drawn: DrawnGrid = { cells: new Map(), rowHeads: new Map(), columnHeads: [] };
  private painted: HTMLTableCellElement[] = [];
  private dragging = false;
  private loading: Promise<void> | null = null;
  private pendingRender = false;
  private readonly editor: CellEditor;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly table: HTMLTableElement,
    private readonly host: GridHost,
  ) {
    this.editor = new CellEditor({
      changed: (cell, value) => this.host.edit({ ...cell, h: 1, w: 1 }, [[value]]),
      typing: (value) => this.host.typing(value),
      left: (move) => {
        if (move) this.moveFocus(move[0], move[1], false);
        this.focusGrid();
      },
      closed: () => {
        if (this.pendingRender) this.render();
      },
    });
    scroller.addEventListener("scroll", () => this.onScroll());
    scroller.addEventListener("keydown", (event) => this.onKey(event));
    table.addEventListener("mousedown", (event) => this.onMouseDown(event));
    table.addEventListener("mouseover", (event) => this.onMouseOver(event));
    table.addEventListener("dblclick", (event) => this.onDoubleClick(event));
    window.addEventListener("mouseup", () => this.onMouseUp());
    document.addEventListener("copy", (event) => this.onCopy(event));
    document.addEventListener("paste", (event) => this.onPaste(event));
  }

  get sheetName(): string | null {
    return this.meta?.name ?? null;
  }

  get selection(): Rect {
    return {
      r: Math.min(this.anchor.r, this.focus.r),
      c: Math.min(this.anchor.c, this.focus.c),
      h: Math.abs(this.anchor.r - this.focus.r) + 1,
      w: Math.abs(this.anchor.c - this.focus.c) + 1,
    };
  }

  /** Shows `sheet` (or reloads it), keeping the scroll position when it is the same sheet. */
  async show(sheet: string, version: number): Promise<void> {
    const sameSheet = this.meta?.name === sheet;
    if (sameSheet && version === this.version) return;
    if (!sameSheet) this.scroller.scrollTop = 0;
    const from = sameSheet ? this.from : 0;
    await this.loadWindow(sheet, from);
  }

  /** Moves the selection to `range` (from the server: a script selected it) and brings it into view. */
  select(range: Rect): void {
    this.anchor = { r: range.r, c: range.c };
    this.focus = { r: range.r + range.h - 1, c: range.c + range.w - 1 };
    this.paintSelection();
    void this.scrollToFocus(range.r, range.c);
  }

  /** Draws the cells again from what the server last sent, dropping text shown ahead of a failed save. */
  redraw(): void {
    if (this.editor.input) this.pendingRender = true;
    else this.render();
  }

  /** Focuses the grid for keyboard input. */
  focusGrid(): void {
    this.scroller.focus({ preventScroll: true });
  }

  /** A cell's data, if its row is loaded. */
  cellAt(r: number, c: number): CellView | null {
    const row = r < this.frozen.length ? this.frozen[r] : this.rows[r - this.from];
    return row?.[c] ?? null;
  }

  private async loadWindow(sheet: string, from: number): Promise<void> {
    const window = await this.host.load(sheet, Math.max(0, from), WINDOW_ROWS);
    this.meta = window.sheet;
    this.version = window.version;
    this.frozen = window.frozen;
    this.from = window.from;
    this.rows = window.rows;
    this.clampSelection();
    if (this.editor.input) {
      // Never pull the editor out from under the user: draw once the edit ends.
      this.pendingRender = true;
      return;
    }
    this.render();
  }

  private clampSelection(): void {
    if (!this.meta) return;
    const clamp = (p: Point): Point => ({
      r: Math.min(p.r, this.meta ? this.meta.rows - 1 : p.r),
      c: Math.min(p.c, this.meta ? this.meta.columns - 1 : p.c),
    });
    this.anchor = clamp(this.anchor);
    this.focus = clamp(this.focus);
  }

  /** Rebuilds the table for the current window. */
  private render(): void {
    const meta = this.meta;
    if (!meta) return;
    this.pendingRender = false;
    this.painted = [];
    this.drawn = drawGrid(this.table, this.scroller, meta, {
      frozen: this.frozen,
      from: this.from,
      rows: this.rows,
    });
    this.paintSelection();
  }

  /** Marks the selected cells and headers; only the drawn cells are touched. */
  private paintSelection(): void {
    for (const td of this.painted) {
      td.classList.remove("in-selection", "active-cell", "sel-top", "sel-bottom", "sel-left", "sel-right");
    }
    this.painted = [];
    for (const th of Array.from(this.table.querySelectorAll("th.head-selected")))
      th.classList.remove("head-selected");
    const meta = this.meta;
    if (!meta) return;
    const sel = this.selection;
    const single = sel.h === 1 && sel.w === 1;
    for (const [key, td] of this.drawn.cells) {
      const [r, c] = key.split(":").map(Number);
      if (r === undefined || c === undefined || !containsCell(sel, r, c)) continue;
      if (r === this.anchor.r && c === this.anchor.c) {
        td.classList.add("active-cell");
      }
      if (!single) {
        td.classList.add("in-selection");
        if (r === sel.r) td.classList.add("sel-top");
        if (r === sel.r + sel.h - 1) td.classList.add("sel-bottom");
        if (c === sel.c) td.classList.add("sel-left");
        if (c === sel.c + sel.w - 1) td.classList.add("sel-right");
      }
      this.painted.push(td);
    }
    for (let c = sel.c; c < sel.c + sel.w; c++) this.drawn.columnHeads[c]?.classList.add("head-selected");
    for (let r = sel.r; r < sel.r + sel.h; r++) this.drawn.rowHeads.get(r)?.classList.add("head-selected");
    this.host.activeCellChanged(
      cellName(this.anchor.r, this.anchor.c),
      this.cellAt(this.anchor.r, this.anchor.c),
    );
  }

  // Scrolling: move the window of drawn rows when the view nears its edges.

  private onScroll(): void {
    const meta = this.meta;
    if (!meta || this.loading) return;
    const { first, last } = this.visibleRows(meta);
    const end = this.from + this.rows.length;
    const nearTop = first < this.from + WINDOW_MARGIN && this.from > meta.frozenRows;
    const nearBottom = last > end - WINDOW_MARGIN && end < meta.rows;
    if (!nearTop && !nearBottom) return;
    const from = Math.max(meta.frozenRows, first - Math.floor((WINDOW_ROWS - (last - first)) / 2));
    this.loading = this.loadWindow(meta.name, from).finally(() => {
      this.loading = null;
      // The user may have scrolled on while this window loaded.
      this.onScroll();
    });
  }

  private visibleRows(meta: SheetMeta): { first: number; last: number } {
    const first = meta.frozenRows + Math.floor(this.scroller.scrollTop / ROW_HEIGHT);
    const last = first + Math.ceil(this.scroller.clientHeight / ROW_HEIGHT);
    return { first, last: Math.min(meta.rows - 1, last) };
  }

  /** Brings a cell into view, loading its rows first when they are outside the window. */
  private async scrollToFocus(r: number, c: number): Promise<void> {
    const meta = this.meta;
    if (!meta) return;
    const drawn = r < meta.frozenRows || (r >= this.from && r < this.from + this.rows.length);
    if (!drawn) {
      this.scroller.scrollTop = Math.max(0, (r - meta.frozenRows - 5) * ROW_HEIGHT);
      await this.loadWindow(meta.name, Math.max(meta.frozenRows, r - Math.floor(WINDOW_ROWS / 2)));
    }
    this.drawn.cells.get(`${r}:${c}`)?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  // Mouse

  private pointOf(target: EventTarget | null): (Point & { head?: "row" | "column" }) | null {
    if (!(target instanceof Element)) return null;
    const cell = target.closest("td[data-c], th[data-r], th[data-c]");
    if (!(cell instanceof HTMLElement)) return null;
    const r = cell.dataset.r === undefined ? null : Number(cell.dataset.r);
    const c = cell.dataset.c === undefined ? null : Number(cell.dataset.c);
    if (r !== null && c !== null) return { r, c };
    if (r !== null) return { r, c: 0, head: "row" };
    if (c !== null) return { r: 0, c, head: "column" };
    return null;
  }

  private onMouseDown(event: MouseEvent): void {
    if (event.button !== 0) return;
    const point = this.pointOf(event.target);
    if (!point || !this.meta) return;
    if (this.editor.input && event.target === this.editor.input) return;
    event.preventDefault();
    this.commitEdit();
    this.focusGrid();
    if (point.head === "column") {
      this.anchor = { r: 0, c: point.c };
      this.focus = { r: this.meta.rows - 1, c: point.c };
    } else if (point.head === "row") {
      this.anchor = { r: point.r, c: 0 };
      this.focus = { r: point.r, c: this.meta.columns - 1 };
    } else {
      if (!event.shiftKey) this.anchor = { r: point.r, c: point.c };
      this.focus = { r: point.r, c: point.c };
      this.dragging = true;
    }
    this.paintSelection();
    if (point.head === undefined && this.onDropdownArrow(event)) {
      this.dragging = false;
      this.host.selected(this.selection);
      this.startEdit(null, true);
      return;
    }
    if (!this.dragging) this.host.selected(this.selection);
  }

  /** True when the click fell on a dropdown cell's arrow (its right-most 16 pixels). */
  private onDropdownArrow(event: MouseEvent): boolean {
    const td = event.target instanceof Element ? event.target.closest("td.has-list") : null;
    if (!td) return false;
    return td.getBoundingClientRect().right - event.clientX <= 16;
  }

  private onMouseOver(event: MouseEvent): void {
    if (!this.dragging) return;
    const point = this.pointOf(event.target);
    if (!point || point.head) return;
    if (point.r === this.focus.r && point.c === this.focus.c) return;
    this.focus = { r: point.r, c: point.c };
    this.paintSelection();
  }

  private onMouseUp(): void {
    if (!this.dragging) return;
    this.dragging = false;
    this.host.selected(this.selection);
  }

  private onDoubleClick(event: MouseEvent): void {
    const point = this.pointOf(event.target);
    if (!point || point.head) return;
    this.startEdit(null);
  }

  // Keyboard

  private onKey(event: KeyboardEvent): void {
    if (this.editor.input || !this.meta || event.target !== this.scroller) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-20, 0],
      PageDown: [20, 0],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.moveFocus(move[0], move[1], event.shiftKey);
      return;
    }
    const mod = event.ctrlKey || event.metaKey || event.altKey;
    switch (event.key) {
      case "Tab":
        event.preventDefault();
        this.moveFocus(0, event.shiftKey ? -1 : 1, false);
        return;
      case "Enter":
      case "F2":
        event.preventDefault();
        this.startEdit(null);
        return;
      case "Delete":
      case "Backspace":
        event.preventDefault();
        this.clearSelection();
        return;
      default:
        if (event.key.length === 1 && !mod) {
          event.preventDefault();
          this.startEdit(event.key);
        }
    }
  }

  /**
   * Arrow keys: move the active cell (the selection's anchor), or with `extend` (Shift) move the far
   * corner of the selection, as in Sheets.
   */
  private moveFocus(dr: number, dc: number, extend: boolean): void {
    const meta = this.meta;
    if (!meta) return;
    const from = extend ? this.focus : this.anchor;
    const next = {
      r: Math.max(0, Math.min(meta.rows - 1, from.r + dr)),
      c: Math.max(0, Math.min(meta.columns - 1, from.c + dc)),
    };
    this.focus = next;
    if (!extend) this.anchor = { ...next };
    this.paintSelection();
    void this.scrollToFocus(next.r, next.c);
    this.host.selected(this.selection);
  }

  private clearSelection(): void {
    const sel = this.selection;
    const values = Array.from({ length: sel.h }, () => new Array<string>(sel.w).fill(""));
    for (let r = sel.r; r < sel.r + sel.h; r++) {
      for (let c = sel.c; c < sel.c + sel.w; c++) {
        const td = this.drawn.cells.get(`${r}:${c}`);
        if (td) td.textContent = "";
      }
    }
    this.host.edit(sel, values);
  }

  // Editing

  /** Opens the editor on the active cell, with `typed` replacing its contents, or its contents. */
  private startEdit(typed: string | null, openList = false): void {
    const { r, c } = this.anchor;
    const td = this.drawn.cells.get(`${r}:${c}`);
    if (td) this.editor.open(td, { r, c }, this.cellAt(r, c), typed, openList);
  }

  /** Ends editing, writing the value when it changed. */
  commitEdit(): void {
    this.editor.commit();
  }

  // Clipboard

  private ownsClipboardEvent(): boolean {
    if (this.editor.input) return false;
    const active = document.activeElement;
    return active === this.scroller || active === document.body || active === null;
  }

  private onCopy(event: ClipboardEvent): void {
    if (!this.ownsClipboardEvent() || !event.clipboardData) return;
    const sel = this.selection;
    const rows: string[][] = [];
    for (let r = sel.r; r < sel.r + sel.h; r++) {
      const row: string[] = [];
      for (let c = sel.c; c < sel.c + sel.w; c++) row.push(this.cellAt(r, c)?.t ?? "");
      rows.push(row);
    }
    event.clipboardData.setData("text/plain", toTsv(rows));
    event.preventDefault();
  }

  private onPaste(event: ClipboardEvent): void {
    if (!this.ownsClipboardEvent() || !event.clipboardData || !this.meta) return;
    const text = event.clipboardData.getData("text/plain");
    if (text === "") return;
    event.preventDefault();
    this.pasteText(text);
  }

  /** Writes tab-separated text as a block whose top-left corner is the active cell. */
  private pasteText(text: string): void {
    const meta = this.meta;
    if (!meta) return;
    const values = parseTsv(text);
    const h = values.length;
    const w = values[0]?.length ?? 0;
    if (h === 0 || w === 0) return;
    const sel = this.selection;
    const range = { r: sel.r, c: sel.c, h, w };
    this.anchor = { r: range.r, c: range.c };
    this.focus = { r: range.r + h - 1, c: range.c + w - 1 };
    this.paintSelection();
    this.host.edit(range, values);
  }
}
