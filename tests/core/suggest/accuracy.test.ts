/**
 * The owner suggestions, measured on initiatives labelled from the article by people who never saw the engine
 * (tests/data/README.md): agreement on the owner pair's split on the held-out set (round 6,
 * committed before the sixth round was measured and never tuned on), and whether the confidence means something
 * there. It reads the held-out set: run it once, at the end of a round (tests/data/README.md).
 */
import { loadSet, measure, summary } from "../../../scripts/accuracy";

describe("owner suggestions on the labels from the article", () => {
  const tuning = measure(loadSet("tuning"));
  const heldout = measure(loadSet("heldout"));

  beforeAll(() => {
    console.log(`${summary("Tuning set", tuning)}\n${summary("Held-out set", heldout)}`);
  });

  it("has the tuning set (rounds 1 to 5) and round 6's held-out set, each item with two labellers' reasons", () => {
    expect(tuning.items).toBe(2449);
    expect(heldout.items).toBe(462);
    for (const item of [...loadSet("tuning"), ...loadSet("heldout")]) {
      expect(["COO", "Chief of Staff", "neither"]).toContain(item.label);
      expect(item.reasons).toHaveLength(2);
    }
  });

  it("meets the issue's targets on the tuning set: 95% agreement, 97% right at confidence 0.8 or more on half the owned items, no owner for a 'neither' item", () => {
    expect(tuning.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(tuning.high.precision).toBeGreaterThanOrEqual(0.97);
    expect(tuning.high.coverage).toBeGreaterThanOrEqual(0.5);
    expect(tuning.guessed.map((j) => j.item.name)).toEqual([]);
  });

  // The held-out set was measured once, after the sixth round's last change (docs/suggestions.md): 95.0%
  // agreement, 98.5% right at confidence 0.8 or more on 80.2% of the owned items, 1 of 37 'neither' items given
  // an owner. These floors keep a change from losing ground there without anyone tuning to its items.
  it("does not fall below the held-out figures measured once at the end of round 6 (95.0%, 98.5% at confidence 0.8 or more, 1 'neither' item owned)", () => {
    expect(heldout.accuracy).toBeGreaterThanOrEqual(439 / 462);
    expect(heldout.high.precision).toBeGreaterThanOrEqual(336 / 341);
    expect(heldout.high.coverage).toBeGreaterThanOrEqual(0.5);
    expect(heldout.guessed.length).toBeLessThanOrEqual(1);
  });

  it("never gives both roles of the pair R or A on one initiative", () => {
    for (const m of [tuning, heldout])
      for (const label of ["COO", "Chief of Staff", "neither"] as const)
        expect(m.confusion[label].both).toBe(0);
  });
});
