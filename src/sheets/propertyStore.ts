/**
 * The document properties the add-on keeps (each matrix's settings, charters, and each person's Undo record),
 * within Apps Script's 9 KB per value and 500 KB per store
 * (https://developers.google.com/apps-script/guides/services/quotas). Every save goes through saveFitting:
 * what belongs to deleted sheets goes first, then, when the store would overflow, the oldest Undo records
 * (the only thing that can be given up: a fix stays made without it), and what still does not fit is refused
 * before anything is written, in words, never with Apps Script's quota text.
 */
import { keySheetId, UNDO_PREFIX } from "../core/keys";

export const PROPERTY_VALUE_BYTES = 9 * 1024;
export const PROPERTY_STORE_BYTES = 500 * 1024;

type Properties = GoogleAppsScript.Properties.Properties;
type Stored = Record<string, string>;

/** UTF-8 length of a string, without Node's Buffer (not in Apps Script). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** What the store holds, counted as the quota counts it: keys and values. */
export const storeBytes = (all: Stored): number =>
  Object.entries(all).reduce((n, [key, value]) => n + utf8Bytes(key) + utf8Bytes(value), 0);

/** The head of an Undo record: how many parts it has and when it was saved, before the first part's text. */
export function undoHead(value: string): { parts: number; savedAt: number; text: string } | null {
  const [parts, savedAt] = value.split("|", 2).map(Number);
  if (!(parts >= 1) || !(savedAt >= 0)) return null;
  const start = value.indexOf("|", value.indexOf("|") + 1) + 1;
  return { parts, savedAt, text: value.slice(start) };
}

/** Every stored Undo record: its head key, all its parts' keys, and when it was saved. */
export function undoRecords(all: Stored): { head: string; keys: string[]; savedAt: number }[] {
  return Object.keys(all)
    .filter((key) => key.startsWith(UNDO_PREFIX) && undoHead(all[key]) !== null)
    .map((head) => {
      const { parts, savedAt } = undoHead(all[head]) ?? { parts: 1, savedAt: 0 };
      const keys = [head, ...Array.from({ length: parts - 1 }, (_, i) => `${head}.${i + 1}`)];
      return { head, keys: keys.filter((key) => key in all), savedAt };
    });
}

/**
 * Keys nothing will read again: the settings, charters and Undo records of sheets that are gone, Undo parts
 * whose head is gone, and records of an earlier version (one per sheet, no person). One call for the sheets,
 * one per sheet for its id.
 */
export function staleKeys(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, all: Stored): string[] {
  const live = new Set(spreadsheet.getSheets().map((sheet) => sheet.getSheetId()));
  const reachable = new Set(undoRecords(all).flatMap((record) => record.keys));
  return Object.keys(all).filter((key) => {
    const id = keySheetId(key);
    if (id === null) return false;
    if (!live.has(id)) return true;
    return key.startsWith(UNDO_PREFIX) && !reachable.has(key);
  });
}

/** Why a save was refused: the store is full of what cannot be given up. */
export class StoreFullError extends Error {}

/**
 * Deletes `stale`, then writes `entries` in one setProperties (a save lands whole or not at all). When they
 * would not fit, the oldest Undo records not in `keep` are deleted first; when they still would not fit,
 * nothing is written and StoreFullError says so.
 */
export function saveFitting(
  properties: Properties,
  all: Stored,
  entries: Stored,
  stale: readonly string[],
  keep: readonly string[] = [],
): void {
  const after = new Map(Object.entries(all));
  const gone = new Set(stale.filter((key) => after.has(key)));
  gone.forEach((key) => after.delete(key));
  Object.entries(entries).forEach(([key, value]) => after.set(key, value));
  let bytes = storeBytes(Object.fromEntries(after));
  const kept = new Set([...keep, ...Object.keys(entries)]);
  const oldest = undoRecords(Object.fromEntries(after))
    .filter((record) => !record.keys.some((key) => kept.has(key)))
    .sort((x, y) => x.savedAt - y.savedAt);
  for (const record of oldest) {
    if (bytes <= PROPERTY_STORE_BYTES) break;
    for (const key of record.keys) {
      bytes -= utf8Bytes(key) + utf8Bytes(after.get(key) ?? "");
      after.delete(key);
      gone.add(key);
    }
  }
  if (bytes > PROPERTY_STORE_BYTES) {
    throw new StoreFullError(
      `this spreadsheet's storage for add-ons is full (${Math.round(bytes / 1024)} KB of the 500 KB Apps Script ` +
        "allows): delete matrices you no longer need (their settings and charters go with them), or shorten " +
        "long charters",
    );
  }
  gone.forEach((key) => properties.deleteProperty(key));
  if (Object.keys(entries).length > 0) properties.setProperties(entries);
}

/**
 * Saves one matrix's `entries` and deletes its `removed` keys, in the one save of saveFitting, after pruning what
 * deleted sheets left. A refusal starts with `refusal` and says why in words.
 */
export function saveForSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  entries: Stored,
  removed: readonly string[],
  refusal: string,
): void {
  const properties = PropertiesService.getDocumentProperties();
  const all = properties.getProperties();
  try {
    saveFitting(properties, all, entries, [...staleKeys(sheet.getParent(), all), ...removed]);
  } catch (error) {
    const why =
      error instanceof StoreFullError
        ? error.message
        : "this spreadsheet's storage for add-ons is unavailable";
    throw new Error(`${refusal}: ${why}.`);
  }
}
