/**
 * `npm start`: the add-on running locally in a browser, with no Google account. The built bundle
 * (dist/Code.js) runs on the Apps Script emulator; the page shows the spreadsheet like Sheets does, with
 * the add-on's menu, its sidebar (dist/sidebar.html, with a google.script.run shim), toasts and alerts.
 *
 *   npm start -- [--port 8080] [--file .preview-workbook.json] [--reset]
 *
 * The server listens on 127.0.0.1 only, answers only requests addressed to it by a loopback name, serves
 * only its own page and the sidebar, caps request bodies, and calls add-on functions only by names the
 * bundle defines.
 */
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { parseRunRequest } from "./bridge";
import { HttpError, isLocalRequest, isRecord, readJson, sendError, sendJson } from "./http";
import { PreviewSession } from "./session";
import { gasShimScript, injectGasShim } from "./shim";
import { gridWindow } from "./view";

const ROOT = join(__dirname, "..");
const PAGE_DIR = join(__dirname, "page");
export const DEFAULT_PORT = 8080;
export const DEFAULT_FILE = join(ROOT, ".preview-workbook.json");

export interface PreviewOptions {
  /** 0 picks a free port. Default 8080. */
  port?: number;
  /** The workbook file. Default .preview-workbook.json in the project folder. */
  file?: string;
  /** Start with a fresh workbook, keeping the old file aside. */
  reset?: boolean;
  /** No terminal output (tests). */
  quiet?: boolean;
  /** The built add-on and its HTML; default dist/. */
  codePath?: string;
  htmlRoot?: string;
  /** Delay before saving after a change. */
  saveDelayMs?: number;
}

export interface Preview {
  url: string;
  session: PreviewSession;
  close(): Promise<void>;
}

interface PageAssets {
  html: string;
  script: string;
  style: string;
}

async function buildPage(): Promise<PageAssets> {
  const result = await build({
    entryPoints: [join(PAGE_DIR, "main.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    platform: "browser",
    minify: true,
    logLevel: "silent",
  });
  return {
    html: readFileSync(join(PAGE_DIR, "index.html"), "utf8"),
    script: result.outputFiles[0].text,
    style: readFileSync(join(PAGE_DIR, "styles.css"), "utf8"),
  };
}

const CLIENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

function clientOf(value: unknown): string {
  if (typeof value !== "string" || !CLIENT_ID.test(value))
    throw new HttpError(400, "Missing or malformed client id.");
  return value;
}

function stringOf(value: unknown, what: string, max = 1000): string {
  if (typeof value !== "string" || value.length > max) throw new HttpError(400, `${what} must be a string.`);
  return value;
}

const A1_RANGE = /^[A-Za-z]{1,3}[1-9]\d{0,6}(:[A-Za-z]{1,3}[1-9]\d{0,6})?$/;

function rangeOf(value: unknown): string {
  const range = stringOf(value, "range", 40);
  if (!A1_RANGE.test(range)) throw new HttpError(400, "range must be an A1 address such as C9 or C9:F12.");
  return range.toUpperCase();
}

/** Rows of strings, every row the same length, at most 200,000 cells. */
function valuesOf(value: unknown): string[][] {
  const bad = new HttpError(400, "values must be rows of strings, all rows the same length.");
  if (!Array.isArray(value) || value.length === 0) throw bad;
  const width = Array.isArray(value[0]) ? value[0].length : 0;
  if (width === 0 || value.length * width > 200_000) throw bad;
  for (const row of value) {
    if (!Array.isArray(row) || row.length !== width || !row.every((cell) => typeof cell === "string"))
      throw bad;
  }
  return value as string[][];
}

/** Size of an A1 range in rows and columns. */
function rangeSize(range: string): { rows: number; columns: number } {
  const [first, last = first] = range.split(":");
  const parse = (cell: string): [number, number] => {
    const match = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!match) return [0, 0];
    let column = 0;
    for (const letter of match[1]) column = column * 26 + letter.charCodeAt(0) - 64;
    return [Number(match[2]), column];
  };
  const [r1, c1] = parse(first);
  const [r2, c2] = parse(last);
  return { rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

function sendText(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "Content-Type": `${type}; charset=utf-8`,
    "Content-Length": Buffer.byteLength(body),
    ...SECURITY_HEADERS,
    ...extra,
  });
  res.end(body);
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const quiet = options.quiet === true;
  const log = quiet ? () => undefined : (line: string) => console.log(line);
  const warn = quiet ? () => undefined : (line: string) => console.error(line);
  const file = resolve(options.file ?? DEFAULT_FILE);
  const assets = await buildPage();
  const session = new PreviewSession({
    file,
    reset: options.reset,
    codePath: options.codePath,
    htmlRoot: options.htmlRoot,
    saveDelayMs: options.saveDelayMs,
    log,
    warn,
  });

  const streams = new Set<ServerResponse>();
  const unsubscribe = session.onVersion((version) => {
    for (const res of streams) res.write(`event: version\ndata: ${JSON.stringify({ version })}\n\n`);
  });
  const keepAlive = setInterval(() => {
    for (const res of streams) res.write(": keep-alive\n\n");
  }, 15_000);

  let port = 0;

  const pageCsp =
    "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLocalRequest(req, port))
      throw new HttpError(403, "The preview only answers requests from this computer.");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const isGet = req.method === "GET" || req.method === "HEAD";
    const reads = ["/api/state", "/api/grid", "/api/events"];
    if (!isGet && (!url.pathname.startsWith("/api/") || reads.includes(url.pathname))) {
      throw new HttpError(405, "Use GET.");
    }
    switch (url.pathname) {
      case "/":
      case "/index.html":
        return sendText(res, 200, "text/html", assets.html, {
          "Content-Security-Policy": pageCsp,
          "X-Frame-Options": "DENY",
        });
      case "/app.js":
        return sendText(res, 200, "text/javascript", assets.script);
      case "/app.css":
        return sendText(res, 200, "text/css", assets.style);
      case "/favicon.ico":
        res.writeHead(204, SECURITY_HEADERS);
        return void res.end();
      case "/sidebar.html": {
        const client = clientOf(url.searchParams.get("client"));
        const html = session.sidebarHtml(client);
        if (html === null) throw new HttpError(404, "No sidebar is open in this window.");
        const shim = await gasShimScript({ functions: session.bridge.functions });
        return sendText(res, 200, "text/html", injectGasShim(html, shim), {
          "Content-Security-Policy": "frame-ancestors 'self'",
          "X-Frame-Options": "SAMEORIGIN",
        });
      }
      case "/api/state":
        return sendJson(res, 200, session.state(clientOf(url.searchParams.get("client"))));
      case "/api/grid": {
        clientOf(url.searchParams.get("client"));
        const sheet = stringOf(url.searchParams.get("sheet"), "sheet");
        const from = Number(url.searchParams.get("from") ?? "0");
        const count = Number(url.searchParams.get("count") ?? "100");
        if (!Number.isInteger(from) || from < 0 || !Number.isInteger(count) || count < 1 || count > 1000) {
          throw new HttpError(400, "from and count must be whole numbers (count at most 1000).");
        }
        const window = gridWindow(session, sheet, from, count);
        if (!window) throw new HttpError(404, `There is no sheet named "${sheet}".`);
        return sendJson(res, 200, window);
      }
      case "/api/events": {
        clientOf(url.searchParams.get("client"));
        res.writeHead(200, {
          "Content-Type": "text/event-stream; charset=utf-8",
          Connection: "keep-alive",
          ...SECURITY_HEADERS,
        });
        res.write(`retry: 1000\nevent: version\ndata: ${JSON.stringify({ version: session.version })}\n\n`);
        streams.add(res);
        req.on("close", () => streams.delete(res));
        return;
      }
      case "/api/run": {
        const body = await readJson(req);
        const { fn, args } = parseRunRequest(body);
        const header = req.headers["x-preview-client"];
        const client = typeof header === "string" && CLIENT_ID.test(header) ? header : null;
        return sendJson(res, 200, await session.run(client, fn, args));
      }
      case "/api/edit": {
        const body = await readJson(req);
        if (!isRecord(body)) throw new HttpError(400, "Send a JSON object.");
        const range = rangeOf(body.range);
        const values = valuesOf(body.values);
        const size = rangeSize(range);
        if (size.rows !== values.length || size.columns !== values[0].length) {
          throw new HttpError(
            400,
            `values must be ${size.rows} row(s) of ${size.columns} cell(s) for ${range}.`,
          );
        }
        const result = await session.edit(
          clientOf(body.client),
          stringOf(body.sheet, "sheet"),
          range,
          values,
        );
        return sendJson(res, 200, result);
      }
      case "/api/select": {
        const body = await readJson(req);
        if (!isRecord(body)) throw new HttpError(400, "Send a JSON object.");
        const result = await session.select(
          clientOf(body.client),
          stringOf(body.sheet, "sheet"),
          rangeOf(body.range),
        );
        return sendJson(res, 200, result);
      }
      case "/api/answer": {
        const body = await readJson(req);
        if (!isRecord(body) || typeof body.id !== "number" || typeof body.button !== "string")
          throw new HttpError(400, 'Send { "client", "id", "button" }.');
        return sendJson(res, 200, session.answer(clientOf(body.client), body.id, body.button));
      }
      case "/api/sidebar/close": {
        const body = await readJson(req);
        if (!isRecord(body)) throw new HttpError(400, "Send a JSON object.");
        return sendJson(res, 200, await session.closeSidebar(clientOf(body.client)));
      }
      case "/api/reset": {
        const body = await readJson(req);
        if (!isRecord(body)) throw new HttpError(400, "Send a JSON object.");
        clientOf(body.client);
        const result = await session.reset();
        if (result.ok) log(`Workbook reset from the page; ${file} starts over.`);
        return sendJson(res, 200, result);
      }
      default:
        throw new HttpError(404, "Not found.");
    }
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => sendError(res, error));
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  try {
    await new Promise<void>((resolveListen, rejectListen) => {
      server.once("error", (error: NodeJS.ErrnoException) => {
        rejectListen(
          error.code === "EADDRINUSE"
            ? new Error(
                `Port ${options.port ?? DEFAULT_PORT} is already in use. Try \`npm start -- --port 0\` for any free port.`,
              )
            : error,
        );
      });
      server.listen(options.port ?? DEFAULT_PORT, "127.0.0.1", () => resolveListen());
    });
  } catch (error) {
    clearInterval(keepAlive);
    unsubscribe();
    await session.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  log(`RACI Matrix for Sheets – local preview at ${url}`);
  log(`Workbook: ${file}${session.notice ? " (fresh: see the message above)" : ""}. Ctrl-C stops.`);

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      clearInterval(keepAlive);
      unsubscribe();
      for (const res of streams) res.end();
      streams.clear();
      const stopped = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await stopped;
      await session.close();
    })();
    return closing;
  };
  return { url, session, close };
}

// Command line

interface CliOptions {
  port: number;
  file: string;
  reset: boolean;
}

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { port: DEFAULT_PORT, file: DEFAULT_FILE, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value.`);
      return next;
    };
    switch (flag) {
      case "--port": {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new Error("--port must be 0..65535 (0: any free port).");
        options.port = port;
        break;
      }
      case "--file":
        options.file = resolve(value());
        break;
      case "--reset":
        options.reset = true;
        break;
      case "--help":
      case "-h":
        console.log("Usage: npm start -- [--port 8080] [--file .preview-workbook.json] [--reset]");
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${arg}. Usage: npm start -- [--port N] [--file PATH] [--reset]`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const preview = await startPreview(options);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      console.error("Stopping now.");
      process.exit(1);
    }
    stopping = true;
    console.log(`\n${signal}: saving the workbook and stopping…`);
    preview.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
