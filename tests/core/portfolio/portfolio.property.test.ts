import fc from "fast-check";
import { analyze } from "../../../src/core/analyze";
import { roleKey } from "../../../src/core/portfolio/identity";
import { buildPortfolio } from "../../../src/core/portfolio/index";
import type { Portfolio } from "../../../src/core/api";
import type { PortfolioSource } from "../../../src/core/portfolio/types";
import type { CellValue } from "../../../src/core/types";
import type { Row } from "../helpers";
import { sourceOf } from "./helpers";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom("R", "A", "A/R", "C", "I", "ra", "", " ", "Accountable", "x"),
  fc.constant(null),
);
const roleName = fc.oneof(
  fc.constantFrom(
    "CEO",
    "Chief Executive Officer",
    "COO",
    "coo ",
    "Chief of Staff",
    "CoS",
    "CFO",
    "Board",
    "",
  ),
  fc.string({ maxLength: 6 }),
);
const initiativeName = fc.constantFrom("Budget", "budget.", "Hiring plan", "hiring  PLAN", "Offsite", "");
const person = fc.constantFrom("", "Dana Lee", "dana lee", "Sam Ortiz");

/** One matrix: a few roles (with people), a few rows, its own overload threshold. */
const matrix = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    roles: fc.array(roleName, { minLength: width, maxLength: width }),
    heldBy: fc.array(person, { minLength: width, maxLength: width }),
    rows: fc.array(
      fc
        .tuple(initiativeName, fc.array(cell, { minLength: width, maxLength: width }))
        .map(([name, cells]): Row => [name, ...cells]),
      { maxLength: 8 },
    ),
    overloadShare: fc.constantFrom(0.5, 0.6),
  }),
);

const sources: fc.Arbitrary<PortfolioSource[]> = fc
  .array(matrix, { maxLength: 4 })
  .map((list) =>
    list.map(({ roles, heldBy, rows, overloadShare }, i) =>
      sourceOf(`Sheet ${i + 1}`, roles, rows, { heldBy, settings: { overloadShare } }),
    ),
  );

/** What must not depend on the order of the matrices: each sheet list compared as a set. */
function orderFree(portfolio: Portfolio) {
  return {
    roles: portfolio.roles.map((role) => ({ ...role, matrices: [...role.matrices].sort() })),
    people: portfolio.people,
    overloaded: portfolio.findings
      .filter((f) => f.rule === "ROLE_OVERLOADED")
      .map((f) => f.role)
      .sort(),
  };
}

describe("portfolio properties", () => {
  it("merges the same way whatever order the matrices come in", () => {
    fc.assert(
      fc.property(
        sources.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(orderFree(buildPortfolio(shuffled))).toEqual(orderFree(buildPortfolio(list)));
        },
      ),
    );
  });

  it("sums each role's R, A, C and I to the per-matrix loads the analysis reports for its columns", () => {
    fc.assert(
      fc.property(sources, (list) => {
        const expected = new Map<string, { R: number; A: number; C: number; I: number }>();
        for (const { matrix: m } of list) {
          analyze(m).roles.forEach((load, i) => {
            const key = roleKey(m.roles[i].name);
            if (key === undefined) return;
            const sum = expected.get(key) ?? { R: 0, A: 0, C: 0, I: 0 };
            expected.set(key, { R: sum.R + load.R, A: sum.A + load.A, C: sum.C + load.C, I: sum.I + load.I });
          });
        }
        const portfolio = buildPortfolio(list);
        expect(portfolio.roles).toHaveLength(expected.size);
        for (const { role, R, A, C, I } of portfolio.roles) {
          expect({ R, A, C, I }).toEqual(expected.get(roleKey(role) ?? ""));
        }
      }),
    );
  });

  it("never finds CONFLICTING_OWNERS in a portfolio of one matrix", () => {
    fc.assert(
      fc.property(matrix, ({ roles, heldBy, rows }) => {
        const { findings } = buildPortfolio([sourceOf("Only", roles, rows, { heldBy })]);
        expect(findings.filter((f) => f.rule === "CONFLICTING_OWNERS")).toEqual([]);
      }),
    );
  });

  it("keeps every share within 0..1, and counts each column a person holds to that person exactly once", () => {
    fc.assert(
      fc.property(sources, (list) => {
        const portfolio = buildPortfolio(list);
        for (const { share } of portfolio.roles) expect(share >= 0 && share <= 1).toBe(true);
        let held = 0;
        for (const { matrix: m } of list) {
          analyze(m).roles.forEach((load) => {
            if ((load.heldBy ?? "").trim() !== "") held += load.R + load.A + load.C + load.I;
          });
        }
        expect(portfolio.people.reduce((n, p) => n + p.R + p.A + p.C + p.I, 0)).toBe(held);
      }),
    );
  });
});
