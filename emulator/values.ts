/**
 * What a write stores. Apps Script's Range.setValue/setValues parse strings the way Sheets parses typed
 * input (the same rules as the Sheets API's USER_ENTERED input option: "values will be parsed as if the
 * user typed them into the UI"), so script writes and editAsUser share this parser:
 * - "=..." becomes a formula;
 * - a leading apostrophe stores the rest as literal text ("'=1+1" is the text "=1+1", "'+1" the text "+1");
 * - numeric-looking strings ("12", "+1", "-3.5", "1e3", "1,000") become numbers, "50%" becomes 0.5
 *   formatted "0%", "TRUE"/"FALSE" (any case) become booleans, "2024-01-31" becomes a date;
 * - when the cell's number format is plain text "@", the string is stored as typed, with no parsing at all
 *   (Sheets' Format > Number > Plain text: a typed "=1+1" stays the text "=1+1", "007" keeps its zeros).
 *   The emulator applies this to script writes as well.
 * Numbers, booleans and Dates written as such keep their type; null/undefined/"" clear the cell.
 */
export type Scalar = string | number | boolean;

export interface CellInput {
  value?: Scalar;
  formula?: string;
  /** A number format the input implies (a date or a percentage), applied only if the cell has none. */
  impliedFormat?: string;
}

export const TEXT_FORMAT = "@";
/** What Range.getNumberFormat returns for a cell with the automatic format. */
export const DEFAULT_NUMBER_FORMAT = "0.###############";
export const DATE_TIME_FORMAT = "M/d/yyyy H:mm:ss";
export const ISO_DATE_FORMAT = "yyyy-mm-dd";

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PERCENT = /^([+-]?(?:\d+(?:\.(\d*))?|\.(\d+)))\s*%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === "[object Date]";
}

/** Parses a string as Sheets parses typed input. `format` is the cell's current number format. */
export function parseTyped(s: string, format: string | undefined): CellInput {
  if (s === "") return {};
  if (format === TEXT_FORMAT) return { value: s };
  const first = s.charCodeAt(0);
  if (first === 61 /* = */ && s.length > 1) return { formula: s };
  if (first === 39 /* ' */) return s.length > 1 ? { value: s.slice(1) } : {};
  // fast path: most text starts with a letter other than t/f and is not a number or date
  const t = s.trim();
  const c = t.charCodeAt(0);
  const maybeSpecial = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || /^[tTfF]/.test(t);
  if (!maybeSpecial) return { value: s };
  if (NUMBER.test(t)) return { value: Number(t) };
  if (GROUPED.test(t)) return { value: Number(t.replace(/,/g, "")) };
  const pct = PERCENT.exec(t);
  if (pct) {
    const decimals = (pct[2] ?? pct[3] ?? "").length;
    return { value: Number(pct[1]) / 100, impliedFormat: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%" };
  }
  const upper = t.toUpperCase();
  if (upper === "TRUE") return { value: true };
  if (upper === "FALSE") return { value: false };
  const iso = ISO_DATE.exec(t);
  if (iso) {
    const ms = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
    if (!Number.isNaN(ms)) return { value: msToSerial(ms), impliedFormat: ISO_DATE_FORMAT };
  }
  return { value: s };
}

/** Converts any value a script passes to setValue/setValues into what the cell stores. */
export function parseWritten(v: unknown, format: string | undefined, timeZone: string): CellInput {
  if (v === null || v === undefined) return {};
  if (typeof v === "string") return parseTyped(v, format);
  if (typeof v === "number") return Number.isFinite(v) ? { value: v } : { value: String(v) };
  if (typeof v === "boolean") return { value: v };
  if (isDate(v)) {
    const ms = v.getTime();
    if (Number.isNaN(ms)) return { value: "Invalid Date" };
    return { value: msToSerial(wallClockMs(ms, timeZone)), impliedFormat: DATE_TIME_FORMAT };
  }
  return { value: String(v) };
}

// Sheets' date serial: days since 1899-12-30 (1970-01-01 is 25569).
const SERIAL_EPOCH_DAYS = 25569;
const DAY_MS = 86400000;

export function msToSerial(utcWallMs: number): number {
  return utcWallMs / DAY_MS + SERIAL_EPOCH_DAYS;
}

export function serialToWallMs(serial: number): number {
  return Math.round((serial - SERIAL_EPOCH_DAYS) * DAY_MS);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time of instant `ms` in `timeZone`, expressed as if it were UTC milliseconds. */
export function wallClockMs(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall + (((ms % 1000) + 1000) % 1000);
}

/** The instant whose wall-clock time in `timeZone` is `wallMs` (inverse of wallClockMs). */
export function instantFromWallMs(wallMs: number, timeZone: string): number {
  let guess = wallMs;
  for (let i = 0; i < 3; i++) {
    const offset = wallClockMs(guess, timeZone) - guess;
    guess = wallMs - offset;
  }
  return guess;
}

/** True for number formats that display dates or times (getValues then returns Date objects). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === TEXT_FORMAT) return false;
  const unquoted = format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return /[yd]|h|s|am\/pm/i.test(unquoted) && !/^[#0.,%]+$/.test(unquoted);
}
