/**
 * The owner suggestions, measured on initiatives labelled from the article by people who never saw the engine
 * (tests/data/README.md): agreement on the owner pair's split on the held-out half, which was committed before
 * any tuning and never tuned on, and whether the confidence means something there.
 */
import { loadSet, measure, summary } from "../../../scripts/accuracy";

describe("owner suggestions on the labels from the article", () => {
  const tuning = measure(loadSet("tuning"));
  const heldout = measure(loadSet("heldout"));

  beforeAll(() => {
    console.log(`${summary("Tuning set", tuning)}\n${summary("Held-out set", heldout)}`);
  });

  it("has about 540 labelled initiatives in two halves, each with both labellers' reasons", () => {
    expect(tuning.items + heldout.items).toBeGreaterThanOrEqual(500);
    expect(Math.abs(tuning.items - heldout.items)).toBeLessThanOrEqual(2);
    for (const item of [...loadSet("tuning"), ...loadSet("heldout")]) {
      expect(["COO", "Chief of Staff", "neither"]).toContain(item.label);
      expect(item.reasons).toHaveLength(2);
    }
  });

  it("agrees with at least 95% of the held-out labels on which of the COO and the Chief of Staff owns the work", () => {
    expect(heldout.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("is at least 97% right at confidence 0.8 or more, on at least half of the held-out items that have an owner", () => {
    expect(heldout.high.precision).toBeGreaterThanOrEqual(0.97);
    expect(heldout.high.coverage).toBeGreaterThanOrEqual(0.5);
  });

  it("gives no owner to a code name, a placeholder or a bare name", () => {
    expect([...tuning.guessed, ...heldout.guessed].map((j) => j.item.name)).toEqual([]);
  });

  it("never gives both roles of the pair R or A on one initiative", () => {
    for (const m of [tuning, heldout])
      for (const label of ["COO", "Chief of Staff", "neither"] as const)
        expect(m.confusion[label].both).toBe(0);
  });
});
