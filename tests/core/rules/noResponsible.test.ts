import { analyzeGrid, findingsOf, ROLES } from "../helpers";

describe("NO_RESPONSIBLE: nobody does the work", () => {
  it("reports an initiative with an A but no R, as a warning", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["Hiring plan", "A", "C", "I", ""]]), "NO_RESPONSIBLE")).toEqual([
      {
        rule: "NO_RESPONSIBLE",
        severity: "warning",
        message: 'No one is responsible for doing "Hiring plan". Give at least one role an R.',
        initiative: "Hiring plan",
        cell: "A2",
      },
    ]);
  });

  it("accepts A/R as the responsible role", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["Hiring plan", "A/R"]]), "NO_RESPONSIBLE")).toEqual([]);
  });

  it("reports a named initiative with no assignment at all", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["Hiring plan"]]), "NO_RESPONSIBLE")).toHaveLength(1);
  });
});
