/**
 * The owner suggestions, measured on initiatives labelled from the article by people who never saw the engine
 * (tests/data/README.md): agreement on the owner pair's split on the held-out set (round 5,
 * committed before the fifth round was measured and never tuned on), and whether the confidence means something
 * there. It reads the held-out set: run it once, at the end of a round (tests/data/README.md).
 */
import { loadSet, measure, summary } from "../../../scripts/accuracy";

describe("owner suggestions on the labels from the article", () => {
  const tuning = measure(loadSet("tuning"));
  const heldout = measure(loadSet("heldout"));

  beforeAll(() => {
    console.log(`${summary("Tuning set", tuning)}\n${summary("Held-out set", heldout)}`);
  });

  it("has the tuning set (rounds 1 to 4) and round 5's held-out set, each item with both labellers' reasons", () => {
    expect(tuning.items).toBe(2000);
    expect(heldout.items).toBe(449);
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

  // The held-out set was measured once, after the fifth round's last change (docs/suggestions.md): 87.8%
  // agreement, 95.4% right at confidence 0.8 or more on 71.1% of the owned items, 3 of 55 'neither' items given
  // an owner. That misses three of the targets (95%, 97% at 0.8, none); these floors keep a change from
  // losing ground there without anyone tuning to its items.
  it("does not fall below the held-out figures measured once at the end of round 5 (87.8%, 95.4% at confidence 0.8 or more, 3 'neither' items owned)", () => {
    expect(heldout.accuracy).toBeGreaterThanOrEqual(394 / 449);
    expect(heldout.high.precision).toBeGreaterThanOrEqual(267 / 280);
    expect(heldout.high.coverage).toBeGreaterThanOrEqual(0.5);
    expect(heldout.guessed.length).toBeLessThanOrEqual(3);
  });

  it("never gives both roles of the pair R or A on one initiative", () => {
    for (const m of [tuning, heldout])
      for (const label of ["COO", "Chief of Staff", "neither"] as const)
        expect(m.confusion[label].both).toBe(0);
  });
});
