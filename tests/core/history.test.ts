/** The sidebar's history names roles and cells as they are now, after renames and moves. */
import { describeLogUser, presentHistory, type HistoryLine } from "../../src/core/history";

const line = (over: Partial<HistoryLine>): HistoryLine => ({
  initiative: "Pricing",
  role: "",
  cell: "",
  old: "",
  new: "",
  change: "",
  ...over,
});

const now = {
  roles: [
    { name: "CEO", column: 3 },
    { name: "Finance", column: 4 },
  ],
  initiatives: [
    { name: "Hiring", row: 9 },
    { name: "Pricing", row: 10 },
  ],
};

describe("presentHistory", () => {
  it("shows a code typed before a rename under the role's name today, at the cell where it is now", () => {
    const lines = [
      line({ change: 'Initiative "Pricing" was moved down', initiative: "Pricing" }),
      line({
        change: 'Role "CFO" was renamed "Finance"',
        initiative: "",
        role: "Finance",
        old: "CFO",
        new: "Finance",
      }),
      line({ role: "CFO", cell: "D9", old: "", new: "A" }),
    ];
    expect(presentHistory(lines, now)[2]).toMatchObject({ role: "Finance", cell: "D10", new: "A" });
    // The sidebar's own changes are kept as they were logged.
    expect(presentHistory(lines, now).slice(0, 2)).toEqual(lines.slice(0, 2));
  });

  it("follows a chain of renames, newest first", () => {
    const lines = [
      line({ change: "r2", initiative: "", role: "Finance", old: "Money", new: "Finance" }),
      line({ change: "r1", initiative: "", role: "Money", old: "CFO", new: "Money" }),
      line({ role: "CFO", cell: "D9", new: "R" }),
    ];
    expect(presentHistory(lines, now)[2]).toMatchObject({ role: "Finance", cell: "D10" });
  });

  it("does not apply a rename to the lines written after it", () => {
    const lines = [
      line({ role: "CFO", cell: "E10", new: "C" }), // a new role called CFO, added after the rename
      line({ change: "r", initiative: "", role: "Finance", old: "CFO", new: "Finance" }),
    ];
    expect(presentHistory(lines, now)[0]).toMatchObject({ role: "CFO", cell: "E10" });
  });

  it("keeps the logged cell when the role or the initiative is gone, or the name is ambiguous", () => {
    const twice = { ...now, initiatives: [...now.initiatives, { name: "Pricing", row: 12 }] };
    expect(presentHistory([line({ role: "COO", cell: "F9" })], now)[0].cell).toBe("F9");
    expect(presentHistory([line({ role: "CEO", cell: "C7", initiative: "Gone" })], now)[0].cell).toBe("C7");
    expect(presentHistory([line({ role: "CEO", cell: "C9" })], twice)[0].cell).toBe("C9");
  });
});

describe("describeLogUser", () => {
  it("says what a fix did in words, not by its rule's name", () => {
    expect(describeLogUser("RACI Matrix for Sheets (fix: MULTIPLE_ACCOUNTABLE)")).toBe(
      "RACI Matrix for Sheets (fix: two or more accountable → kept one)",
    );
    expect(describeLogUser("RACI Matrix for Sheets (fix: NO_ACCOUNTABLE)")).toBe(
      "RACI Matrix for Sheets (fix: nobody accountable → gave the A)",
    );
  });

  it("leaves a person, and what it has no words for, as logged", () => {
    expect(describeLogUser("dana@example.com")).toBe("dana@example.com");
    expect(describeLogUser("RACI Matrix for Sheets (fix: TOO_MANY_INFORMED)")).toBe(
      "RACI Matrix for Sheets (fix: TOO_MANY_INFORMED)",
    );
    expect(describeLogUser("RACI Matrix for Sheets (undo fix)")).toBe("RACI Matrix for Sheets (undo fix)");
  });
});
