import { freeTitle, isTaken } from "../../sidebar/titles";

describe("a new matrix's title against the spreadsheet's sheets", () => {
  const sheets = ["Sheet1", "Q3 plan", "q3 plan (2)"];

  it("is taken when a sheet has it in any case, or when it is the change log's name", () => {
    expect(isTaken("Q3 PLAN", sheets)).toBe(true);
    expect(isTaken("RACI change log", [])).toBe(true);
    expect(isTaken("Q4 plan", sheets)).toBe(false);
  });

  it("proposes the title the server would pick: the first free “(n)”", () => {
    expect(freeTitle("Q3 plan", sheets)).toBe("Q3 plan (3)");
    expect(freeTitle("Q4 plan", sheets)).toBe("Q4 plan");
  });

  it("keeps a proposed title within Sheets' 100 characters", () => {
    const long = "x".repeat(100);
    expect(freeTitle(long, [long])).toBe(`${"x".repeat(96)} (2)`);
  });
});
