/**
 * What Undo keeps of a fix or a conversion, and how it finds the cells again. A cell is known by its row's
 * content as the write left it (Area, Initiative, and every code of the row by role) and its role, never by
 * its position or its initiative's name alone: that content moves with the row whatever anyone does to the
 * sheet (a sort, an insert, a move), while a position does not, and a name can be on two rows.
 *
 * Why not an id kept in the sheet: developer metadata on a row stays with the row's position when a range is
 * sorted (the reference has it follow inserted and deleted rows; a sort moves cell contents, not rows), and a
 * value or note in the hidden check column stays behind when someone sorts the table's visible columns. Two
 * rows that hold exactly the same thing cannot be told apart by anyone, so Undo leaves them alone.
 */
import { canonicalText } from "./codes";
import { normalizeName } from "./names";
import type { ParsedCode, RaciMatrix } from "./types";
import { contentText, type CellWrite } from "./write/cells";

/** One cell of the record: its role, what it held before, and what the write left in it. */
export interface UndoCell {
  role: string;
  old: string;
  new: string;
}

export interface UndoRow {
  /** rowKey() of the row as the write left it. */
  key: string;
  cells: UndoCell[];
}

export interface UndoRecord {
  /** When it was saved (ms since the epoch), so that records nobody can reach any more can be dropped. */
  savedAt: number;
  rows: UndoRow[];
}

/**
 * 53 bits of a text (cyrb53): enough that two different rows of even a 20,000-row matrix never share one.
 * Base 36, at most 11 characters.
 */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * A row's identity: its Area, its Initiative and its codes by role (canonical, empty ones left out), so a
 * role added beside it or a code rewritten in another spelling leaves it the same row.
 */
export function rowKey(
  area: string,
  name: string,
  codes: readonly (readonly [role: string, code: string])[],
): string {
  const held = codes
    .filter(([, code]) => code !== "")
    .map(([role, code]) => `${normalizeName(role)}=${code}`)
    .sort();
  return hash53([area, name, ...held].join("\n"));
}

/** Stored as [savedAt, roles, (old, new) pairs, rows as [key, role, pair, role, pair…]]: short JSON. */
type Stored = [number, string[], [string, string][], (string | number)[][]];

export function encodeRecord(record: UndoRecord): string {
  const roles: string[] = [];
  const pairs: [string, string][] = [];
  const index = <T>(list: T[], ids: Map<string, number>, id: string, item: T): number => {
    let i = ids.get(id);
    if (i === undefined) {
      i = list.push(item) - 1;
      ids.set(id, i);
    }
    return i;
  };
  const roleIds = new Map<string, number>();
  const pairIds = new Map<string, number>();
  const rows = record.rows.map((row) => [
    row.key,
    ...row.cells.flatMap((c) => [
      index(roles, roleIds, c.role, c.role),
      index(pairs, pairIds, JSON.stringify([c.old, c.new]), [c.old, c.new] as [string, string]),
    ]),
  ]);
  const stored: Stored = [record.savedAt, roles, pairs, rows];
  return JSON.stringify(stored);
}

/** The record in `text`, or null when it is not one (damaged, or from an earlier version). */
export function decodeRecord(text: string): UndoRecord | null {
  try {
    const [savedAt, roles, pairs, rows] = JSON.parse(text) as Stored;
    if (typeof savedAt !== "number" || !Array.isArray(roles) || !Array.isArray(pairs) || !Array.isArray(rows))
      return null;
    return {
      savedAt,
      rows: rows.map(([key, ...refs]) => {
        const cells: UndoCell[] = [];
        for (let i = 0; i + 1 < refs.length; i += 2) {
          const role = roles[Number(refs[i])];
          const pair = pairs[Number(refs[i + 1])];
          if (typeof role !== "string" || !Array.isArray(pair)) throw new Error("damaged");
          cells.push({ role, old: String(pair[0]), new: String(pair[1]) });
        }
        return { key: String(key), cells };
      }),
    };
  } catch {
    return null;
  }
}

/** How many cells the record holds. */
export const recordCells = (record: UndoRecord): number =>
  record.rows.reduce((n, row) => n + row.cells.length, 0);

/**
 * The rows of the sheet now (`rows`, each with its rowKey) that the record's rows are: a recorded key found on
 * as many rows now as the record has it is theirs, whatever moved; a key found on more or fewer rows cannot be
 * told apart (or the row changed since) and its cells are skipped.
 */
export function matchRecord(
  record: UndoRecord,
  rows: readonly { row: number; key: string }[],
): { restore: (UndoCell & { row: number })[]; skipped: number } {
  const now = new Map<string, number[]>();
  for (const { row, key } of rows) now.set(key, [...(now.get(key) ?? []), row]);
  const recorded = new Map<string, UndoRow[]>();
  for (const row of record.rows) recorded.set(row.key, [...(recorded.get(row.key) ?? []), row]);
  const restore: (UndoCell & { row: number })[] = [];
  let skipped = 0;
  recorded.forEach((mine, key) => {
    const found = now.get(key) ?? [];
    mine.forEach((row, i) => {
      if (found.length === mine.length) restore.push(...row.cells.map((c) => ({ ...c, row: found[i] })));
      else skipped += row.cells.length;
    });
  });
  return { restore, skipped };
}

/** A code cell as the row's key reads it: its code, the text of an invalid one, or "". */
const codeText = (cell: ParsedCode): string =>
  cell.kind === "code" ? cell.code : cell.kind === "invalid" ? cell.text : "";

/** Each initiative row's key, with the codes `after` gives ("row,column" → text) in place of what was read. */
function keysOf(matrix: RaciMatrix, after: ReadonlyMap<string, string> = new Map()): Map<number, string> {
  return new Map(
    matrix.initiatives.map((initiative) => [
      initiative.row,
      rowKey(
        initiative.area,
        initiative.name,
        matrix.roles.map((role, i) => [
          role.name,
          canonicalText(
            after.get(`${initiative.row},${role.column}`) ?? codeText(initiative.cells[i]),
            matrix.settings.kind,
          ),
        ]),
      ),
    ]),
  );
}

/** The record of writes to the matrix's code cells, each row known by its key as the writes leave it. */
export function recordOf(matrix: RaciMatrix, written: readonly CellWrite[], savedAt: number): UndoRecord {
  const roleAt = new Map(matrix.roles.map((role) => [role.column, role.name]));
  const codes = written.filter((w) => roleAt.has(w.column) && "text" in w.content);
  const after = new Map(codes.map((w) => [`${w.row},${w.column}`, contentText(w.content)]));
  const keys = keysOf(matrix, after);
  const rows = new Map<number, UndoRow>();
  for (const w of codes) {
    const key = keys.get(w.row);
    if (key === undefined) continue; // not an initiative row: nothing to find it by
    const row = rows.get(w.row) ?? { key, cells: [] };
    row.cells.push({ role: roleAt.get(w.column) ?? "", old: w.old, new: contentText(w.content) });
    rows.set(w.row, row);
  }
  return { savedAt, rows: [...rows.values()] };
}

/**
 * The writes that put back what the record's cells held, on the rows that still are the record's (matchRecord),
 * under roles the matrix still has; `skipped` counts the others.
 */
export function undoWrites(matrix: RaciMatrix, record: UndoRecord): { writes: CellWrite[]; skipped: number } {
  const rowsNow = [...keysOf(matrix)].map(([row, key]) => ({ row, key }));
  const { restore, skipped } = matchRecord(record, rowsNow);
  const columns = new Map(matrix.roles.map((role) => [normalizeName(role.name), role.column]));
  const names = new Map(matrix.initiatives.map((i) => [i.row, i.name]));
  const writes: CellWrite[] = [];
  let missing = 0;
  for (const cell of restore) {
    const column = columns.get(normalizeName(cell.role));
    if (column === undefined) missing++;
    else
      writes.push({
        row: cell.row,
        column,
        content: { text: cell.old, literal: true },
        old: cell.new,
        initiative: names.get(cell.row) ?? "",
        role: cell.role,
      });
  }
  return { writes, skipped: skipped + missing };
}
