/**
 * The names by which the add-on knows its own things in a spreadsheet, in one place: change one here and
 * every writer and every reader changes with it (a second spelling would leave the add-on blind to what it
 * made before). docs/architecture.md "What the add-on owns in a spreadsheet" says what each marks.
 */

/** The product's name: the menu's and dialogs' title, and the mark in every protection and log line it makes. */
export const PRODUCT_NAME = "RACI Matrix for Sheets";

/** Every document property, user property and developer metadata key the add-on writes starts with this. */
export const KEY_PREFIX = "raci.";

/** Document property of a matrix's settings (owner pair, thresholds), by sheet id. */
export const SETTINGS_PREFIX = `${KEY_PREFIX}settings.`;
export const settingsKey = (sheetId: number): string => `${SETTINGS_PREFIX}${sheetId}`;

/** Document property of a matrix's own role charters, by sheet id. */
export const CHARTERS_PREFIX = `${KEY_PREFIX}charters.`;
export const chartersKey = (sheetId: number): string => `${CHARTERS_PREFIX}${sheetId}`;

/** Document property of the spreadsheet's glossary: the company's words, each given to a role (glossary.ts). */
export const GLOSSARY_KEY = `${KEY_PREFIX}glossary`;

/**
 * Document property of one person's last fix or conversion on a matrix, for Undo, by sheet id and the
 * person's key (its later parts add ".1", ".2"…). A key of an earlier version had no person: "raci.undo.<id>".
 */
export const UNDO_PREFIX = `${KEY_PREFIX}undo.`;
export const undoKey = (sheetId: number, person: string): string => `${UNDO_PREFIX}${sheetId}.${person}`;

/** The sheet id a settings, charters or Undo key belongs to, or null for any other key. */
export function keySheetId(key: string): number | null {
  const prefix = [SETTINGS_PREFIX, CHARTERS_PREFIX, UNDO_PREFIX].find((p) => key.startsWith(p));
  if (prefix === undefined) return null;
  const id = Number(key.slice(prefix.length).split(".")[0]);
  return Number.isInteger(id) ? id : null;
}

/** User property: the panel the sidebar opens on, set by the menu, read once by the sidebar. */
export const SIDEBAR_VIEW_KEY = `${KEY_PREFIX}sidebarView`;

/** Sheet developer metadata: the sheet is a matrix of the add-on; its value says how it came to be. */
export const MATRIX_KEY = `${KEY_PREFIX}matrix`;

/**
 * Sheet developer metadata beside the mark of a RASCI or DACI matrix: its kind, so onEdit reads it with the mark
 * rather than from the settings (which stay the kind's record). A RACI matrix has none, and pays no call for it.
 */
export const KIND_KEY = `${KEY_PREFIX}kind`;

/**
 * Sheet developer metadata: the sheet is the add-on's overview of every matrix; its value (JSON) the extent of
 * the table it wrote and a fingerprint of what that table says, so a refresh writes only when it changed.
 */
export const OVERVIEW_KEY = `${KEY_PREFIX}overview`;

/**
 * Sheet developer metadata: the sheet is the add-on's printable offsite pack of one matrix; its value (JSON) the
 * matrix's sheet id and the extent of the table it wrote, so the pack is rewritten in place.
 */
export const OFFSITE_KEY = `${KEY_PREFIX}offsite`;

/** Sheet developer metadata: a matrix still being built, with the time it was started. */
export const BUILDING_KEY = `${KEY_PREFIX}building`;

/** Property and metadata key the self-check writes and removes at once. */
export const SELF_CHECK_KEY = `${KEY_PREFIX}selfcheck`;

/** The hidden sheet shared by every matrix of the spreadsheet, one row per change. */
export const LOG_SHEET_NAME = "RACI change log";
