import { planFixes, readRuleNames } from "../../../src/core/fix/index";
import { analyzeGrid, HEADER_ROW, matrixOf, type Row } from "../helpers";

const ROLES = ["CEO", "COO", "Chief of Staff", "Department heads"];
const PAIR = { ownerPair: ["COO", "Chief of Staff"] as [string, string] };

/** The grid after applying a plan, as the sheet would hold it. */
function applied(rows: Row[], changes: { row: number; column: number; new: string }[]): Row[] {
  const grid = rows.map((row) => row.slice() as Row);
  for (const c of changes) grid[c.row - HEADER_ROW - 1][c.column - 1] = c.new;
  return grid;
}

const FIXED_RULES = ["NO_ACCOUNTABLE", "MULTIPLE_ACCOUNTABLE", "SHARED_OWNERSHIP", "NO_RESPONSIBLE"];

describe("planFixes", () => {
  const rows: Row[] = [
    ["Reduce cloud costs", "", "", "", "R"], // a gap: nobody owns it
    ["Board deck preparation", "A", "", "A", ""], // double A
    ["Streamline expense approvals", "I", "A", "R", ""], // COO and Chief of Staff share the row
  ];

  it("fixes a gap, a double A and a shared row as the charters divide the work, each change with its reason", () => {
    const plan = planFixes(matrixOf(ROLES, rows, PAIR));
    expect(plan.changes.map(({ cell, role, rule, old, new: code }) => [cell, role, rule, old, code])).toEqual(
      [
        ["C2", "COO", "NO_ACCOUNTABLE", "", "A"],
        ["B3", "CEO", "MULTIPLE_ACCOUNTABLE", "A", "R"],
        ["D4", "Chief of Staff", "SHARED_OWNERSHIP", "R", "C"],
        ["E4", "Department heads", "NO_RESPONSIBLE", "", "R"],
      ],
    );
    expect(plan.changes[0].reason).toBe(
      "COO becomes A: mentions 'costs' — Efficiency and operating costs: cut waste; vendors, procurement, tools and spending on operations",
    );
    expect(plan.changes[1].reason).toMatch(
      /^CEO becomes R: Chief of Staff keeps the A — mentions 'board', 'preparation'/,
    );
    const after = analyzeGrid(ROLES, applied(rows, plan.changes), PAIR);
    expect(after.findings.filter((f) => FIXED_RULES.includes(f.rule))).toEqual([]);
  });

  it("fixes only the rules asked for", () => {
    const plan = planFixes(matrixOf(ROLES, rows, PAIR), new Map(), new Set(["NO_ACCOUNTABLE"] as const));
    expect(plan.changes.map((c) => c.rule)).toEqual(["NO_ACCOUNTABLE"]);
  });

  it("settles what a fix asked for alone would leave broken: shared ownership fixed leaves somebody responsible", () => {
    const shared = rows.slice(2);
    const plan = planFixes(matrixOf(ROLES, shared, PAIR), new Map(), new Set(["SHARED_OWNERSHIP"] as const));
    expect(plan.changes.map(({ cell, rule, new: code }) => [cell, rule, code])).toEqual([
      ["D2", "SHARED_OWNERSHIP", "C"],
      ["E2", "NO_RESPONSIBLE", "R"],
    ]);
    const after = analyzeGrid(ROLES, applied(shared, plan.changes), PAIR);
    expect(after.findings.filter((f) => FIXED_RULES.includes(f.rule))).toEqual([]);
  });

  it("never invents an owner without evidence, and says why", () => {
    const plan = planFixes(matrixOf(ROLES, [["Walk the dog", "", "", "", "R"]], PAIR));
    expect(plan.changes).toEqual([]);
    expect(plan.skipped).toContainEqual({
      rule: "NO_ACCOUNTABLE",
      initiative: "Walk the dog",
      reason: expect.stringContaining('No word of "Walk the dog" matches a role\'s charter') as unknown,
    });
  });

  it("leaves a row with a code it cannot read untouched, naming the cell", () => {
    const plan = planFixes(matrixOf(ROLES, [["Reduce cloud costs", "X", "", "", "R"]], PAIR));
    expect(plan.changes).toEqual([]);
    expect(plan.skipped.map((s) => s.reason)).toContain(
      "B2 holds a code the add-on cannot read: correct it, then fix this row.",
    );
    expect(plan.skipped.find((s) => s.rule === "INVALID_CODE")?.reason).toBe(
      "only the person who typed it knows what was meant.",
    );
  });

  it("skips a double A that no charter settles", () => {
    const plan = planFixes(matrixOf(["Alice", "Bob"], [["Friday pizza", "A", "A"]], { ownerPair: null }));
    expect(plan.changes).toEqual([]);
    expect(plan.skipped[0]).toMatchObject({ rule: "MULTIPLE_ACCOUNTABLE" });
  });

  it("makes the owner A/R when nobody is suggested to do the work", () => {
    const plan = planFixes(matrixOf(ROLES, [["Board deck preparation", "I", "", "A", ""]], PAIR));
    expect(plan.changes).toMatchObject([{ cell: "D2", old: "A", new: "A/R", rule: "NO_RESPONSIBLE" }]);
  });

  it("reads rule names strictly", () => {
    expect(readRuleNames(["NO_ACCOUNTABLE"])).toEqual({ ok: true, rules: new Set(["NO_ACCOUNTABLE"]) });
    expect(readRuleNames(["constructor"])).toEqual({
      ok: false,
      message: '"constructor" is not a rule name.',
    });
    expect(readRuleNames("x").ok).toBe(false);
  });
});
