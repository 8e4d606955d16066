import { buildPortfolio } from "../../../src/core/portfolio/index";
import type { Row } from "../helpers";
import { sourceOf } from "./helpers";

const ROLES = ["CEO", "COO"];

/** `owned` rows where the COO holds A, then rows where the CEO does. */
function rows(prefix: string, owned: number, others: number): Row[] {
  return [
    ...Array.from({ length: owned }, (_, i): Row => [`${prefix} ${i}`, "", "A"]),
    ...Array.from({ length: others }, (_, i): Row => [`${prefix} other ${i}`, "A", ""]),
  ];
}

describe("ROLE_OVERLOADED across the portfolio", () => {
  it("counts a role's R or A over every matrix's initiatives, by the threshold the matrices share", () => {
    // 3 of 4 in Q1 and 2 of 4 in Q2: neither matrix alone is over 60% of at least 4 in Q2, but 5 of 8 is 62.5%.
    const { findings } = buildPortfolio([
      sourceOf("Q1", ROLES, rows("q1", 3, 1)),
      sourceOf("Q2", ROLES, rows("q2", 2, 2)),
    ]);
    expect(findings).toEqual([
      {
        rule: "ROLE_OVERLOADED",
        severity: "warning",
        message:
          "COO holds R or A on 5 of the 8 initiatives of all 2 matrices (63%). Hand some to other roles.",
        role: "COO",
        sheetName: "Q1",
        cell: "C1",
      },
    ]);
  });

  it("uses the matrices' own threshold when they all set the same one", () => {
    const settings = { overloadShare: 0.7 };
    const { findings } = buildPortfolio([
      sourceOf("Q1", ROLES, rows("q1", 3, 1), { settings }),
      sourceOf("Q2", ROLES, rows("q2", 2, 2), { settings }),
    ]);
    expect(findings).toEqual([]);
  });

  it("uses the default (more than 60%, at least 4) when the matrices' thresholds differ, and says so", () => {
    const { findings } = buildPortfolio([
      sourceOf("Q1", ROLES, rows("q1", 3, 1), { settings: { overloadShare: 0.9 } }),
      sourceOf("Q2", ROLES, rows("q2", 2, 2), { settings: { overloadMinInitiatives: 9 } }),
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      "COO holds R or A on 5 of the 8 initiatives of all 2 matrices (63%). Hand some to other roles. " +
        "(The matrices set different limits, so this uses the default: more than 60%, and at least 4.)",
    ]);
  });

  it("needs the minimum number of initiatives, as in one matrix", () => {
    expect(
      buildPortfolio([sourceOf("Q1", ROLES, rows("q1", 2, 0)), sourceOf("Q2", ROLES, rows("q2", 1, 0))])
        .findings,
    ).toEqual([]);
  });

  it("places the finding on the role's header in the matrix where it owns the most", () => {
    const [finding] = buildPortfolio([
      sourceOf("Q1", ROLES, rows("q1", 1, 0)),
      sourceOf("Q2", ["COO", "CEO"].reverse(), rows("q2", 4, 0)),
    ]).findings;
    expect(finding).toMatchObject({ sheetName: "Q2", cell: "C1" });
  });
});
