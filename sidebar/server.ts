/**
 * The typed client of the server: one promise per google.script.run call, its argument and result types
 * taken from ServerApi (src/core/api.ts), which the server's exports are checked against, so a renamed or
 * re-typed server function breaks the build.
 */
import type { ServerApi } from "../src/core/api";
import type { Status } from "./status";

type Api = ServerApi;

/** Every server function as a promise-returning function with the same parameters. */
export type Client = {
  [K in keyof Api]: Api[K] extends (...args: never[]) => unknown
    ? (...args: Parameters<Api[K]>) => Promise<ReturnType<Api[K]>>
    : never;
};

export type ServerName = keyof Api;

/** Sends one call and settles with its result; google.script.run in Apps Script, a fake in tests. */
export type Transport = (name: string, args: unknown[]) => Promise<unknown>;

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

function scriptRunner(): ScriptRunner | undefined {
  const host = globalThis as { google?: { script?: { run?: ScriptRunner } } };
  return host.google?.script?.run;
}

/** google.script.run, as a Transport. */
export const scriptRun: Transport = (name, args) =>
  new Promise((resolve, reject) => {
    const runner = scriptRunner();
    if (!runner) {
      reject(
        new Error(
          "The add-on's server cannot be reached (google.script.run is missing). Reopen the sidebar.",
        ),
      );
      return;
    }
    const bound = runner.withSuccessHandler(resolve).withFailureHandler(reject) as unknown as Record<
      string,
      unknown
    >;
    const fn = bound[name];
    if (typeof fn !== "function") {
      reject(
        new Error(`The server has no function "${name}". Reload the sidebar after updating the add-on.`),
      );
      return;
    }
    fn.apply(bound, args);
  });

/** The text a person can act on, from whatever a failure handler received. */
export function errorMessage(error: unknown): string {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === "object" && error !== null && "message" in error && typeof error.message === "string"
        ? error.message
        : String(error);
  // Apps Script sometimes prefixes the class name; it means nothing to the person reading it.
  const text = raw.replace(/^(Error|Exception|ScriptError):\s*/, "").trim();
  return text || "Something went wrong, and the server did not say what.";
}

export interface ClientOptions {
  /** When false, failures are not shown in the alert region: the caller shows them where they belong. */
  reportErrors?: boolean;
  /**
   * When false, the call runs in the background: no busy bar, and the panels' buttons stay usable. For reads
   * whose answer redraws nothing a click could act on, so that a click while they run is not lost.
   */
  busy?: boolean;
}

/** A client whose every call shows progress, and (unless told otherwise) the error when it fails. */
export function createClient(transport: Transport, status: Status, options: ClientOptions = {}): Client {
  const report = options.reportErrors ?? true;
  const busy = options.busy ?? true;
  const call = async (name: string, args: unknown[]): Promise<unknown> => {
    const end = busy ? status.begin() : () => undefined;
    if (report) status.clear();
    try {
      return await transport(name, args);
    } catch (error) {
      const message = errorMessage(error);
      if (report) status.fail(message);
      throw new Error(message);
    } finally {
      end();
    }
  };
  // Every property is a call of the server function of that name; the Client type says which exist.
  return new Proxy({} as Client, {
    get: (_target, name) => (typeof name === "string" ? (...args: unknown[]) => call(name, args) : undefined),
  });
}
