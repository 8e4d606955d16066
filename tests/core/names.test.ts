import { indexNames, normalizeName } from "../../src/core/names";

describe("normalizeName: when two names are the same", () => {
  it("ignores case, outer spaces and runs of inner whitespace", () => {
    expect(normalizeName("  Chief  of\tStaff ")).toBe("chief of staff");
    expect(normalizeName("COO")).toBe(normalizeName(" coo\u00a0"));
  });

  it("keeps inner single spaces, so different words stay different", () => {
    expect(normalizeName("Key projects")).not.toBe(normalizeName("Keyprojects"));
  });

  it("treats composed and decomposed accents alike", () => {
    expect(normalizeName("Op\u00e9rations")).toBe(normalizeName("Ope\u0301rations"));
    expect(normalizeName("\u00c9QUIPE")).toBe(normalizeName("e\u0301quipe"));
  });
});

describe("indexNames", () => {
  it("maps each normalised name to its first position", () => {
    expect(indexNames(["CEO", "COO", "ceo "])).toEqual(
      new Map([
        ["ceo", 0],
        ["coo", 1],
      ]),
    );
  });
});
