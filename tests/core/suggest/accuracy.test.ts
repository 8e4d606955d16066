/**
 * The owner suggestions, measured on the labelled set (tests/data): agreement on the owner pair's split, on the
 * tuning part and on the held-out part that was written before any tuning and never tuned on.
 */
import { loadSet, measure, summary } from "../../../scripts/accuracy";

describe("owner suggestions on the labelled set", () => {
  const tuning = measure(loadSet("tuning"));
  const heldout = measure(loadSet("heldout"));

  beforeAll(() => {
    console.log(`${summary("Tuning set", tuning)}\n${summary("Held-out set", heldout)}`);
  });

  it("has at least 120 labelled initiatives, a third held out, and at least 15 without evidence", () => {
    const all = [...loadSet("tuning"), ...loadSet("heldout")];
    expect(all.length).toBeGreaterThanOrEqual(120);
    expect(heldout.items * 3).toBeGreaterThanOrEqual(all.length);
    expect(all.filter((item) => item.label === "none").length).toBeGreaterThanOrEqual(15);
    for (const item of all) expect(item.reason.trim()).not.toBe("");
  });

  it("agrees with at least 90% of the tuning labels on which of the COO and the Chief of Staff owns the work", () => {
    expect(tuning.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("agrees with at least 85% of the held-out labels", () => {
    expect(heldout.accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it("suggests no owner for any initiative without evidence", () => {
    expect([...tuning.guessed, ...heldout.guessed]).toEqual([]);
  });

  it("never gives both roles of the pair R or A on one initiative", () => {
    for (const m of [tuning, heldout])
      for (const label of ["COO", "Chief of Staff", "none"] as const) expect(m.confusion[label].both).toBe(0);
  });
});
