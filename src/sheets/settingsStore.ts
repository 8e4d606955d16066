/**
 * Each matrix's settings (its kind, owner pair, thresholds) live in the document properties, keyed by the sheet's id,
 * so every collaborator sees the same ones and they survive renaming or moving the sheet. A few hundred
 * bytes per matrix: far within the 9 KB per value and 500 KB per store quotas
 * (https://developers.google.com/apps-script/guides/services/quotas). A sheet without stored settings (copied
 * from another spreadsheet, say) gets the defaults; settings stored before kinds existed are a RACI matrix's.
 */
import { settingsKey, SETTINGS_PREFIX } from "../core/keys";
import { DEFAULT_SETTINGS, validateSettings } from "../core/settings";
import type { MatrixSettings } from "../core/types";

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
 * Saves a matrix's settings, after dropping the settings of sheets that no longer exist (deleted matrices
 * would otherwise fill the 500 KB store over time). One setProperty: saved whole or not at all; a full store
 * is reported in words.
 */
export function saveSettings(sheet: Sheet, settings: MatrixSettings): void {
  const properties = PropertiesService.getDocumentProperties();
  pruneSettings(sheet.getParent(), properties);
  try {
    properties.setProperty(key(sheet), JSON.stringify(settings));
  } catch (error) {
    throw new Error(
      "The matrix's settings could not be saved, so nothing was changed: this spreadsheet's storage for " +
        `add-ons is full or unavailable (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** Deletes a sheet's stored settings (an adoption taken back). */
export function forgetSettings(sheet: Sheet): void {
  PropertiesService.getDocumentProperties().deleteProperty(key(sheet));
}

/** Deletes the stored settings of sheets that are gone; returns how many. */
export function pruneSettings(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties = PropertiesService.getDocumentProperties(),
): number {
  const live = new Set(spreadsheet.getSheets().map((s) => settingsKey(s.getSheetId())));
  const stale = properties.getKeys().filter((k) => k.startsWith(SETTINGS_PREFIX) && !live.has(k));
  for (const k of stale) properties.deleteProperty(k);
  return stale.length;
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
