/**
 * Each matrix's own role charters live in the document properties under `raci.charters.<sheetId>`, so every
 * collaborator sees the same ones and they survive renaming or moving the sheet. One value per matrix, written
 * in one call: a save either lands whole or not at all, and it must fit Apps Script's 9 KB per value.
 */
import { ErrorList } from "../core/fieldErrors";
import { chartersKey } from "../core/keys";
import { normalizeName } from "../core/names";
import { readCharterLines, type CharterMap } from "../core/suggest/charterInput";
import { PROPERTY_VALUE_BYTES, saveForSheet, utf8Bytes } from "./propertyStore";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const key = (sheet: Sheet) => chartersKey(sheet.getSheetId());

/** Stored as [role, lines] pairs, not an object, so a role named "__proto__" is data like any other. */
type Stored = [string, string[]][];

/** The matrix's own charters, keyed by normalised role name. Unreadable entries are ignored, never fatal. */
export function loadCharters(sheet: Sheet): CharterMap {
  const charters: CharterMap = new Map();
  const text = PropertiesService.getDocumentProperties().getProperty(key(sheet));
  if (text === null) return charters;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return charters;
  }
  if (!Array.isArray(parsed)) return charters;
  for (const entry of parsed) {
    if (!Array.isArray(entry) || typeof entry[0] !== "string") continue;
    const lines = readCharterLines(entry[1], "charter", new ErrorList("charter"));
    if (lines !== undefined) charters.set(normalizeName(entry[0]), lines);
  }
  return charters;
}

/** The stored text for these charters, or an Error message when it would not fit. */
export function serialiseCharters(
  charters: ReadonlyMap<string, readonly string[]>,
  names: ReadonlyMap<string, string>,
): string {
  const stored: Stored = [...charters].map(([role, lines]) => [names.get(role) ?? role, [...lines]]);
  const text = JSON.stringify(stored);
  const bytes = utf8Bytes(text);
  if (bytes > PROPERTY_VALUE_BYTES) {
    throw new Error(
      `These charters would take ${(bytes / 1024).toFixed(1)} KB; Apps Script stores at most 9 KB per matrix. ` +
        "Shorten some lines; nothing was saved.",
    );
  }
  return text;
}

/**
 * Replaces the matrix's charters in one write (an empty map removes the property), after pruning what belongs
 * to deleted sheets; when the store is full, older Undo records give way, and what still does not fit is
 * refused in words (propertyStore.ts).
 */
export function storeCharters(sheet: Sheet, text: string | null): void {
  const empty = text === null || text === "[]";
  const entries = empty ? {} : { [key(sheet)]: text };
  saveForSheet(sheet, entries, empty ? [key(sheet)] : [], "The charters were not saved");
}
