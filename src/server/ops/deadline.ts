/**
 * The 6-minute limit. Apps Script stops an execution after 6 minutes (Quotas for Google Services) without
 * running its catch or finally blocks, so a long operation must finish well before: each keeps a deadline
 * of 4.5 minutes from the start of its execution, retries only when the time left allows a second pass,
 * and refuses up front a size whose estimated writing time does not fit.
 *
 * Apps Script loads the script afresh for each execution, but the entry points still restart the clock
 * (beginExecution), so the same code is right wherever the script's global state outlives a call.
 */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
export const BUDGET_MS = 4.5 * 60_000;

let startedAt = Date.now();

/** Called first by every entry point that may run long. */
export function beginExecution(): void {
  startedAt = Date.now();
}

export function msLeft(): number {
  return BUDGET_MS - (Date.now() - startedAt);
}

/**
 * Runs `attempt`, and once more after a failure when the time left allows another pass of `estimateMs`
 * (a function when the estimate is only known once the first attempt has planned its work).
 */
export function retryWithinDeadline<T>(estimateMs: number | (() => number), attempt: () => T): T {
  try {
    return attempt();
  } catch (error) {
    if ((typeof estimateMs === "function" ? estimateMs() : estimateMs) > msLeft()) throw error;
    return attempt();
  }
}

/** Throws, before anything is written, when `estimateMs` does not fit in the time left. */
export function refuseIfTooLong(estimateMs: number, what: string, cells: number): void {
  if (estimateMs <= msLeft()) return;
  throw new Error(
    `${what} would take about ${minutes(estimateMs)} of Apps Script time (${cells.toLocaleString("en-US")} ` +
      `cells to write), more than the ${minutes(BUDGET_MS)} an execution can safely use before Google's ` +
      "6-minute limit. Nothing was changed: use fewer initiatives or roles, or split the matrix in two.",
  );
}

function minutes(ms: number): string {
  return `${(ms / 60_000).toFixed(1)} minutes`;
}
