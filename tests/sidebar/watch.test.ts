/**
 * The sidebar's watcher keeps Check and Edit current: it asks for the sheet's change token at a steady rate,
 * re-reads the panel only when the token moved, pauses while the sidebar is hidden
 * (https://developer.mozilla.org/docs/Web/API/Document/visibilityState), and waits while the person types.
 */
import { watchChanges, WATCH_EVERY_MS, type WatchOptions } from "../../sidebar/watch";

class FakeDocument {
  visibilityState: DocumentVisibilityState = "visible";
  private listeners: (() => void)[] = [];
  addEventListener(_type: string, listener: () => void): void {
    this.listeners.push(listener);
  }
  removeEventListener(_type: string, listener: () => void): void {
    this.listeners = this.listeners.filter((l) => l !== listener);
  }
  set(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    for (const listener of this.listeners) listener();
  }
}

function setup(overrides: Partial<WatchOptions> = {}) {
  const doc = new FakeDocument();
  const state = { token: "t0", asked: 0, changes: 0, watching: true, accept: true };
  const watcher = watchChanges({
    token: () => {
      state.asked += 1;
      return Promise.resolve(state.token);
    },
    watching: () => state.watching,
    changed: () => {
      state.changes += 1;
      return state.accept;
    },
    doc: doc as unknown as WatchOptions["doc"],
    ...overrides,
  });
  return { doc, state, watcher };
}

/** Lets the timers run for `ms` and the answered promises settle. */
async function pass(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("watchChanges", () => {
  it("asks every 4 seconds and re-reads the panel only when the token moved", async () => {
    const { state, watcher } = setup();
    await pass(0); // the baseline
    expect(state.asked).toBe(1);
    await pass(WATCH_EVERY_MS * 3);
    expect(state.asked).toBe(4);
    expect(state.changes).toBe(0);
    state.token = "t1";
    await pass(WATCH_EVERY_MS);
    expect(state.changes).toBe(1);
    await pass(WATCH_EVERY_MS * 2);
    expect(state.changes).toBe(1); // same token: nothing re-read
    watcher.stop();
  });

  it("asks nothing while the sidebar is hidden, and asks at once when it shows again", async () => {
    const { doc, state, watcher } = setup();
    await pass(0);
    doc.set("hidden");
    const before = state.asked;
    await pass(WATCH_EVERY_MS * 10);
    expect(state.asked).toBe(before);
    state.token = "t1";
    doc.set("visible");
    await pass(0);
    expect(state.asked).toBe(before + 1);
    expect(state.changes).toBe(1);
    watcher.stop();
  });

  it("asks nothing while no panel that follows the sheet is open", async () => {
    const { state, watcher } = setup();
    await pass(0);
    state.watching = false; // the New matrix panel, say
    await pass(WATCH_EVERY_MS * 5);
    expect(state.asked).toBe(1);
    watcher.stop();
  });

  it("tells the panel again later when it could not re-read (someone was typing)", async () => {
    const { state, watcher } = setup();
    await pass(0);
    state.token = "t1";
    state.accept = false;
    await pass(WATCH_EVERY_MS * 2);
    expect(state.changes).toBe(2);
    state.accept = true;
    await pass(WATCH_EVERY_MS);
    expect(state.changes).toBe(3);
    await pass(WATCH_EVERY_MS);
    expect(state.changes).toBe(3);
    watcher.stop();
  });

  it("takes a new baseline when a panel has just read the sheet itself", async () => {
    const { state, watcher } = setup();
    await pass(0);
    state.token = "t1"; // e.g. a matrix was generated and Check opened on it
    watcher.rebase();
    await pass(WATCH_EVERY_MS * 2);
    expect(state.changes).toBe(0);
    watcher.stop();
  });

  it("takes no baseline from an answer already on its way when a panel read the sheet itself", async () => {
    // The token before the panel's own change is still on its way when the change is made and the panel
    // re-reads: taken as the baseline, it would make the watcher re-read the panel (and lock its buttons) again.
    const answers: ((token: string) => void)[] = [];
    const { state, watcher } = setup({
      token: () => new Promise<string>((resolve) => answers.push(resolve)),
    });
    await pass(0);
    answers[0]("t0"); // the baseline
    await pass(WATCH_EVERY_MS); // the next question is on its way
    expect(answers).toHaveLength(2);
    watcher.rebase(); // the panel changed the sheet (t1) and reads it again itself
    answers[1]("t0");
    await pass(0);
    expect(answers).toHaveLength(3); // asked again at once
    answers[2]("t1");
    await pass(0);
    for (let i = 3; i < 6; i++) {
      await pass(WATCH_EVERY_MS);
      answers[i]("t1");
    }
    await pass(0);
    expect(state.changes).toBe(0);
    watcher.stop();
  });

  it("slows down when the answer is slow (a very large sheet), and keeps going after a failure", async () => {
    let clock = 0;
    let fail = false;
    const asked: number[] = [];
    const doc = new FakeDocument();
    const watcher = watchChanges({
      token: () => {
        asked.push(Date.now());
        clock += 2000; // each answer takes 2 s
        return fail ? Promise.reject(new Error("offline")) : Promise.resolve("t");
      },
      watching: () => true,
      changed: () => true,
      doc: doc as unknown as WatchOptions["doc"],
      now: () => clock,
    });
    await pass(0);
    await pass(10_000);
    expect(asked).toHaveLength(2); // the next one after 5 × 2 s, not 4 s
    fail = true;
    await pass(30_000);
    expect(asked.length).toBeGreaterThan(2);
    watcher.stop();
    const stopped = asked.length;
    await pass(60_000);
    expect(asked).toHaveLength(stopped);
  });
});
