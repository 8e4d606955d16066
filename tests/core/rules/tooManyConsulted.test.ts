import { analyzeGrid, findingsOf } from "../helpers";

const ROLES = ["CEO", "COO", "Chief of Staff", "CFO", "CTO", "CMO"];

describe("TOO_MANY_CONSULTED: more than 3 roles are consulted", () => {
  it("notes 4 consulted roles as info", () => {
    expect(
      findingsOf(analyzeGrid(ROLES, [["Pricing", "A/R", "C", "C", "C", "C"]]), "TOO_MANY_CONSULTED"),
    ).toEqual([
      {
        rule: "TOO_MANY_CONSULTED",
        severity: "info",
        message: '"Pricing" consults 4 roles (more than 3). Fewer voices make faster decisions.',
        initiative: "Pricing",
        cell: "A2",
      },
    ]);
  });

  it("accepts 3", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["Pricing", "A/R", "C", "C", "C"]]), "TOO_MANY_CONSULTED")).toEqual(
      [],
    );
  });

  it("follows settings.maxConsulted", () => {
    const analysis = analyzeGrid(ROLES, [["Pricing", "A/R", "C"]], { maxConsulted: 0 });
    expect(findingsOf(analysis, "TOO_MANY_CONSULTED")).toHaveLength(1);
  });
});
