import { analyzeGrid, findingsOf, ROLES } from "../helpers";

describe("NO_ACCOUNTABLE: an initiative nobody owns", () => {
  it("reports an initiative where no role holds A, as an error on its name cell", () => {
    const analysis = analyzeGrid(ROLES, [["Process optimisation", "R", "C", "I", ""]]);
    expect(findingsOf(analysis, "NO_ACCOUNTABLE")).toEqual([
      {
        rule: "NO_ACCOUNTABLE",
        severity: "error",
        message: 'No one is accountable for "Process optimisation". Give exactly one role an A.',
        initiative: "Process optimisation",
        cell: "A2",
      },
    ]);
  });

  it("reports a named initiative with no assignment at all", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["Budget"]]), "NO_ACCOUNTABLE")).toHaveLength(1);
  });

  it("accepts A/R as the accountable role", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["Budget", "A/R"]]), "NO_ACCOUNTABLE")).toEqual([]);
  });

  it("does not count an invalid cell as an A", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["Budget", "Accountable-ish"]]), "NO_ACCOUNTABLE")).toHaveLength(1);
  });

  it("names an unnamed row by its row number", () => {
    const [finding] = findingsOf(analyzeGrid(ROLES, [["", "R"]]), "NO_ACCOUNTABLE");
    expect(finding.message).toBe(
      "No one is accountable for the unnamed initiative in row 2. Give exactly one role an A.",
    );
    expect(finding.initiative).toBeUndefined();
  });

  it("ignores a spare row with neither name nor assignment", () => {
    expect(analyzeGrid(ROLES, [["", "", "", "", ""]]).findings).toEqual([]);
  });
});
