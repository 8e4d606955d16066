import { analyze } from "../../../src/core/analyze";
import { analyzeGrid, findingsOf, matrixOf, type Row } from "../helpers";

const ROLES = ["CEO", "COO"];

/** `owned` rows where the COO holds `code`, then rows the CEO owns alone. */
function rows(owned: number, total: number, code = "R"): Row[] {
  return Array.from({ length: total }, (_, i): Row =>
    i < owned ? [`I${i}`, "A", code] : [`I${i}`, "A/R", "C"],
  );
}

describe("ROLE_OVERLOADED: a role owns most of the initiatives", () => {
  it("warns on the header cell when a role holds R or A on more than 60% and at least 4", () => {
    expect(findingsOf(analyzeGrid(ROLES, rows(4, 5)), "ROLE_OVERLOADED")).toContainEqual({
      rule: "ROLE_OVERLOADED",
      severity: "warning",
      message: "COO holds R or A on 4 of 5 initiatives (80%). Hand some to other roles.",
      role: "COO",
      cell: "C1",
    });
  });

  it("needs more than the share, not exactly it", () => {
    const owners = (n: number, total: number) =>
      findingsOf(analyzeGrid(ROLES, rows(n, total)), "ROLE_OVERLOADED").map((f) => f.role);
    expect(owners(6, 10)).not.toContain("COO");
    expect(owners(7, 10)).toContain("COO");
    expect(owners(5, 9)).not.toContain("COO");
  });

  it("needs at least 4 initiatives", () => {
    // Both roles own all 3 initiatives: 100%, but fewer than 4.
    expect(findingsOf(analyzeGrid(ROLES, rows(3, 3)), "ROLE_OVERLOADED")).toEqual([]);
  });

  it("counts A/R once per initiative", () => {
    const found = findingsOf(analyzeGrid(ROLES, rows(4, 5, "A/R")), "ROLE_OVERLOADED");
    expect(found.find((f) => f.role === "COO")?.message).toContain("4 of 5");
  });

  it("follows the settings", () => {
    const found = findingsOf(
      analyzeGrid(ROLES, rows(2, 4), { overloadShare: 0.4, overloadMinInitiatives: 2 }),
      "ROLE_OVERLOADED",
    );
    expect(found.map((f) => f.role)).toContain("COO");
  });

  it("carries no cell when the header row is not known", () => {
    const [finding] = findingsOf(analyze(matrixOf(ROLES, rows(4, 4))), "ROLE_OVERLOADED");
    expect(finding.cell).toBeUndefined();
  });
});
