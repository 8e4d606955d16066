import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { newLayout } from "../../../src/core/plan/layout";
import { newDecor } from "../../../src/core/plan/decor";
import { planNewMatrix, planRefresh } from "../../../src/core/plan/plan";
import type { CellBlock } from "../../../src/core/plan/types";

// The fixtures below use the layout without the people row (the first initiative on row 9); the people
// row has its own test at the end.
function input(
  roles: string[],
  initiatives: { name: string; area: string; codes: string[] }[],
  people = false,
) {
  const layout = newLayout(roles.length, initiatives.length, people);
  const areas = Array.from(
    { length: layout.lastRow - layout.headerRow - (people ? 1 : 0) },
    (_, i) => initiatives[i]?.area ?? "",
  );
  return {
    layout,
    settings: DEFAULT_SETTINGS,
    owners: [4, 5] as [number, number],
    areas,
    title: "T",
    roles,
    initiatives,
  };
}

const grids = (block: CellBlock) =>
  [block.values, block.backgrounds, block.fontWeights, block.notes].filter((grid) => grid !== undefined);

describe("planNewMatrix", () => {
  const plan = planNewMatrix(
    input(
      ["CEO", "COO", "=evil()"],
      [
        { name: "+1", area: "Ops", codes: ["A", "R", ""] },
        { name: "Budget", area: "Money", codes: ["", "A/R", "C"] },
      ],
    ),
  );

  it("gives every grid of every block the dimensions of its range (setValues would throw otherwise)", () => {
    for (const block of plan.blocks) {
      for (const grid of grids(block)) {
        expect(grid).toHaveLength(block.range.numRows);
        for (const row of grid ?? []) expect(row).toHaveLength(block.range.numColumns);
      }
    }
  });

  it("writes user text with the apostrophe prefix, and formulas only where the add-on computes", () => {
    const values = plan.blocks[0].values ?? [];
    expect(values[0][0]).toBe("'T");
    expect(values[7]).toContain("'=evil()");
    expect(values[8][1]).toBe("'+1");
    const formulaColumns = new Set<number>();
    values.forEach((row) =>
      row.forEach((value, c) => typeof value === "string" && value.startsWith("=") && formulaColumns.add(c)),
    );
    expect([...formulaColumns].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 10]); // role summary columns, Status, the check
  });

  it("orders highlighting rules so a cell-level problem wins over its row's colour", () => {
    expect(plan.highlightRules.map((rule) => rule.name)).toEqual([
      "INVALID_CODE",
      "SHARED_OWNERSHIP",
      "MULTIPLE_ACCOUNTABLE",
      "NO_ACCOUNTABLE",
      "NO_RESPONSIBLE",
      "ROLE_OVERLOADED",
      // On the Decision cells only, which no row rule covers (row rules stop at Status).
      "DECISION_DISPUTED",
      "CHANGED_SINCE_AGREED",
      "UNKNOWN_DECISION",
    ]);
  });

  it("gives a new matrix Decision, Decided on, Agreed by and Notes right of Status, every initiative Proposed, spare rows blank", () => {
    const values = plan.blocks[0].values ?? [];
    expect(values[7].slice(5)).toEqual([
      "Status",
      "Decision",
      "Decided on",
      "Agreed by",
      "Notes",
      "RACI check",
    ]);
    expect(plan.hiddenColumn).toBe(11);
    expect(values[8][6]).toBe("Proposed");
    expect(values[9][6]).toBe("Proposed");
    expect(values[10][6]).toBe("");
    expect(plan.decisionValidation).toEqual({
      ranges: [{ row: 9, column: 7, numRows: 22, numColumns: 1 }],
      // The add-on's own "Changed since agreed" too, so Sheets never marks it as outside the list.
      values: ["Proposed", "Agreed", "Disputed", "Changed since agreed"],
      helpText: expect.stringContaining("Changed since agreed"),
    });
    const disputed = plan.highlightRules.find((rule) => rule.name === "DECISION_DISPUTED");
    expect(disputed?.ranges).toEqual([{ row: 9, column: 7, numRows: 22, numColumns: 1 }]);
  });

  it("prepares spare rows below the initiatives and freezes the header and the initiative column", () => {
    expect(plan.minRows).toBe(8 + 2 + 20);
    expect(plan.frozenRows).toBe(8);
    expect(plan.frozenColumns).toBe(2);
    expect(plan.codeValidation.ranges).toEqual([{ row: 9, column: 3, numRows: 22, numColumns: 3 }]);
  });
});

describe("planRefresh", () => {
  it("writes no value into a user cell: only the legend and summary rows, the check column, and Status", () => {
    const base = input(["CEO", "COO", "CoS"], [{ name: "X", area: "", codes: ["A", "R", ""] }]);
    const plan = planRefresh({ ...base, decor: newDecor(base.layout, "RACI"), style: "full" });
    const written = plan.blocks.filter((block) => block.values);
    expect(written.map((block) => block.range)).toEqual([
      { row: 2, column: 1, numRows: 6, numColumns: 6 },
      { row: 8, column: 11, numRows: 22, numColumns: 1 },
      { row: 9, column: 6, numRows: 21, numColumns: 1 },
    ]);
  });
});

describe("planNewMatrix with the people row", () => {
  const plan = planNewMatrix(
    input(["CEO", "COO"], [{ name: "Budget", area: "Money", codes: ["A", "R"] }], true),
  );
  const values = plan.blocks[0].values ?? [];

  it("puts 'Held by' and an empty name per role right under the header, and the first initiative below it", () => {
    expect(values[7].slice(1, 5)).toEqual(["Initiative", "'CEO", "'COO", "Status"]);
    // Empty names, Status, agreement cells and hidden check: the row is no initiative.
    expect(values[8]).toEqual(["", "Held by", "", "", "", "", "", "", "", ""]);
    expect(values[9].slice(0, 4)).toEqual(["'Money", "'Budget", "A", "R"]);
  });

  it("freezes it with the header and keeps dropdowns, Status, protections and highlighting to the initiatives' rows", () => {
    expect(plan.frozenRows).toBe(9);
    expect(plan.minRows).toBe(8 + 1 + 1 + 20);
    expect(plan.codeValidation.ranges).toEqual([{ row: 10, column: 3, numRows: 21, numColumns: 2 }]);
    expect(plan.decisionValidation?.ranges[0].row).toBe(10);
    for (const protection of plan.protections.filter((p) => p.range.column === 5))
      expect(protection.range.row === 10 || protection.range.row < 8).toBe(true);
    for (const rule of plan.highlightRules)
      for (const range of rule.ranges) expect(range.row === 10 || range.row < 8).toBe(true);
  });
});
