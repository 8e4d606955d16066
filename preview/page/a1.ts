/** A1 notation for the page: 0-based rectangles to and from "C9" / "C9:G12". */

export interface Rect {
  r: number;
  c: number;
  h: number;
  w: number;
}

export function columnName(c: number): string {
  let n = c + 1;
  let name = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function cellName(r: number, c: number): string {
  return `${columnName(c)}${r + 1}`;
}

export function rectName(rect: Rect): string {
  const first = cellName(rect.r, rect.c);
  return rect.h === 1 && rect.w === 1
    ? first
    : `${first}:${cellName(rect.r + rect.h - 1, rect.c + rect.w - 1)}`;
}

const CELL = /^([A-Z]+)(\d+)$/;

function parseCell(text: string): { r: number; c: number } | null {
  const match = CELL.exec(text.trim().toUpperCase());
  if (!match) return null;
  let c = 0;
  for (const letter of match[1]) c = c * 26 + (letter.charCodeAt(0) - 64);
  return { r: Number(match[2]) - 1, c: c - 1 };
}

/** Parses "C9" or "C9:G12" (no sheet name, no open ranges); null when it is neither. */
export function parseRect(text: string): Rect | null {
  const [a, b, extra] = text.split(":");
  if (extra !== undefined || a === undefined) return null;
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return null;
  const r = Math.min(start.r, end.r);
  const c = Math.min(start.c, end.c);
  return { r, c, h: Math.abs(end.r - start.r) + 1, w: Math.abs(end.c - start.c) + 1 };
}

export function containsCell(rect: Rect, r: number, c: number): boolean {
  return r >= rect.r && r < rect.r + rect.h && c >= rect.c && c < rect.c + rect.w;
}
