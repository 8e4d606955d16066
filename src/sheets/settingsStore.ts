/**
 * Each matrix's settings (its kind, owner pair, thresholds) live in the document properties, keyed by the
 * sheet's id, so every collaborator sees the same ones and they survive renaming or moving the sheet. A few hundred
 * bytes per matrix: far within the 9 KB per value and 500 KB per store quotas
 * (https://developers.google.com/apps-script/guides/services/quotas). A sheet without stored settings (copied
 * from another spreadsheet, say) gets the defaults; settings stored before kinds existed are a RACI matrix's.
 */
import { settingsKey } from "../core/keys";
import { DEFAULT_SETTINGS, validateSettings } from "../core/settings";
import type { MatrixSettings } from "../core/types";
import { saveForSheet } from "./propertyStore";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const key = (sheet: Sheet) => settingsKey(sheet.getSheetId());

/** True when the sheet has settings of its own: a matrix the first release made carries them. */
export function hasStoredSettings(sheet: Sheet): boolean {
  return PropertiesService.getDocumentProperties().getProperty(key(sheet)) !== null;
}

export function loadSettings(sheet: Sheet, roles: string[]): MatrixSettings {
  const stored = PropertiesService.getDocumentProperties().getProperty(key(sheet));
  if (stored !== null) {
    const parsed = parseJson(stored);
    const result = validateSettings(parsed, roles);
    if (result.ok) return result.value;
    // Stored settings may name a role that was renamed or removed since: keep the thresholds, drop the pair.
    const withoutPair = validateSettings({ ...(isObject(parsed) ? parsed : {}), ownerPair: null }, roles);
    if (withoutPair.ok) return withoutPair.value;
  }
  return defaultSettings(roles);
}

/**
 * Saves a matrix's settings in one write (saved whole or not at all), after pruning what belongs to sheets
 * that no longer exist; when the store is full, older Undo records give way (propertyStore.ts), and what
 * still does not fit is refused in words.
 */
export function saveSettings(sheet: Sheet, settings: MatrixSettings): void {
  saveForSheet(
    sheet,
    { [key(sheet)]: JSON.stringify(settings) },
    [],
    "The matrix's settings could not be saved, so nothing was changed",
  );
}

/** Deletes a sheet's stored settings (an adoption taken back). */
export function forgetSettings(sheet: Sheet): void {
  PropertiesService.getDocumentProperties().deleteProperty(key(sheet));
}

/**
 * The defaults, with the default owner pair only when both of its roles are in the matrix, under their names
 * or other titles (COO and CoS, Head of Operations and Chief of Staff…).
 */
export function defaultSettings(roles: string[]): MatrixSettings {
  const result = validateSettings(undefined, roles);
  return result.ok ? result.value : { ...DEFAULT_SETTINGS, ownerPair: null };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
