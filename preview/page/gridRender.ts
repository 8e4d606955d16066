/**
 * Drawing the sheet grid: a table with sticky headers and frozen rows and columns, for a window of rows;
 * unwrapped text spills over empty neighbours as in Sheets. All user text goes in with textContent, never as
 * HTML.
 */
import type { CellView, RowView, SheetMeta } from "../protocol";
import { columnName } from "./a1";

export const ROW_HEIGHT = 21;
const ROW_HEADER_WIDTH = 46;

/** The drawn cells and headers, by "row:column" and by row, for selection and editing to find. */
export interface DrawnGrid {
  cells: Map<string, HTMLTableCellElement>;
  rowHeads: Map<number, HTMLTableCellElement>;
  columnHeads: HTMLTableCellElement[];
}

/** A cell whose text may spill right, up to column `end` (exclusive); settled once drawn. */
interface Spill {
  r: number;
  c: number;
  end: number;
}

/** Rebuilds `table` for a window of rows: the frozen rows, then `rows` from row `from`. */
export function drawGrid(
  table: HTMLTableElement,
  scroller: HTMLElement,
  meta: SheetMeta,
  { frozen, from, rows }: { frozen: RowView[]; from: number; rows: RowView[] },
): DrawnGrid {
  const drawn: DrawnGrid = { cells: new Map(), rowHeads: new Map(), columnHeads: [] };
  const spills: Spill[] = [];
  const frozenLefts = frozenColumnOffsets(meta);

  const colgroup = document.createElement("colgroup");
  const headCol = document.createElement("col");
  headCol.style.width = `${ROW_HEADER_WIDTH}px`;
  colgroup.append(headCol);
  let tableWidth = ROW_HEADER_WIDTH;
  const hidden = new Set(meta.hiddenColumns);
  for (let c = 0; c < meta.columns; c++) {
    const col = document.createElement("col");
    const width = meta.columnWidths[c] ?? 100;
    col.style.width = `${width}px`;
    // A hidden column (no width) is not drawn at all, heading and cells included.
    if (hidden.has(c)) col.style.visibility = "collapse";
    tableWidth += width;
    colgroup.append(col);
  }
  table.style.width = `${tableWidth}px`;

  const thead = document.createElement("thead");
  const headRow = document.createElement("tr");
  const corner = document.createElement("th");
  corner.className = "corner row-head";
  headRow.append(corner);
  for (let c = 0; c < meta.columns; c++) {
    const th = document.createElement("th");
    th.textContent = columnName(c);
    th.dataset.c = String(c);
    th.scope = "col";
    if (meta.hiddenColumns.includes(c)) th.classList.add("hidden-col");
    if (c < meta.frozenColumns) {
      th.classList.add("frozen-col");
      th.style.left = `${frozenLefts[c]}px`;
    }
    if (c === meta.frozenColumns - 1) th.classList.add("last-frozen-col");
    drawn.columnHeads.push(th);
    headRow.append(th);
  }
  thead.append(headRow);

  const tbody = document.createElement("tbody");
  const frozenRows = Math.min(meta.frozenRows, meta.rows);
  for (let r = 0; r < frozenRows; r++) {
    const tr = drawRow(meta, r, frozen[r] ?? [], frozenLefts, drawn, spills);
    tr.classList.add("frozen-row");
    if (r === frozenRows - 1) tr.classList.add("last-frozen-row");
    tbody.append(tr);
  }
  const end = Math.min(meta.rows, from + rows.length);
  tbody.append(spacer(meta, (from - frozenRows) * ROW_HEIGHT));
  for (let r = Math.max(from, frozenRows); r < end; r++) {
    tbody.append(drawRow(meta, r, rows[r - from] ?? [], frozenLefts, drawn, spills));
  }
  tbody.append(spacer(meta, (meta.rows - end) * ROW_HEIGHT));

  table.replaceChildren(colgroup, thead, tbody);
  settleSpills(meta, drawn.cells, spills);
  stickFrozenRows(scroller, meta, tbody, headRow);
  return drawn;
}

/**
 * Spilled text covers only the columns it needs: measured once drawn (all reads, then all writes).
 * Text that fits its own cell does not spill; gridlines under spilled text are hidden, as in Sheets.
 */
function settleSpills(meta: SheetMeta, cells: Map<string, HTMLTableCellElement>, spills: Spill[]): void {
  const needs = spills.map(({ r, c }) => {
    const text = cells.get(`${r}:${c}`)?.querySelector(".spill-text");
    return text ? text.scrollWidth + 7 : 0;
  });
  spills.forEach(({ r, c, end }, i) => {
    const td = cells.get(`${r}:${c}`);
    if (!td) return;
    let width = meta.columnWidths[c] ?? 100;
    let last = c;
    while (width < (needs[i] ?? 0) && last + 1 < end) {
      last++;
      width += meta.columnWidths[last] ?? 100;
    }
    if (last === c) {
      td.classList.remove("spill");
      return;
    }
    for (let k = c; k < last; k++) cells.get(`${r}:${k}`)?.classList.add("spilled");
  });
}

function frozenColumnOffsets(meta: SheetMeta): number[] {
  const lefts: number[] = [];
  let left = ROW_HEADER_WIDTH;
  for (let c = 0; c < meta.frozenColumns; c++) {
    lefts.push(left);
    left += meta.columnWidths[c] ?? 100;
  }
  return lefts;
}

/** Frozen rows stick below the column headers, each below the previous one, at their drawn heights. */
function stickFrozenRows(
  scroller: HTMLElement,
  meta: SheetMeta,
  tbody: HTMLTableSectionElement,
  headRow: HTMLTableRowElement,
): void {
  let top = headRow.getBoundingClientRect().height;
  for (const tr of Array.from(tbody.querySelectorAll<HTMLTableRowElement>("tr.frozen-row"))) {
    for (const cell of Array.from(tr.children)) (cell as HTMLElement).style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
  // Keyboard scrolling into view must not hide the active cell under the frozen rows or columns.
  scroller.style.scrollPaddingTop = `${top}px`;
  const frozenWidth = frozenColumnOffsets(meta).length;
  let left = ROW_HEADER_WIDTH;
  for (let c = 0; c < frozenWidth; c++) left += meta.columnWidths[c] ?? 100;
  scroller.style.scrollPaddingLeft = `${left}px`;
}

function spacer(meta: SheetMeta, height: number): HTMLTableRowElement {
  const tr = document.createElement("tr");
  tr.className = "spacer";
  tr.setAttribute("aria-hidden", "true");
  const td = document.createElement("td");
  td.colSpan = meta.columns + 1;
  td.style.height = `${Math.max(0, height)}px`;
  tr.append(td);
  return tr;
}

function drawRow(
  meta: SheetMeta,
  r: number,
  row: RowView,
  frozenLefts: number[],
  drawn: DrawnGrid,
  spills: Spill[],
): HTMLTableRowElement {
  const tr = document.createElement("tr");
  tr.dataset.r = String(r);
  const head = document.createElement("th");
  head.className = "row-head";
  head.scope = "row";
  head.textContent = String(r + 1);
  head.dataset.r = String(r);
  drawn.rowHeads.set(r, head);
  tr.append(head);
  const hidden = new Set(meta.hiddenColumns);
  for (let c = 0; c < meta.columns; c++) {
    const td = document.createElement("td");
    td.dataset.r = String(r);
    td.dataset.c = String(c);
    if (c < meta.frozenColumns) {
      td.classList.add("frozen-col");
      td.style.left = `${frozenLefts[c]}px`;
    }
    if (c === meta.frozenColumns - 1) td.classList.add("last-frozen-col");
    const spill = spillExtent(meta, row, c);
    // A hidden column shows nothing, and its text must not make the row taller.
    if (hidden.has(c)) td.classList.add("hidden-col");
    fillCell(td, hidden.has(c) ? null : (row[c] ?? null), spill.width);
    if (spill.width > 0) spills.push({ r, c, end: spill.end });
    drawn.cells.set(`${r}:${c}`, td);
    tr.append(td);
  }
  return tr;
}

/**
 * How far a cell's text may run: like Sheets, unwrapped left-aligned text spills over the empty cells
 * to its right, up to the next cell with content and not out of the frozen columns. `width` is 0 when
 * it does not spill; `end` is the first column it does not cover.
 */
function spillExtent(meta: SheetMeta, row: RowView, c: number): { width: number; end: number } {
  const none = { width: 0, end: c + 1 };
  const cell = row[c];
  if (!cell?.t || cell.wrap || cell.list || (cell.align ?? (cell.n ? "right" : "left")) !== "left")
    return none;
  const stop = c < meta.frozenColumns ? meta.frozenColumns : meta.columns;
  let width = meta.columnWidths[c] ?? 100;
  let end = c + 1;
  while (end < stop && !row[end]?.t && !row[end]?.list) {
    width += meta.columnWidths[end] ?? 100;
    end++;
  }
  return end === c + 1 ? none : { width, end };
}

function fillCell(td: HTMLTableCellElement, cell: CellView | null, spill = 0): void {
  td.textContent = "";
  if (!cell) return;
  if (spill > 0 && cell.t) {
    const text = document.createElement("span");
    text.className = "spill-text";
    text.style.maxWidth = `${spill - 7}px`;
    text.textContent = cell.t;
    td.classList.add("spill");
    td.append(text);
  } else {
    td.textContent = cell.t ?? "";
  }
  const style = td.style;
  if (cell.bg) style.backgroundColor = cell.bg;
  if (cell.color) style.color = cell.color;
  if (cell.bold) style.fontWeight = "bold";
  if (cell.italic) style.fontStyle = "italic";
  if (cell.line) style.textDecoration = cell.line;
  if (cell.size) style.fontSize = `${(cell.size * 4) / 3}px`;
  if (cell.family) style.fontFamily = cell.family;
  style.textAlign = cell.align ?? (cell.n ? "right" : "left");
  if (cell.valign) style.verticalAlign = cell.valign;
  if (cell.wrap) td.classList.add("wrap");
  if (cell.note) {
    td.classList.add("has-note");
    td.title = cell.note;
  }
  if (cell.invalid) {
    td.classList.add("has-invalid");
    td.title = cell.note ? `${cell.invalid}\n\n${cell.note}` : cell.invalid;
  }
  // The dropdown arrow is a CSS background, so the cell's text stays exactly its value.
  if (cell.list) td.classList.add("has-list");
}
