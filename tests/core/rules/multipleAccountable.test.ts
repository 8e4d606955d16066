import { analyzeGrid, findingsOf, matrixOf, ROLES } from "../helpers";
import { analyze } from "../../../src/core/analyze";

describe("MULTIPLE_ACCOUNTABLE: double ownership of one initiative", () => {
  it("reports two A's as an error naming both roles, sorted", () => {
    const analysis = analyzeGrid(["COO", "CEO", "CFO"], [["Budget", "A", "A", "R"]]);
    expect(findingsOf(analysis, "MULTIPLE_ACCOUNTABLE")).toEqual([
      {
        rule: "MULTIPLE_ACCOUNTABLE",
        severity: "error",
        message: '"Budget" has 2 accountable roles (CEO, COO). Keep exactly one A.',
        initiative: "Budget",
        cell: "A2",
      },
    ]);
  });

  it("counts A/R as an A", () => {
    const [finding] = findingsOf(
      analyzeGrid(ROLES, [["Budget", "A/R", "A", "", "A"]]),
      "MULTIPLE_ACCOUNTABLE",
    );
    expect(finding.message).toBe(
      '"Budget" has 3 accountable roles (CEO, COO, Department heads). Keep exactly one A.',
    );
  });

  it("says nothing about exactly one A", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["Budget", "A", "R", "C", "I"]]), "MULTIPLE_ACCOUNTABLE")).toEqual(
      [],
    );
  });

  it("lists roles the same way whatever the column order", () => {
    const matrix = matrixOf(["CEO", "COO"], [["Budget", "A", "A"]]);
    const reversed = { ...matrix, roles: [...matrix.roles].reverse() };
    reversed.initiatives = matrix.initiatives.map((i) => ({ ...i, cells: [...i.cells].reverse() }));
    expect(analyze(reversed).findings).toEqual(analyze(matrix).findings);
  });
});
