/**
 * Each person's last fix or conversion of each matrix, so Undo can put its cells back: one record per person
 * and sheet, in the document properties under `raci.undo.<sheetId>.<person>` (core/keys.ts), split into
 * numbered parts (`….1`, `….2`) past one 9 KB value and written with one setProperties. The person is
 * Session.getTemporaryActiveUserKey(), which needs no scope and reveals nobody
 * (https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey()).
 *
 * A save deletes the person's previous record of the sheet first, with every part, so that whatever happens
 * to the save no older fix can be undone in its place; it prunes what belongs to deleted sheets, and gives way
 * to nothing: when the store is full, the oldest records (anyone's) go first (propertyStore.ts).
 */
import { undoKey } from "../core/keys";
import { decodeRecord, encodeRecord, recordCells, type UndoRecord } from "../core/undo";
import {
  PROPERTY_VALUE_BYTES,
  saveFitting,
  StoreFullError,
  staleKeys,
  undoHead,
  undoRecords,
  utf8Bytes,
} from "./propertyStore";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * At most this many 9 KB parts (144 KB, under a third of the 500 KB store), so several people's records fit
 * beside the matrices' settings and charters. docs/data-and-ownership.md gives the cells this holds, which
 * tests/core/undoCap.test.ts measures.
 */
export const MAX_UNDO_PARTS = 16;
/** The bytes of record text each part holds: a value's 9 KB less room for the head ("16|1700000000000|"). */
export const UNDO_PART_BYTES = PROPERTY_VALUE_BYTES - 32;
/** The temporary user key rotates every 30 days: a record older than that is nobody's to undo. */
const REACHABLE_MS = 30 * 24 * 60 * 60 * 1000;

/** The person's key in the record's name: short, and never a number (a part's suffix is one). */
function personKey(): string {
  let hash = 0x811c9dc5;
  for (const ch of Session.getTemporaryActiveUserKey()) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  return `u${(hash >>> 0).toString(36)}`;
}

const headOf = (sheet: Sheet): string => undoKey(sheet.getSheetId(), personKey());

/** The record's text cut into values of at most 9 KB each (UTF-8), the first behind its head. */
function parts(text: string, savedAt: number): string[] {
  const chunks: string[] = [];
  let chunk = "";
  let bytes = 0;
  for (const char of text) {
    const size = utf8Bytes(char);
    // Room for the head in every part keeps the arithmetic simple.
    if (bytes + size > UNDO_PART_BYTES) {
      chunks.push(chunk);
      chunk = "";
      bytes = 0;
    }
    chunk += char;
    bytes += size;
  }
  chunks.push(chunk);
  return chunks.map((c, i) => (i === 0 ? `${chunks.length}|${savedAt}|${c}` : c));
}

export type UndoSave = { kept: true } | { kept: false; reason: string };

/** Saves the person's record of the write just made; never throws (the write is done either way). */
export function saveUndo(sheet: Sheet, record: UndoRecord): UndoSave {
  try {
    const properties = PropertiesService.getDocumentProperties();
    const all = properties.getProperties();
    const head = headOf(sheet);
    const old = undoRecords(all).find((r) => r.head === head)?.keys ?? [];
    const unreachable = undoRecords(all)
      .filter((r) => r.savedAt < record.savedAt - REACHABLE_MS)
      .flatMap((r) => r.keys);
    const stale = [...old, ...unreachable, ...staleKeys(sheet.getParent(), all)];
    const values = parts(encodeRecord(record), record.savedAt);
    if (values.length > MAX_UNDO_PARTS) {
      saveFitting(properties, all, {}, stale);
      return {
        kept: false,
        reason: `it changed ${recordCells(record)} cells, more than one Undo record holds (${MAX_UNDO_PARTS * 9} KB)`,
      };
    }
    const entries = Object.fromEntries(values.map((value, i) => [i === 0 ? head : `${head}.${i}`, value]));
    try {
      saveFitting(properties, all, entries, stale);
    } catch (error) {
      if (!(error instanceof StoreFullError)) throw error;
      saveFitting(properties, all, {}, stale);
      return { kept: false, reason: error.message };
    }
    return { kept: true };
  } catch (error) {
    // Apps Script's own words (its quota message, say) go to the Executions page; the person gets ours.
    console.error(`The Undo record was not saved: ${error instanceof Error ? error.message : String(error)}`);
    return { kept: false, reason: "this spreadsheet's storage for add-ons refused the record" };
  }
}

/** The person's last record of the sheet, with the keys it is stored under; null when there is none. */
export function loadUndo(sheet: Sheet): StoredUndo | null {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const head = headOf(sheet);
  const stored = undoRecords(all).find((r) => r.head === head);
  const first = stored ? undoHead(all[head]) : null;
  if (!stored || first === null || stored.keys.length !== first.parts) return null;
  const text =
    first.text +
    stored.keys
      .slice(1)
      .map((key) => all[key])
      .join("");
  const record = decodeRecord(text);
  const keptUnder = Object.fromEntries(stored.keys.map((key) => [key, all[key]]));
  return record === null ? null : { record, keptUnder };
}

export interface StoredUndo {
  record: UndoRecord;
  /** The properties the record is kept under, and what each holds: to put the record back as it was. */
  keptUnder: Record<string, string>;
}

/**
 * Runs `use` with the record forgotten, every part of it (one call per part): when a call fails, in the
 * forgetting or in `use`, the record is put back whole (one call), so Undo is still there to try again.
 */
export function spendUndo<T>({ keptUnder }: StoredUndo, use: () => T): T {
  const properties = PropertiesService.getDocumentProperties();
  try {
    for (const key of Object.keys(keptUnder)) properties.deleteProperty(key);
    return use();
  } catch (error) {
    properties.setProperties(keptUnder);
    throw error;
  }
}
