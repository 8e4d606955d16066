/** The page's calls to the preview server. Every call names this window (its client id). */
import type { ActionResult, GridWindow, PreviewState } from "../protocol";

function newClientId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export const clientId = newClientId();

/** An action's result; `offline` when the server could not be reached at all (not a refusal). */
export type CallResult = ActionResult & { offline?: boolean };

/** Thrown by reads when the server cannot be reached, so the page shows one message, not one per read. */
export class OfflineError extends Error {
  constructor() {
    super("The preview server is not reachable. Is `npm start` still running?");
  }
}

async function getJson<T>(path: string, params: Record<string, string | number>): Promise<T> {
  const query = new URLSearchParams({ client: clientId });
  for (const [key, value] of Object.entries(params)) query.set(key, String(value));
  const response = await fetch(`${path}?${query.toString()}`, { cache: "no-store" }).catch(() => {
    throw new OfflineError();
  });
  if (!response.ok) throw new Error(await errorText(response));
  return (await response.json()) as T;
}

async function errorText(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as unknown;
  if (typeof body === "object" && body !== null && "error" in body) return String(body.error);
  return `The preview server answered ${response.status}.`;
}

/** POSTs an action; a transport failure becomes `{ ok: false }` like an add-on failure, never a throw. */
async function post(path: string, body: Record<string, unknown>): Promise<CallResult> {
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Preview-Client": clientId },
      body: JSON.stringify({ ...body, client: clientId }),
    });
    if (!response.ok) return { ok: false, error: await errorText(response) };
    return (await response.json()) as ActionResult;
  } catch {
    return {
      ok: false,
      error: "The preview server is not reachable. Is `npm start` still running?",
      offline: true,
    };
  }
}

export const api = {
  state: (): Promise<PreviewState> => getJson<PreviewState>("/api/state", {}),
  grid: (sheet: string, from: number, count: number): Promise<GridWindow> =>
    getJson<GridWindow>("/api/grid", { sheet, from, count }),
  run: (fn: string, args: unknown[] = []): Promise<CallResult> => post("/api/run", { fn, args }),
  edit: (sheet: string, range: string, values: string[][]): Promise<CallResult> =>
    post("/api/edit", { sheet, range, values }),
  select: (sheet: string, range: string): Promise<CallResult> => post("/api/select", { sheet, range }),
  answer: (id: number, button: string): Promise<CallResult> => post("/api/answer", { id, button }),
  closeSidebar: (): Promise<CallResult> => post("/api/sidebar/close", {}),
  reset: (): Promise<CallResult> => post("/api/reset", {}),
  events: (): EventSource => new EventSource(`/api/events?client=${clientId}`),
};
