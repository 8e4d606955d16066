/**
 * Keeps the shown panel current: while the sidebar is visible, asks the server for the active sheet's change
 * token (one cheap call) every few seconds, and re-reads the panel only when the token moved. Paused while
 * the sidebar is hidden (document.visibilityState), and checked at once when it shows again. A slow answer
 * (a very large sheet) stretches the interval, so watching never costs more than a fraction of the time.
 */

/** Every 4 seconds at most: a fix in the grid shows in the Check panel before the person looks back. */
export const WATCH_EVERY_MS = 4000;
/** The interval is at least this many times the last answer's duration. */
const SLOWDOWN = 5;

export interface WatchOptions {
  /** The active sheet's change token. */
  token(): Promise<unknown>;
  /** Whether a panel that follows the sheet is shown. */
  watching(): boolean;
  /** The sheet changed: re-read the panel; false asks to be told again later (the person is typing). */
  changed(): boolean;
  doc: Pick<Document, "visibilityState" | "addEventListener" | "removeEventListener">;
  every?: number;
  now?: () => number;
}

export interface Watcher {
  /** The panel has just read the sheet itself: take the current token as the baseline. */
  rebase(): void;
  /** Stops watching for good. */
  stop(): void;
}

export function watchChanges(options: WatchOptions): Watcher {
  const { doc } = options;
  const every = options.every ?? WATCH_EVERY_MS;
  const now = options.now ?? (() => Date.now());
  let last: unknown;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asking = false;
  /** Rebased while a token was on its way: that answer may be older than the panel's own read. */
  let rebasedMeanwhile = false;
  let stopped = false;

  const schedule = (delay: number): void => {
    clearTimeout(timer);
    timer = stopped || doc.visibilityState === "hidden" ? undefined : setTimeout(() => void tick(), delay);
  };

  async function tick(): Promise<void> {
    timer = undefined;
    if (asking || stopped || doc.visibilityState === "hidden") return;
    if (!options.watching()) return schedule(every);
    asking = true;
    const started = now();
    let delay = every;
    try {
      const token = await options.token();
      delay = Math.max(every, SLOWDOWN * (now() - started));
      if (rebasedMeanwhile) {
        rebasedMeanwhile = false;
        delay = 0; // ask again: the next answer is the baseline
        return;
      }
      // The first answer is the baseline: the panel read the sheet itself when it opened.
      if (last !== undefined && token !== last && options.watching() && !options.changed()) return;
      last = token;
    } catch {
      // The server could not be reached: try again later, quietly (a panel's own call reports errors).
    } finally {
      asking = false;
      schedule(delay);
    }
  }

  const onVisibility = (): void => {
    if (doc.visibilityState === "hidden") schedule(0);
    else void tick();
  };
  doc.addEventListener("visibilitychange", onVisibility);
  void tick();

  return {
    rebase() {
      last = undefined;
      rebasedMeanwhile = asking;
      void tick();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      doc.removeEventListener("visibilitychange", onVisibility);
    },
  };
}
