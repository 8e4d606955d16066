/**
 * ScriptApp (enums), Logger and Utilities — local helpers in Apps Script, not counted as service calls.
 * Utilities.formatDate follows Java's SimpleDateFormat patterns, as the reference says.
 */
import { DAYS, MONTHS } from "./format";
import { AuthMode, TriggerSource } from "./enums";
import type { Kernel } from "./kernel";
import { isDate, wallClockMs } from "./values";

export function scriptApp(): Record<string, unknown> {
  return {
    AuthMode,
    TriggerSource,
    getScriptId: () => "emulator-script-id",
  };
}

function substitute(template: string, values: unknown[]): string {
  let i = 0;
  return template.replace(/%[sdif]/g, (m) => (i < values.length ? String(values[i++]) : m));
}

export function logger(k: Kernel): Record<string, unknown> {
  const self: Record<string, unknown> = {
    log: (data: unknown, ...values: unknown[]) => {
      k.logs.push(values.length > 0 ? substitute(String(data), values) : String(data));
      return self;
    },
    getLog: () => k.logs.join("\n"),
    clear: () => {
      k.logs.length = 0;
    },
  };
  return self;
}

function offsetText(ms: number, timeZone: string, colon: boolean): string {
  const minutes = Math.round((wallClockMs(ms, timeZone) - ms) / 60000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${sign}${hh}${colon ? ":" : ""}${mm}`;
}

/** Utilities.formatDate(date, timeZone, format) with SimpleDateFormat letters (y M d E H h m s S a Z X z). */
export function formatDate(date: Date, timeZone: string, format: string): string {
  const ms = date.getTime();
  const d = new Date(wallClockMs(ms, timeZone));
  const tokens = format.match(/'[^']*'|([A-Za-z])\1*|[^A-Za-z']+/g) ?? [];
  return tokens
    .map((tok) => {
      if (tok.startsWith("'")) return tok.length === 2 ? "'" : tok.slice(1, -1);
      const n = tok.length;
      const padded = (v: number): string => String(v).padStart(n, "0");
      switch (tok[0]) {
        case "y":
          return n === 2 ? String(d.getUTCFullYear()).slice(-2) : padded(d.getUTCFullYear());
        case "M":
          if (n >= 4) return MONTHS[d.getUTCMonth()] ?? "";
          if (n === 3) return (MONTHS[d.getUTCMonth()] ?? "").slice(0, 3);
          return padded(d.getUTCMonth() + 1);
        case "d":
          return padded(d.getUTCDate());
        case "E":
          return n >= 4 ? (DAYS[d.getUTCDay()] ?? "") : (DAYS[d.getUTCDay()] ?? "").slice(0, 3);
        case "H":
          return padded(d.getUTCHours());
        case "h":
          return padded(d.getUTCHours() % 12 || 12);
        case "m":
          return padded(d.getUTCMinutes());
        case "s":
          return padded(d.getUTCSeconds());
        case "S":
          return String(d.getUTCMilliseconds()).padStart(3, "0").slice(0, Math.max(n, 3));
        case "a":
          return d.getUTCHours() < 12 ? "AM" : "PM";
        case "Z":
          return offsetText(ms, timeZone, false);
        case "X":
          return offsetText(ms, timeZone, true);
        case "z":
          return timeZone;
        default:
          return tok;
      }
    })
    .join("");
}

export function utilities(k: Kernel): Record<string, unknown> {
  let uuidSeq = 0;
  return {
    formatDate: (date: unknown, timeZone: unknown, format: unknown) => {
      if (!isDate(date)) throw new k.realm.Error("Utilities.formatDate expects a Date");
      return formatDate(date, String(timeZone), String(format));
    },
    formatString: (template: unknown, ...args: unknown[]) => substitute(String(template), args),
    /** The emulator does not wait. */
    sleep: (_milliseconds: unknown) => undefined,
    getUuid: () => {
      uuidSeq++;
      const hex = uuidSeq.toString(16).padStart(12, "0");
      return `00000000-0000-4000-8000-${hex}`;
    },
    base64Encode: (data: unknown) => Buffer.from(String(data), "utf8").toString("base64"),
    base64Decode: (encoded: unknown) => [...Buffer.from(String(encoded), "base64")],
  };
}
