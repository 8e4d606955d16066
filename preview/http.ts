/**
 * Small HTTP helpers shared by the preview server and the bridge: JSON bodies with a size cap, JSON
 * replies, and the checks that keep a local dev server from being driven by other web pages
 * (DNS rebinding through the Host header, cross-site POSTs through the Origin header).
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** Requests larger than this are refused: a 2,000-row paste is well under 1 MB of JSON. */
export const MAX_BODY_BYTES = 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads the request body as UTF-8, failing with 413 as soon as it grows past `limit` bytes. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? "0");
    if (declared > limit) {
      reject(new HttpError(413, `Request body larger than ${limit} bytes.`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on("data", (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new HttpError(413, `Request body larger than ${limit} bytes.`));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!failed) resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", (error) => {
      if (!failed) reject(error);
    });
  });
}

/** Reads and parses a JSON request body; wrong method, type, size or syntax become HttpErrors. */
export async function readJson(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  if (req.method !== "POST") throw new HttpError(405, "Use POST.");
  const type = String(req.headers["content-type"] ?? "");
  // A JSON content type cannot be sent cross-site without a CORS preflight, which this server never grants.
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, "Send the body as application/json.");
  const text = await readBody(req, limit);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof HttpError) sendJson(res, error.status, { error: error.message });
  else sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * True when the request was addressed to this server by a loopback name (blocks DNS rebinding, where a
 * web page's own host name is pointed at 127.0.0.1) and, for requests that carry an Origin, comes from
 * a page this server served.
 */
export function isLocalRequest(req: IncomingMessage, port: number): boolean {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const host = String(req.headers.host ?? "").toLowerCase();
  if (!allowedHosts.has(host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.protocol === "http:" && allowedHosts.has(url.host.toLowerCase());
  } catch {
    return false;
  }
}
