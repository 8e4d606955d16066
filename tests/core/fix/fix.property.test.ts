import fc from "fast-check";
import { planFixes } from "../../../src/core/fix/index";
import { analyzeGrid, matrixOf, type Row } from "../helpers";

const ROLES = ["CEO", "COO", "Chief of Staff", "Department heads", "CFO"];
const PAIR = { ownerPair: ["COO", "Chief of Staff"] as [string, string] };
const FIXABLE = new Set(["NO_ACCOUNTABLE", "MULTIPLE_ACCOUNTABLE", "SHARED_OWNERSHIP", "NO_RESPONSIBLE"]);
const words = fc.constantFrom(
  "process",
  "board",
  "costs",
  "vision",
  "budget",
  "dog",
  "projects",
  "teams",
  "🎉",
);
const cell = fc.constantFrom("", "", "R", "A", "A/R", "C", "I", "ra", "X");

const grid = fc
  .array(
    fc.tuple(fc.array(words, { minLength: 1, maxLength: 3 }), fc.array(cell, { minLength: 5, maxLength: 5 })),
    {
      maxLength: 12,
    },
  )
  .map((rows) => rows.map(([w, cells], i): Row => [`${w.join(" ")} #${i}`, ...cells]));

describe("planFixes properties", () => {
  it("leaves every fixable finding either fixed or skipped with a reason, and never writes over an unreadable cell", () => {
    fc.assert(
      fc.property(grid, (rows) => {
        const plan = planFixes(matrixOf(ROLES, rows, PAIR));
        const after = rows.map((row) => row.slice() as Row);
        for (const change of plan.changes) {
          const row = after[change.row - 2];
          expect(["", "R", "A", "A/R", "C", "I"]).toContain(
            row[change.column - 1] === "ra" ? "A/R" : row[change.column - 1],
          );
          expect(row[change.column - 1]).not.toBe("X");
          row[change.column - 1] = change.new;
        }
        const left = analyzeGrid(ROLES, after, PAIR).findings.filter((f) => FIXABLE.has(f.rule));
        for (const finding of left)
          expect(plan.skipped).toContainEqual(
            expect.objectContaining({ rule: finding.rule, initiative: finding.initiative }),
          );
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(grid, (rows) =>
        expect(planFixes(matrixOf(ROLES, rows, PAIR))).toEqual(planFixes(matrixOf(ROLES, rows, PAIR))),
      ),
    );
  });
});
