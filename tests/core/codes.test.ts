import {
  CANONICAL_CODES,
  canonicalReplacement,
  canonicalText,
  isCanonical,
  parseCode,
} from "../../src/core/codes";
import type { CanonicalCode, CellValue } from "../../src/core/types";

const code = (c: CanonicalCode) => expect.objectContaining({ kind: "code", code: c });

describe("parseCode: the cell grammar", () => {
  it.each([
    ["R", "R"],
    ["A", "A"],
    ["C", "C"],
    ["I", "I"],
    ["A/R", "A/R"],
  ] as const)("reads the canonical %s", (text, expected) => {
    expect(parseCode(text)).toEqual(code(expected));
  });

  it.each(["R/A", "AR", "RA", "A,R", "A+R"])("reads the alias %s as A/R", (alias) => {
    expect(parseCode(alias)).toEqual({ kind: "code", code: "A/R", parts: ["A", "R"] });
  });

  it.each([
    ["Responsible", "R"],
    ["Accountable", "A"],
    ["Consulted", "C"],
    ["Informed", "I"],
    ["RESPONSIBLE", "R"],
    ["informed", "I"],
  ] as const)("reads the whole word %s as %s", (word, expected) => {
    expect(parseCode(word)).toEqual(code(expected));
  });

  it.each(["r", " a ", "a / r", "r/a", "a, r", " A + R ", "\tc\n", "ar", "Con sulted", "a\u00a0r"])(
    "ignores case and every space in %j",
    (text) => {
      expect(parseCode(text).kind).toBe("code");
    },
  );

  it("gives each code its parts, A/R as both", () => {
    expect(parseCode("R")).toEqual({ kind: "code", code: "R", parts: ["R"] });
    expect(parseCode("a/r")).toEqual({ kind: "code", code: "A/R", parts: ["A", "R"] });
  });

  it.each([null, undefined, "", "   ", "\t\n"])("reads %j as empty", (value) => {
    expect(parseCode(value)).toEqual({ kind: "empty" });
  });

  it.each([
    ["X", "X"],
    ["R/C", "R/C"],
    ["R+A", "R+A"],
    ["RR", "RR"],
    ["Resp", "Resp"],
    ["A R x", "A R x"],
  ])("keeps %j as invalid, with the user's text", (text, kept) => {
    expect(parseCode(text)).toEqual({ kind: "invalid", text: kept });
  });

  it.each([
    [1, "1"],
    [0, "0"],
    [2.5, "2.5"],
    [true, "true"],
    [false, "false"],
  ] as [CellValue, string][])("reads the non-text value %j as invalid %j", (value, text) => {
    expect(parseCode(value)).toEqual({ kind: "invalid", text });
  });

  it("reads a date as invalid, shown as an ISO date", () => {
    expect(parseCode(new Date(Date.UTC(2024, 2, 1, 12)))).toEqual({
      kind: "invalid",
      text: "2024-03-01T12:00:00.000Z",
    });
    expect(parseCode(new Date(NaN))).toEqual({ kind: "invalid", text: "Invalid Date" });
  });
});

describe("canonicalText: what onEdit keeps in the cell", () => {
  it("turns every alias into its canonical code", () => {
    expect(["ra", "Accountable", " r ", "a+r", "informed"].map((text) => canonicalText(text))).toEqual([
      "A/R",
      "A",
      "R",
      "A/R",
      "I",
    ]);
  });

  it("empties a blank cell and keeps an invalid one as typed", () => {
    expect(canonicalText("  ")).toBe("");
    expect(canonicalText(null)).toBe("");
    expect(canonicalText(" X ")).toBe(" X ");
    expect(canonicalText(42)).toBe("42");
  });
});

describe("canonicalReplacement: when onEdit should rewrite a cell", () => {
  it("rewrites aliases and lower case", () => {
    expect(canonicalReplacement("ra")).toBe("A/R");
    expect(canonicalReplacement("r")).toBe("R");
    expect(canonicalReplacement("Consulted")).toBe("C");
  });

  it("leaves canonical, empty, invalid and non-text cells alone", () => {
    for (const value of ["A/R", "R", "", " ", "X", 1, true, new Date(0), null, undefined]) {
      expect(canonicalReplacement(value)).toBeNull();
    }
  });
});

describe("isCanonical and the code list", () => {
  it("accepts exactly the five written forms", () => {
    expect(CANONICAL_CODES).toEqual(["R", "A", "A/R", "C", "I"]);
    expect(CANONICAL_CODES.every((c) => isCanonical(c))).toBe(true);
    expect(["r", "RA", "A/R ", "", "Responsible"].some((c) => isCanonical(c))).toBe(false);
  });
});
