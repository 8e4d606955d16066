import { americanSpelling, words } from "../../../src/core/suggest/words";
import { builtInCharter, charterKey } from "../../../src/core/suggest/charters";

const stems = (text: string) => words(text).map((w) => w.stem);

describe("word forms", () => {
  it("reads optimise, optimizing and optimization as one word", () => {
    expect(new Set(stems("optimise optimizing optimization optimisation")).size).toBe(1);
  });

  it("reads onboard and onboarding as one word", () => {
    expect(stems("onboard")).toEqual(stems("onboarding"));
  });

  it("merges British and American spellings", () => {
    expect(stems("organisation prioritise analyse programme behaviour")).toEqual(
      stems("organization prioritize analyze program behavior"),
    );
  });

  it("keeps -ise words that are not British spellings of -ize", () => {
    expect(americanSpelling("advertise")).toBe("advertise");
    expect(americanSpelling("enterprise")).toBe("enterprise");
    expect(americanSpelling("supervising")).toBe("supervising");
  });

  it("reads a verb and its noun as one word", () => {
    expect(stems("decide analyse")).toEqual(stems("decision analysis"));
  });

  it("keeps the executives (people) apart from execution (work)", () => {
    expect(stems("executives")).not.toEqual(stems("execution"));
  });

  it("drops stopwords, numbers, and cuts a huge text to a bounded number of words", () => {
    expect(stems("the 2026 plan for our company")).toEqual(["plan"]);
    expect(words("process ".repeat(1000)).length).toBeLessThanOrEqual(60);
  });

  it("survives emoji, other scripts and non-text", () => {
    expect(stems("🚀🚀")).toEqual([]);
    expect(stems("年度計画")).toEqual(["年度計画"]);
    expect(words(undefined as unknown as string)).toEqual([]);
  });
});

describe("built-in charters", () => {
  it.each([
    ["COO", "COO"],
    ["Chief Operating Officer", "COO"],
    ["head of operations", "COO"],
    ["chief-of-staff", "Chief of Staff"],
    ["C.o.S.", "Chief of Staff"],
    ["CoS", "Chief of Staff"],
    ["  chief   executive officer ", "CEO"],
    ["Department heads", "Department heads"],
    ["VP, Sales", "Head of sales"],
    ["Head of People & Culture", undefined],
    ["General Counsel", "General counsel"],
  ])("finds %s as %s, ignoring case and punctuation", (title, found) => {
    expect(builtInCharter(title)?.title).toBe(found);
  });

  it("does not find inherited object keys", () => {
    expect(builtInCharter("__proto__")).toBeUndefined();
    expect(builtInCharter("constructor")).toBeUndefined();
    expect(charterKey("C.O.O.")).toBe("coo");
  });
});
