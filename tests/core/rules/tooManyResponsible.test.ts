import { analyzeGrid, findingsOf } from "../helpers";

const ROLES = ["CEO", "COO", "Chief of Staff", "CFO", "CTO"];

describe("TOO_MANY_RESPONSIBLE: more than 3 roles do the work", () => {
  it("warns at 4 responsible roles, counting A/R", () => {
    expect(
      findingsOf(analyzeGrid(ROLES, [["Launch", "A/R", "R", "R", "R"]]), "TOO_MANY_RESPONSIBLE"),
    ).toEqual([
      {
        rule: "TOO_MANY_RESPONSIBLE",
        severity: "warning",
        message: '"Launch" has 4 responsible roles (more than 3). Split it into smaller initiatives.',
        initiative: "Launch",
        cell: "A2",
      },
    ]);
  });

  it("accepts 3", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["Launch", "A", "R", "R", "R"]]), "TOO_MANY_RESPONSIBLE")).toEqual(
      [],
    );
  });

  it("follows settings.maxResponsible", () => {
    const analysis = analyzeGrid(ROLES, [["Launch", "A", "R", "R"]], { maxResponsible: 1 });
    expect(findingsOf(analysis, "TOO_MANY_RESPONSIBLE")[0].message).toContain(
      "2 responsible roles (more than 1)",
    );
  });
});
