import fc from "fast-check";
import { score, train, type Example } from "../../../scripts/learned/train";

/** Examples where "w:depot" means the COO and "w:memo" the Chief of Staff, with a shared word that says nothing. */
function examples(): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < 20; i++) {
    out.push({ names: ["w:depot", "w:plan"], y: 1 });
    out.push({ names: ["w:memo", "w:plan"], y: 0 });
  }
  return out;
}

describe("the learned scorer's training (scripts/learned/train.ts)", () => {
  it("learns which words weigh toward which role of the pair", () => {
    const model = train(examples(), 0.01);
    expect(score(model, ["w:depot"])).toBeGreaterThan(0.8);
    expect(score(model, ["w:memo"])).toBeLessThan(0.2);
    expect(Math.abs(model.weights.get("w:plan") ?? 0)).toBeLessThan(0.05);
  });

  it("gives no weight to a word seen in a single example", () => {
    const model = train([...examples(), { names: ["w:once"], y: 1 }], 0.01);
    expect(model.weights.has("w:once")).toBe(false);
  });

  it("shrinks the weights as the penalty grows", () => {
    const loose = train(examples(), 0.001).weights.get("w:depot") ?? 0;
    const tight = train(examples(), 0.1).weights.get("w:depot") ?? 0;
    expect(tight).toBeGreaterThan(0);
    expect(tight).toBeLessThan(loose);
  });

  it("is deterministic: the same examples, in any order of their words, give the same weights", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.subarray(["a", "b", "c", "d"]), fc.boolean()), { maxLength: 30 }),
        (rows) => {
          const data: Example[] = rows.map(([names, coo]) => ({ names, y: coo ? 1 : 0 }));
          const reversed = data.map((e) => ({ ...e, names: [...e.names].reverse() }));
          expect([...train(reversed, 0.01).weights]).toEqual([...train(data, 0.01).weights]);
        },
      ),
      { numRuns: 30 },
    );
  });
});
