/**
 * Progress and messages for every server call: a busy bar while calls run (with the panels' buttons
 * disabled, so nothing is sent twice), an alert region for errors and a status region for successes.
 */
import { el, fill, focusIfHere } from "./dom";

export interface Status {
  /** Marks the start of a call; the returned function marks its end. Calls may overlap. */
  begin(): () => void;
  /** Shows an error in the alert region (read out at once by screen readers). */
  fail(message: string): void;
  /** Shows a confirmation in the polite status region. */
  succeed(message: string): void;
  /** Clears both messages. */
  clear(): void;
  readonly root: HTMLElement;
}

/** Marks the buttons the lock disabled, so buttons disabled for their own reasons stay disabled. */
const LOCKED = "data-busy-locked";

export function createStatus(lockArea: HTMLElement): Status {
  const bar = el("div", {
    class: "busy-bar",
    attrs: { role: "progressbar", "aria-label": "Working", hidden: true },
  });
  const alert = el("div", { class: "message error", attrs: { role: "alert" } });
  const notice = el("div", { class: "message success", attrs: { role: "status" } });
  const root = el("div", { class: "status" }, bar, alert, notice);
  let running = 0;
  let focused: { node: HTMLElement; key: string | undefined } | null = null;

  const lock = (): void => {
    const active = document.activeElement;
    focused = active instanceof HTMLElement ? { node: active, key: active.dataset.focus } : null;
    lockArea.setAttribute("aria-busy", "true");
    for (const b of Array.from(lockArea.querySelectorAll<HTMLButtonElement>("button:not([disabled])"))) {
      b.disabled = true;
      b.setAttribute(LOCKED, "");
    }
    bar.hidden = false;
  };

  const unlock = (): void => {
    for (const b of Array.from(lockArea.querySelectorAll<HTMLButtonElement>("button"))) {
      if (!b.hasAttribute(LOCKED)) continue;
      b.disabled = false;
      b.removeAttribute(LOCKED);
    }
    lockArea.removeAttribute("aria-busy");
    bar.hidden = true;
    // Disabling a focused button drops focus to the page; give it back so keyboard users keep their place.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focused && lost) {
      const { node, key } = focused;
      const again =
        node.isConnected || key === undefined
          ? node
          : Array.from(lockArea.querySelectorAll<HTMLElement>("[data-focus]")).find(
              (e) => e.dataset.focus === key,
            );
      if (again?.isConnected) focusIfHere(again);
    }
    focused = null;
  };

  const show = (region: HTMLElement, message: string): void => {
    // Emptied first, so the same message twice is announced twice.
    fill(region);
    if (message) fill(region, el("p", {}, message));
  };

  return {
    root,
    begin() {
      running += 1;
      if (running === 1) lock();
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        running -= 1;
        if (running === 0) unlock();
      };
    },
    fail(message) {
      show(notice, "");
      show(alert, message);
    },
    succeed(message) {
      show(alert, "");
      show(notice, message);
    },
    clear() {
      show(alert, "");
      show(notice, "");
    },
  };
}
