/**
 * The last fix of each matrix, so Undo can put its cells back: stored in the document properties under
 * `raci.undo.<sheetId>`, split into numbered parts (`raci.undo.<sheetId>.1`, …) when it outgrows one 9 KB value
 * (https://developers.google.com/apps-script/guides/services/quotas), all written with one setProperties.
 * Cells are grouped by their (old, new) pair, so a fix of a thousand gaps takes about 9 KB. Only the latest fix
 * is kept; the head names how many parts are current, so older parts left behind are never read, and are
 * overwritten by the next large fix (never deleted one call at a time: the call count stays constant).
 */
import { undoKey } from "../core/keys";
import { PROPERTY_VALUE_BYTES } from "./propertyText";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface UndoCell {
  cell: string;
  /** fingerprint() of the cell's initiative and role, so a cell that moved (rows inserted since) is not undone. */
  key: string;
  /** The cell's text before the fix, exactly as it was. */
  old: string;
  /** What the fix wrote. */
  new: string;
}

/** FNV-1a of a text, in base 36: a few characters that tell whether a cell still belongs to the same row and role. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}

/** Groups of "A1~key" cells that went from `old` to `new`. */
type Stored = [old: string, next: string, cells: string[]][];

/** Characters per part: at most 4 UTF-8 bytes each, so a part always fits a 9 KB value. */
const PART_CHARS = Math.floor(PROPERTY_VALUE_BYTES / 4) - 16;
/** About 20,000 changed cells; a larger fix is applied but cannot be undone (the fix says so). */
export const MAX_UNDO_PARTS = 80;
const head = (sheet: Sheet) => undoKey(sheet.getSheetId());
const part = (key: string, i: number) => (i === 0 ? key : `${key}.${i}`);

function encode(cells: readonly UndoCell[]): string {
  const groups = new Map<string, Stored[number]>();
  for (const c of cells) {
    const id = JSON.stringify([c.old, c.new]);
    const group = groups.get(id) ?? [c.old, c.new, []];
    group[2].push(`${c.cell}~${c.key}`);
    groups.set(id, group);
  }
  return JSON.stringify([...groups.values()]);
}

function decode(text: string): UndoCell[] {
  const stored = JSON.parse(text) as Stored;
  return stored.flatMap(([old, next, cells]) =>
    cells.map((at) => {
      const [cell, key] = at.split("~");
      return { cell, key, old, new: next };
    }),
  );
}

/** Saves the record of the fix just made, replacing the previous one (one call). False when too large to keep. */
export function saveUndo(sheet: Sheet, cells: readonly UndoCell[]): boolean {
  const text = encode(cells);
  const parts = Math.ceil(text.length / PART_CHARS);
  const properties = PropertiesService.getDocumentProperties();
  if (parts > MAX_UNDO_PARTS) {
    properties.deleteProperty(head(sheet)); // an older record no longer matches the sheet
    return false;
  }
  const entries: Record<string, string> = {};
  const key = head(sheet);
  for (let i = 0; i < parts; i++) {
    const chunk = text.slice(i * PART_CHARS, (i + 1) * PART_CHARS);
    entries[part(key, i)] = i === 0 ? `${parts}|${chunk}` : chunk;
  }
  properties.setProperties(entries);
  return true;
}

/** The last fix's cells, or null when there is none (or it cannot be read). */
export function loadUndo(sheet: Sheet): UndoCell[] | null {
  const properties = PropertiesService.getDocumentProperties();
  const all = properties.getProperties();
  const key = head(sheet);
  const first = Object.prototype.hasOwnProperty.call(all, key) ? all[key] : undefined;
  if (first === undefined) return null;
  const bar = first.indexOf("|");
  const parts = Number(first.slice(0, bar));
  if (!(parts >= 1)) return null;
  let text = first.slice(bar + 1);
  for (let i = 1; i < parts; i++) {
    const next = all[part(key, i)];
    if (next === undefined) return null;
    text += next;
  }
  try {
    return decode(text);
  } catch {
    return null;
  }
}

/** Forgets the last fix (one call): parts without their head are never read. */
export function clearUndo(sheet: Sheet): void {
  PropertiesService.getDocumentProperties().deleteProperty(head(sheet));
}
