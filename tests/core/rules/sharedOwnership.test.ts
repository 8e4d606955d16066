import { analyzeGrid, findingsOf, ROLES } from "../helpers";

describe("SHARED_OWNERSHIP: the COO and the Chief of Staff claim the same work", () => {
  it("warns when both roles of the owner pair hold R or A", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["X", "", "A", "R", ""]]), "SHARED_OWNERSHIP")).toEqual([
      {
        rule: "SHARED_OWNERSHIP",
        severity: "warning",
        message: 'COO and Chief of Staff both own "X" (R or A). Decide who leads.',
        initiative: "X",
        cell: "A2",
      },
    ]);
  });

  it("counts A/R on one side and R on the other", () => {
    expect(findingsOf(analyzeGrid(ROLES, [["X", "", "A/R", "R"]]), "SHARED_OWNERSHIP")).toHaveLength(1);
  });

  it("is quiet when one of the pair is only consulted or informed", () => {
    const rows: [string, ...string[]][] = [
      ["X", "", "A/R", "C"],
      ["Y", "", "I", "A/R"],
    ];
    expect(findingsOf(analyzeGrid(ROLES, rows), "SHARED_OWNERSHIP")).toEqual([]);
  });

  it("matches the pair to role names whatever the case and spacing", () => {
    const analysis = analyzeGrid(["coo", " chief  of staff "], [["X", "A", "R"]]);
    expect(findingsOf(analysis, "SHARED_OWNERSHIP")[0].message).toBe(
      'coo and chief  of staff both own "X" (R or A). Decide who leads.',
    );
  });

  it("uses the pair from the settings", () => {
    const analysis = analyzeGrid(ROLES, [["X", "A", "R", "R"]], { ownerPair: ["CEO", "COO"] });
    expect(findingsOf(analysis, "SHARED_OWNERSHIP")[0].message).toMatch(/^CEO and COO both own/);
  });

  it("is off when the pair is null or one of its roles is missing", () => {
    expect(
      findingsOf(analyzeGrid(ROLES, [["X", "", "A", "R"]], { ownerPair: null }), "SHARED_OWNERSHIP"),
    ).toEqual([]);
    expect(findingsOf(analyzeGrid(["CEO", "COO"], [["X", "A", "R"]]), "SHARED_OWNERSHIP")).toEqual([]);
  });
});
