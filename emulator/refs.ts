/**
 * A1 references inside formula text: find them (skipping string literals), shift them like a copy does,
 * and adjust them for inserted/deleted rows and columns or a renamed sheet. Used for conditional format
 * formulas, which Sheets evaluates per cell "relative to the top-left cell of the range" — $-anchored parts
 * stay fixed, the others move with the cell (Sheets Help, "Use conditional formatting rules": custom
 * formulas with absolute and relative references).
 */
import { type Axis, columnToLetters, lettersToColumn, quoteSheetName } from "./a1";

export interface RefPart {
  col?: number;
  colAbs: boolean;
  row?: number;
  rowAbs: boolean;
}

export interface RefToken {
  /** Sheet name as written (unquoted), when the reference has a prefix. */
  sheet?: string;
  start: RefPart;
  end?: RefPart;
}

export type Segment = string | RefToken;

const CELL_RANGE = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?/y;
const COL_RANGE = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
const ROW_RANGE = /(\$?)(\d+):(\$?)(\d+)/y;
const IDENT_CHAR = /[A-Za-z0-9_.]/;
const BARE_SHEET = /([A-Za-z_][A-Za-z0-9_.]*)!/y;

function part(colAbs: string, col: string | undefined, rowAbs: string, row: string | undefined): RefPart {
  return {
    col: col === undefined ? undefined : lettersToColumn(col),
    colAbs: colAbs === "$",
    row: row === undefined ? undefined : Number(row) - 1,
    rowAbs: rowAbs === "$",
  };
}

function matchRef(text: string, at: number): { token: RefToken; end: number } | null {
  const after = (end: number): boolean => end >= text.length || !/[A-Za-z0-9_(.!]/.test(text.charAt(end));
  CELL_RANGE.lastIndex = at;
  let m = CELL_RANGE.exec(text);
  if (m && after(CELL_RANGE.lastIndex)) {
    const start = part(m[1] ?? "", m[2], m[3] ?? "", m[4]);
    const end = m[6] === undefined ? undefined : part(m[5] ?? "", m[6], m[7] ?? "", m[8]);
    return { token: { start, end }, end: CELL_RANGE.lastIndex };
  }
  COL_RANGE.lastIndex = at;
  m = COL_RANGE.exec(text);
  if (m && after(COL_RANGE.lastIndex)) {
    return {
      token: { start: part(m[1] ?? "", m[2], "", undefined), end: part(m[3] ?? "", m[4], "", undefined) },
      end: COL_RANGE.lastIndex,
    };
  }
  ROW_RANGE.lastIndex = at;
  m = ROW_RANGE.exec(text);
  if (m && after(ROW_RANGE.lastIndex)) {
    return {
      token: { start: part("", undefined, m[1] ?? "", m[2]), end: part("", undefined, m[3] ?? "", m[4]) },
      end: ROW_RANGE.lastIndex,
    };
  }
  return null;
}

/** Splits formula text into literal text and reference tokens. */
export function tokenize(formula: string): Segment[] {
  const out: Segment[] = [];
  let text = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula.charAt(j) === '"') {
          if (formula.charAt(j + 1) === '"') j += 2;
          else break;
        } else j++;
      }
      text += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula.charAt(i - 1) : "";
    if (prev === "" || !IDENT_CHAR.test(prev)) {
      let sheet: string | undefined;
      let refAt = i;
      if (ch === "'") {
        let j = i + 1;
        let name = "";
        while (j < formula.length) {
          const cj = formula.charAt(j);
          if (cj === "'" && formula.charAt(j + 1) === "'") {
            name += "'";
            j += 2;
          } else if (cj === "'") break;
          else {
            name += cj;
            j++;
          }
        }
        if (formula.charAt(j + 1) === "!") {
          sheet = name;
          refAt = j + 2;
        }
      } else {
        BARE_SHEET.lastIndex = i;
        const m = BARE_SHEET.exec(formula);
        if (m) {
          sheet = m[1];
          refAt = BARE_SHEET.lastIndex;
        }
      }
      const ref = matchRef(formula, refAt);
      if (ref) {
        if (text) out.push(text);
        text = "";
        out.push(sheet === undefined ? ref.token : { ...ref.token, sheet });
        i = ref.end;
        continue;
      }
    }
    text += ch;
    i++;
  }
  if (text) out.push(text);
  return out;
}

function partText(p: RefPart): string {
  const col = p.col === undefined ? "" : `${p.colAbs ? "$" : ""}${columnToLetters(p.col)}`;
  const row = p.row === undefined ? "" : `${p.rowAbs ? "$" : ""}${p.row + 1}`;
  return col + row;
}

export function tokenText(t: RefToken): string {
  const prefix = t.sheet === undefined ? "" : `${quoteSheetName(t.sheet)}!`;
  return prefix + partText(t.start) + (t.end ? `:${partText(t.end)}` : "");
}

export function untokenize(segments: Segment[]): string {
  return segments.map((s) => (typeof s === "string" ? s : tokenText(s))).join("");
}

function shiftPart(p: RefPart, dr: number, dc: number): RefPart | null {
  const col = p.col === undefined || p.colAbs ? p.col : p.col + dc;
  const row = p.row === undefined || p.rowAbs ? p.row : p.row + dr;
  if ((col !== undefined && col < 0) || (row !== undefined && row < 0)) return null;
  return { ...p, col, row };
}

/** Moves relative parts by (dr, dc), as copying the formula that far would; "#REF!" when off the sheet. */
export function shiftSegments(segments: Segment[], dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return untokenize(segments);
  let out = "";
  for (const s of segments) {
    if (typeof s === "string") {
      out += s;
      continue;
    }
    const start = shiftPart(s.start, dr, dc);
    const end = s.end ? shiftPart(s.end, dr, dc) : undefined;
    out += start === null || end === null ? "#REF!" : tokenText({ ...s, start, end });
  }
  return out;
}

export function shiftFormula(formula: string, dr: number, dc: number): string {
  return shiftSegments(tokenize(formula), dr, dc);
}

export interface StructuralChange {
  /** The sheet whose rows/columns change. */
  sheet: string;
  axis: Axis;
  kind: "insert" | "delete";
  /** First affected index, 0-based. */
  at: number;
  n: number;
}

function refersTo(t: RefToken, change: StructuralChange, formulaSheet: string): boolean {
  return (t.sheet ?? formulaSheet).toLowerCase() === change.sheet.toLowerCase();
}

/**
 * Adjusts references after rows/columns were inserted or deleted, as Sheets does for every formula
 * (absolute and relative alike): references past the change move, ranges spanning it grow or shrink,
 * references to deleted cells become #REF!. `formulaSheet` is the sheet the formula belongs to.
 */
export function adjustFormula(formula: string, formulaSheet: string, change: StructuralChange): string {
  const segments = tokenize(formula);
  let changed = false;
  const out = segments.map((s): string => {
    if (typeof s === "string") return s;
    if (!refersTo(s, change, formulaSheet)) return tokenText(s);
    const key = change.axis === "rows" ? "row" : "col";
    const a = s.start[key];
    const b = s.end ? s.end[key] : a;
    if (a === undefined || b === undefined) return tokenText(s);
    let na = a;
    let nb = b;
    if (change.kind === "insert") {
      if (a >= change.at) na = a + change.n;
      if (b >= change.at) nb = b + change.n;
    } else {
      const delEnd = change.at + change.n;
      if (a >= delEnd) na = a - change.n;
      else if (a >= change.at) na = change.at;
      if (b >= delEnd) nb = b - change.n;
      else if (b >= change.at) nb = change.at - 1;
      if (nb < na || (!s.end && a >= change.at && a < delEnd)) {
        changed = true;
        return "#REF!";
      }
    }
    if (na === a && nb === b) return tokenText(s);
    changed = true;
    const start = { ...s.start, [key]: na };
    const end = s.end ? { ...s.end, [key]: nb } : undefined;
    return tokenText({ ...s, start, end });
  });
  return changed ? out.join("") : formula;
}

/** Rewrites references to a renamed sheet. */
export function renameInFormula(formula: string, oldName: string, newName: string): string {
  const segments = tokenize(formula);
  let changed = false;
  const out = segments.map((s) => {
    if (typeof s === "string") return s;
    if (s.sheet !== undefined && s.sheet.toLowerCase() === oldName.toLowerCase()) {
      changed = true;
      return tokenText({ ...s, sheet: newName });
    }
    return tokenText(s);
  });
  return changed ? out.join("") : formula;
}
