/**
 * Display formatting: how a stored value looks under a number format (Range.getDisplayValues), and colour
 * normalisation (Range.getBackground returns lower-case "#rrggbb", e.g. "#ff0000" after setBackground("red")).
 */
import { DEFAULT_NUMBER_FORMAT, TEXT_FORMAT, isDateFormat, serialToWallMs } from "./values";

export type DisplayInput = string | number | boolean | null;

export function formatDisplay(value: DisplayInput, format: string | undefined): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumber(value, format);
}

export function formatNumber(n: number, format: string | undefined): string {
  if (!format || format === DEFAULT_NUMBER_FORMAT || format === TEXT_FORMAT || /^general$/i.test(format)) {
    return generalNumber(n);
  }
  if (isDateFormat(format)) return formatDateSerial(n, format);
  const sections = format.split(";");
  let section = sections[0] ?? "";
  let value = n;
  let sign = n < 0 ? "-" : "";
  if (n < 0 && sections[1] !== undefined) {
    section = sections[1];
    value = -n;
    sign = "";
  } else if (n === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  return sign + applyNumericSection(Math.abs(value), section);
}

/** Sheets' automatic format: integers in full, fractions to at most 10 decimal places, huge/tiny in E notation. */
export function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (Math.abs(n) >= 1e15 || (n !== 0 && Math.abs(n) < 1e-9)) {
    const [mantissa = "0", exponent = "0"] = n.toExponential(5).split("e");
    const e = Number(exponent);
    return `${Number(mantissa)}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return String(Number(n.toFixed(10)));
}

function applyNumericSection(n: number, section: string): string {
  // split literals ("text" and \x) from the pattern
  let pattern = "";
  const literals: string[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section.charAt(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literals.push(section.slice(i + 1, end < 0 ? undefined : end));
      pattern += `\uE000${literals.length - 1}\uE000`;
      i = end < 0 ? section.length : end;
    } else if (ch === "\\" && i + 1 < section.length) {
      literals.push(section.charAt(i + 1));
      pattern += `\uE000${literals.length - 1}\uE000`;
      i++;
    } else if (ch === "_" || ch === "*") {
      i++; // padding directives: ignored
    } else {
      pattern += ch;
    }
  }
  const numeric = /[#0?][#0?,]*(?:\.[#0?]*)?|\.[#0?]+/.exec(pattern);
  const restore = (s: string): string =>
    s.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => literals[Number(i)] ?? "");
  if (!numeric) return restore(pattern);
  const prefix = pattern.slice(0, numeric.index);
  const suffix = pattern.slice(numeric.index + numeric[0].length);
  let value = n;
  const percentCount = (prefix + suffix).split("%").length - 1;
  for (let i = 0; i < percentCount; i++) value *= 100;
  const [intPart = "", fracPart = ""] = numeric[0].split(".");
  const maxDecimals = fracPart.length;
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const minInt = (intPart.match(/0/g) ?? []).length;
  const grouping = intPart.includes(",");
  let text = value.toFixed(maxDecimals);
  let [whole = "0", frac = ""] = text.split(".");
  while (frac.length > minDecimals && frac.endsWith("0")) frac = frac.slice(0, -1);
  if (whole === "0" && minInt === 0) whole = "";
  while (whole.length < minInt) whole = "0" + whole;
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  text = frac.length > 0 ? `${whole}.${frac}` : whole;
  return restore(prefix) + text + restore(suffix);
}

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Formats a date serial with a Sheets date pattern (yyyy, mm, m, dd, d, mmm, hh, h, ss, am/pm). */
export function formatDateSerial(serial: number, format: string): string {
  const d = new Date(serialToWallMs(serial));
  const tokens = format.match(/"[^"]*"|\\.|am\/pm|a\/p|y+|m+|d+|h+|s+|[^ymdhsa"\\]+|./gi) ?? [];
  const hasAmPm = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  const out: string[] = [];
  tokens.forEach((tok, i) => {
    const lower = tok.toLowerCase();
    const prev = tokens
      .slice(0, i)
      .reverse()
      .find((t) => /^[hms]/i.test(t));
    const next = tokens.slice(i + 1).find((t) => /^[ymdhs]/i.test(t));
    const hours = d.getUTCHours();
    if (tok.startsWith('"')) out.push(tok.slice(1, -1));
    else if (tok.startsWith("\\")) out.push(tok.slice(1));
    else if (lower === "am/pm") out.push(hours < 12 ? "AM" : "PM");
    else if (lower === "a/p") out.push(hours < 12 ? "A" : "P");
    else if (lower.startsWith("y")) {
      const y = String(d.getUTCFullYear());
      out.push(lower.length <= 2 ? y.slice(-2) : y);
    } else if (lower.startsWith("m")) {
      const isMinute =
        lower.length <= 2 && ((prev?.toLowerCase().startsWith("h") ?? false) || /^s/i.test(next ?? ""));
      if (isMinute) out.push(pad(d.getUTCMinutes(), lower.length));
      else if (lower.length >= 4) out.push(MONTHS[d.getUTCMonth()] ?? "");
      else if (lower.length === 3) out.push((MONTHS[d.getUTCMonth()] ?? "").slice(0, 3));
      else out.push(pad(d.getUTCMonth() + 1, lower.length));
    } else if (lower.startsWith("d")) {
      if (lower.length >= 4) out.push(DAYS[d.getUTCDay()] ?? "");
      else if (lower.length === 3) out.push((DAYS[d.getUTCDay()] ?? "").slice(0, 3));
      else out.push(pad(d.getUTCDate(), lower.length));
    } else if (lower.startsWith("h")) {
      const h = hasAmPm ? hours % 12 || 12 : hours;
      out.push(pad(h, lower.length));
    } else if (lower.startsWith("s")) out.push(pad(d.getUTCSeconds(), lower.length));
    else out.push(tok);
  });
  return out.join("");
}

function pad(n: number, width: number): string {
  return String(n).padStart(Math.min(width, 2), "0");
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  lime: "#00ff00",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#c0c0c0",
  cyan: "#00ffff",
  magenta: "#ff00ff",
  pink: "#ffc0cb",
  brown: "#a52a2a",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
};

/** "#ABC" → "#aabbcc", "red" → "#ff0000"; returns undefined for null/"" (reset to default). */
export function normalizeColor(input: unknown): string | undefined {
  if (input === null || input === undefined || input === "") return undefined;
  const s = String(input).trim().toLowerCase();
  const named = NAMED_COLORS[s];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return s;
}
