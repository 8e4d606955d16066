/**
 * Browser side of google.script.run and google.script.host, for HTML served outside Apps Script (the
 * local preview and the sidebar's browser tests). It follows the client-side reference
 * (https://developers.google.com/apps-script/guides/html/reference/run and …/reference/host):
 * - google.script.run is a runner; withSuccessHandler, withFailureHandler and withUserObject each return
 *   a new runner with that setting added, so a configured runner can be kept and reused;
 * - calling a server function returns nothing; its result goes to the success handler, or an Error with
 *   the server's message to the failure handler, each with the user object as second argument; with no
 *   failure handler the failure is logged to the console;
 * - parameters are copied as plain data: Dates, functions, DOM elements other than a form (which must be
 *   the only parameter) and circular objects make the call fail; undefined inside arrays becomes null.
 * Built by preview/shim.ts with esbuild; `__GAS_SHIM_CONFIG__` is replaced at build time.
 */

interface ShimConfig {
  /** Where calls are POSTed as `{ fn, args }`. */
  endpoint: string;
  /** The server functions a page may call (the bundle's public globals). */
  functions: string[];
}

declare const __GAS_SHIM_CONFIG__: ShimConfig;

type Handler = (valueOrError: unknown, userObject: unknown) => void;

interface RunnerSettings {
  success: Handler | null;
  failure: Handler | null;
  userObject: unknown;
}

type RunResult = { ok: true; value?: unknown } | { ok: false; error: string };

const config = __GAS_SHIM_CONFIG__;

/** The preview page passes its client id in the query so the server can tell windows apart. */
const client = new URLSearchParams(window.location.search).get("client");

function later(fn: () => void): void {
  // Handlers run in a task of their own, as after a network reply: a throwing handler is an ordinary
  // uncaught error, not a rejected promise inside the shim.
  setTimeout(fn, 0);
}

class IllegalArgument extends Error {}

/** A copy of `value` as google.script.run would send it, or an IllegalArgument naming the bad part. */
function toWire(value: unknown, path: string, ancestors: Set<object>, inArray: boolean): unknown {
  if (value === undefined) return inArray ? null : undefined;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "object")
    throw new IllegalArgument(`Failed due to illegal value in property: ${path}`);
  if (value instanceof Date || value instanceof Node) {
    throw new IllegalArgument(`Failed due to illegal value in property: ${path}`);
  }
  if (ancestors.has(value))
    throw new IllegalArgument(`Failed due to a circular reference in property: ${path}`);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item, i) => toWire(item, `${path}.${i}`, ancestors, true));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const wired = toWire(item, path === "" ? key : `${path}.${key}`, ancestors, false);
      if (wired !== undefined) out[key] = wired;
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}

/** A form element becomes an object of its named fields (several values for one name become an array). */
function formToObject(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const add = (name: string, value: string): void => {
    const previous = out[name];
    if (previous === undefined) out[name] = value;
    else out[name] = Array.isArray(previous) ? [...(previous as unknown[]), value] : [previous, value];
  };
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLSelectElement) {
      if (element.name === "" || element.disabled) continue;
      for (const option of Array.from(element.selectedOptions)) add(element.name, option.value);
    } else if (element instanceof HTMLInputElement) {
      if (element.name === "" || element.disabled || element.type === "submit" || element.type === "button")
        continue;
      if ((element.type === "checkbox" || element.type === "radio") && !element.checked) continue;
      if (element.type === "file") {
        for (const file of Array.from(element.files ?? [])) add(element.name, file.name);
        continue;
      }
      add(element.name, element.value);
    } else if (element instanceof HTMLTextAreaElement) {
      if (element.name !== "" && !element.disabled) add(element.name, element.value);
    }
  }
  return out;
}

function encodeArgs(args: unknown[]): unknown[] {
  if (args.length === 1 && args[0] instanceof HTMLFormElement) return [formToObject(args[0])];
  return args.map((arg, i) => toWire(arg, String(i), new Set(), true));
}

async function post(fn: string, args: unknown[]): Promise<RunResult> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (client) headers["X-Preview-Client"] = client;
  let response: Response;
  try {
    response = await fetch(config.endpoint, { method: "POST", headers, body: JSON.stringify({ fn, args }) });
  } catch {
    return { ok: false, error: "NetworkError: Connection failure due to HTTP 0" };
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.ok && typeof body === "object" && body !== null && "ok" in body) return body as RunResult;
  const message =
    typeof body === "object" && body !== null && "error" in body
      ? String(body.error)
      : `HTTP ${response.status}`;
  return { ok: false, error: message };
}

function call(fn: string, rawArgs: unknown[], settings: RunnerSettings): void {
  const fail = (message: string): void => {
    const error = new Error(message);
    if (settings.failure) {
      const handler = settings.failure;
      later(() => handler(error, settings.userObject));
    } else {
      console.error(error);
    }
  };
  let args: unknown[];
  try {
    args = encodeArgs(rawArgs);
  } catch (error) {
    if (!(error instanceof IllegalArgument)) throw error;
    fail(error.message);
    return;
  }
  void post(fn, args).then((result) => {
    if (!result.ok) {
      fail(result.error);
      return;
    }
    const handler = settings.success;
    if (handler) later(() => handler(result.value, settings.userObject));
  });
}

function checkHandler(method: string, handler: unknown): Handler | null {
  if (handler === null || handler === undefined) return null;
  if (typeof handler !== "function") throw new TypeError(`google.script.run.${method} expects a function.`);
  return handler as Handler;
}

type Runner = Record<string, unknown>;

function makeRunner(settings: RunnerSettings): Runner {
  const runner: Runner = {
    withSuccessHandler: (handler: unknown) =>
      makeRunner({ ...settings, success: checkHandler("withSuccessHandler", handler) }),
    withFailureHandler: (handler: unknown) =>
      makeRunner({ ...settings, failure: checkHandler("withFailureHandler", handler) }),
    withUserObject: (userObject: unknown) => makeRunner({ ...settings, userObject }),
  };
  for (const fn of config.functions) {
    runner[fn] = (...args: unknown[]): void => call(fn, args, settings);
  }
  return Object.freeze(runner);
}

/** Tells the embedding page (the preview) about host requests; also observable as a window event. */
function notifyHost(action: "close" | "focus-editor"): void {
  window.dispatchEvent(new CustomEvent("google-script-host", { detail: { action } }));
  if (window.parent !== window)
    window.parent.postMessage({ source: "gas-shim", action }, window.location.origin);
}

const host = Object.freeze({
  origin: window.location.origin,
  close: (): void => notifyHost("close"),
  setHeight: (_height: number): void => undefined,
  setWidth: (_width: number): void => undefined,
  editor: Object.freeze({ focus: (): void => notifyHost("focus-editor") }),
});

const script = Object.freeze({
  run: makeRunner({ success: null, failure: null, userObject: undefined }),
  host,
});
Object.defineProperty(window, "google", { value: Object.freeze({ script }), configurable: true });

export {};
