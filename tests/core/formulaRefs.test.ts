import { rangesRead, widenedBy } from "../../src/core/formulaRefs";

describe("rangesRead: the ranges a formula reads on its own sheet", () => {
  it("reads cells, ranges, whole columns and rows, with or without $", () => {
    expect(rangesRead("=COUNTA(J9:K9)+$A$1+C:D+3:4", "M")).toEqual([
      { top: 9, bottom: 9, left: 10, right: 11 },
      { top: 1, bottom: 1, left: 1, right: 1 },
      { top: 1, bottom: Infinity, left: 3, right: 4 },
      { top: 3, bottom: 4, left: 1, right: Infinity },
    ]);
  });

  it("skips text in quotes, function names and other sheets' references", () => {
    expect(rangesRead("=\"J9:K9\"&ATAN2(1,2)&LOG10(2)&Other!A1:B2&'My M'!C3", "M")).toEqual([]);
    expect(rangesRead("=M!A1:B2+'It''s'!C3", "It's")).toEqual([{ top: 3, bottom: 3, left: 3, right: 3 }]);
  });
});

describe("widenedBy: Sheets grows a range that spans the place of an insertion", () => {
  const range = rangesRead("=COUNTA(J9:K9)", "M")[0];
  it("a column after J widens J9:K9; one after K, or before J, does not", () => {
    expect(widenedBy(range, "columns", 10)).toBe(true);
    expect(widenedBy(range, "columns", 11)).toBe(false);
    expect(widenedBy(range, "columns", 9)).toBe(false);
  });
  it("a row never widens a whole column, nor a column a whole row", () => {
    expect(widenedBy(rangesRead("=C:D", "M")[0], "rows", 5)).toBe(false);
    expect(widenedBy(rangesRead("=3:4", "M")[0], "columns", 5)).toBe(false);
    expect(widenedBy(rangesRead("=3:4", "M")[0], "rows", 3)).toBe(true);
  });
});
