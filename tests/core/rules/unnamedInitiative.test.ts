import { analyzeGrid, findingsOf, ROLES } from "../helpers";

describe("UNNAMED_INITIATIVE: assignments without an initiative name", () => {
  it("warns on the empty name cell", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["", "A", "R"]]), "UNNAMED_INITIATIVE")).toEqual([
      {
        rule: "UNNAMED_INITIATIVE",
        severity: "warning",
        message: "Row 2 has assignments but no initiative name. Add a name or clear the row.",
        cell: "A2",
      },
    ]);
  });

  it("treats a whitespace-only name as no name", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["   ", "C"]]), "UNNAMED_INITIATIVE")).toHaveLength(1);
  });

  it("counts an invalid cell as an assignment", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["", "?"]]), "UNNAMED_INITIATIVE")).toHaveLength(1);
  });

  it("still applies the other row rules", () => {
    const rules = analyzeGrid(ROLES, [["", "C"]])
      .findings.filter((f) => f.cell === "A2")
      .map((f) => f.rule);
    expect(rules).toEqual(["NO_ACCOUNTABLE", "NO_RESPONSIBLE", "UNNAMED_INITIATIVE"]);
  });

  it("ignores a spare row entirely", () => {
    expect(analyzeGrid(ROLES, [["", "", " ", null, undefined]]).findings).toEqual([]);
  });
});
