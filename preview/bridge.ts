/**
 * The server half of google.script.run: runs one of the bundle's global functions by name, JSON in and
 * JSON out, with the rules Apps Script applies to calls from an HTML page
 * (https://developers.google.com/apps-script/guides/html/reference/run):
 * - only top-level functions can be called, and names ending with "_" are private and refused;
 * - parameters and return values are plain data (primitives, arrays, plain objects): a Date, a function
 *   or a class instance is refused here rather than silently mangled, so the add-on's bugs show up in
 *   the preview and the browser tests;
 * - an exception becomes a failure carrying its message, which the page's failure handler receives.
 * The function name is only ever used as a key into the bundle's functions, never evaluated.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HttpError, isRecord, readJson, sendError, sendJson } from "./http";

export type RunResult = { ok: true; value: unknown } | { ok: false; error: string };

/** The bundle as loadBundle returns it: its top-level names. Non-functions are ignored. */
export type BundleFunctions = Readonly<Record<string, unknown>>;

export interface Bridge {
  /** The names a page may call, sorted: the bundle's functions minus the private ones. */
  readonly functions: readonly string[];
  /** Runs `functionName(...args)` like google.script.run does. Never rejects. */
  run(functionName: string, args?: unknown): Promise<RunResult>;
  /** Handles `POST /api/run` with a JSON body `{ fn, args }`; replies with a RunResult as JSON. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

export interface BridgeOptions {
  /** Called after every call that reached the bundle (succeeded or failed), e.g. to save the workbook. */
  afterRun?: (functionName: string, result: RunResult) => void;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Why `functionName` cannot be called, or null when it can. */
export function refusalReason(bundle: BundleFunctions, functionName: unknown): string | null {
  if (typeof functionName !== "string" || !IDENTIFIER.test(functionName)) {
    return "The function name must be a plain identifier.";
  }
  if (functionName.endsWith("_")) {
    return `${functionName} is private (its name ends with "_"), so google.script.run cannot call it.`;
  }
  if (
    !Object.prototype.hasOwnProperty.call(bundle, functionName) ||
    typeof bundle[functionName] !== "function"
  ) {
    return `Script function not found: ${functionName}`;
  }
  return null;
}

/**
 * Where `value` stops being plain data, as a path such as "result.rows[2].date (a Date)", or null when it
 * is plain data. Objects from the bundle come from another realm (node:vm), so plain objects are
 * recognised by their prototype chain rather than with instanceof.
 */
export function nonJsonPart(value: unknown, path: string): string | null {
  return findNonJson(value, path, new Set());
}

function findNonJson(value: unknown, path: string, ancestors: Set<object>): string | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "boolean":
      return null;
    case "number":
      return Number.isFinite(value) ? null : `${path} (${String(value)})`;
    case "object":
      break;
    default:
      return `${path} (a ${typeof value})`;
  }
  if (ancestors.has(value)) return `${path} (a circular reference)`;
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = findNonJson(value[i], `${path}[${i}]`, ancestors);
        if (found) return found;
      }
      return null;
    }
    if (!isPlainObject(value)) return `${path} (${describeObject(value)})`;
    for (const [key, item] of Object.entries(value)) {
      const found = findNonJson(item, `${path}.${key}`, ancestors);
      if (found) return found;
    }
    return null;
  } finally {
    ancestors.delete(value);
  }
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return (
    proto === null ||
    (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === "[object Object]")
  );
}

function describeObject(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag !== "Object") return `a ${tag}`;
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name !== "" ? `an instance of ${name}` : "an object with a prototype";
}

/** The message of anything thrown, including Errors created in the bundle's own realm. */
export function messageOf(thrown: unknown): string {
  if (isRecord(thrown) || thrown instanceof Error) {
    const message = (thrown as { message?: unknown }).message;
    if (typeof message === "string") return message;
  }
  return String(thrown);
}

/**
 * A bridge to `bundle` (loadBundle's result). The emulator argument is kept for the documented call shape;
 * nothing here needs it, since loadBundle already runs each call as one Apps Script execution (locks a
 * function forgot to release are released when it returns).
 */
export function createBridge(
  _emulator: unknown,
  bundle: BundleFunctions,
  options: BridgeOptions = {},
): Bridge {
  const functions = Object.keys(bundle)
    .filter((name) => refusalReason(bundle, name) === null)
    .sort();

  const run = async (functionName: string, args: unknown = []): Promise<RunResult> => {
    const refused = refusalReason(bundle, functionName);
    if (refused) return { ok: false, error: refused };
    if (!Array.isArray(args)) return { ok: false, error: "args must be an array." };
    const badArg = nonJsonPart(args, "args");
    if (badArg) return { ok: false, error: `${functionName}: google.script.run cannot pass ${badArg}.` };
    // A copy, as a network round trip would make: the bundle never shares objects with the caller.
    const copied = JSON.parse(JSON.stringify(args)) as unknown[];
    const fn = bundle[functionName] as (...params: unknown[]) => unknown;
    let result: RunResult;
    try {
      const value = fn(...copied);
      const badValue = nonJsonPart(value, "result");
      result = badValue
        ? {
            ok: false,
            error: `${functionName} returned a value google.script.run cannot carry: ${badValue}.`,
          }
        : {
            ok: true,
            value: value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown),
          };
    } catch (thrown) {
      result = { ok: false, error: messageOf(thrown) };
    }
    options.afterRun?.(functionName, result);
    return result;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const { fn, args } = parseRunRequest(await readJson(req));
      sendJson(res, 200, await run(fn, args));
    } catch (error) {
      sendError(res, error);
    }
  };

  return { functions, run, handle };
}

/** Checks the shape of a `POST /api/run` body. */
export function parseRunRequest(body: unknown): { fn: string; args: unknown[] } {
  if (!isRecord(body) || typeof body.fn !== "string")
    throw new HttpError(400, 'Send { "fn": name, "args": [...] }.');
  const args = body.args ?? [];
  if (!Array.isArray(args)) throw new HttpError(400, "args must be an array.");
  return { fn: body.fn, args };
}
