import { formatPaste, parsePaste } from "../../sidebar/parsePaste";

const names = (text: string) => parsePaste(text).initiatives.map(({ name, area }) => ({ name, area }));

describe("parsePaste", () => {
  it("reads one initiative per line, with its line number", () => {
    expect(parsePaste("Budget\nHiring plan").initiatives).toEqual([
      { name: "Budget", area: "", line: 1 },
      { name: "Hiring plan", area: "", line: 2 },
    ]);
  });

  it("ignores blank and whitespace-only lines but keeps counting them", () => {
    const result = parsePaste("\n  \nBudget\n\t\n\n Hiring \n");
    expect(result.initiatives).toEqual([
      { name: "Budget", area: "", line: 3 },
      { name: "Hiring", area: "", line: 6 },
    ]);
  });

  it("trims names and areas", () => {
    expect(names("   Operations  :   Run the weekly review   ")).toEqual([
      { name: "Run the weekly review", area: "Operations" },
    ]);
  });

  it("reads `Area: Initiative`, splitting at the first colon followed by a space", () => {
    expect(names("Operations: Run stand-ups\nStrategy: Plan: the next year")).toEqual([
      { name: "Run stand-ups", area: "Operations" },
      { name: "Plan: the next year", area: "Strategy" },
    ]);
  });

  it("keeps a colon that is not followed by a space as part of the name", () => {
    expect(names("Stand-up at 10:30\nhttps://example.com/plan")).toEqual([
      { name: "Stand-up at 10:30", area: "" },
      { name: "https://example.com/plan", area: "" },
    ]);
  });

  it("reads a line ending with a colon as the area of the lines below it, up to the next heading", () => {
    const result = parsePaste(
      "Exec support:\nBoard deck\n\nOffsite agenda\nOps: Vendor renewals\nPeople:\nHiring plan\nSales\tPipeline review",
    );
    expect(result.initiatives.map(({ name, area }) => ({ name, area }))).toEqual([
      { name: "Board deck", area: "Exec support" },
      { name: "Offsite agenda", area: "Exec support" },
      // A line naming its own area keeps it, and does not count for the heading.
      { name: "Vendor renewals", area: "Ops" },
      { name: "Hiring plan", area: "People" },
      { name: "Pipeline review", area: "Sales" },
    ]);
    expect(result.headings).toEqual([
      { area: "Exec support", line: 1, lines: 2 },
      { area: "People", line: 6, lines: 1 },
    ]);
  });

  it("keeps a heading with nothing below it as a heading of no lines, not an initiative", () => {
    const result = parsePaste("Budget\nNote:");
    expect(result.initiatives.map((i) => i.name)).toEqual(["Budget"]);
    expect(result.headings).toEqual([{ area: "Note", line: 2, lines: 0 }]);
  });

  it("reads two tab-separated cells, as copied from a sheet, as area and initiative", () => {
    expect(names("Operations\tRun stand-ups\nStrategy\t Plan the year ")).toEqual([
      { name: "Run stand-ups", area: "Operations" },
      { name: "Plan the year", area: "Strategy" },
    ]);
  });

  it("takes the one filled cell of a tab-separated row as the name, whichever column it is in", () => {
    expect(names("\tNo area here\nOnly the first\t")).toEqual([
      { name: "No area here", area: "" },
      { name: "Only the first", area: "" },
    ]);
  });

  it("does not split a tab-separated name at a colon", () => {
    expect(names("Ops\tReview: weekly")).toEqual([{ name: "Review: weekly", area: "Ops" }]);
  });

  it("skips a copied header row and reports lines with more than two columns", () => {
    const result = parsePaste("Area\tInitiative\nOps\tRun\tCEO\tA\nOps\tPlan\t\t");
    expect(result.initiatives.map((i) => i.name)).toEqual(["Run", "Plan"]);
    expect(result.extraColumns).toEqual([2]);
  });

  it("handles Windows and old Mac line endings", () => {
    expect(parsePaste("Ops: Run\r\nStrategy\tPlan\r\n\r\nBudget\rHiring\r\n").initiatives).toEqual([
      { name: "Run", area: "Ops", line: 1 },
      { name: "Plan", area: "Strategy", line: 2 },
      { name: "Budget", area: "", line: 4 },
      { name: "Hiring", area: "", line: 5 },
    ]);
  });

  it("returns nothing for an empty paste", () => {
    expect(parsePaste("")).toEqual({ initiatives: [], headings: [], extraColumns: [] });
    expect(parsePaste(" \r\n\t\n")).toEqual({ initiatives: [], headings: [], extraColumns: [] });
  });

  it("keeps markup as plain text", () => {
    expect(names("<img src=x onerror=alert(1)>")).toEqual([
      { name: "<img src=x onerror=alert(1)>", area: "" },
    ]);
  });
});

describe("formatPaste", () => {
  it("writes initiatives back in a form parsePaste reads the same", () => {
    const list = [
      { name: "Run", area: "Ops" },
      { name: "Budget", area: "" },
    ];
    expect(formatPaste(list)).toBe("Ops: Run\nBudget");
    expect(names(formatPaste(list))).toEqual(list);
  });
});
