import { analyze } from "../../../src/core/analyze";
import { findingsOf, HEADER_ROW, matrixOf, ROLES, type Row } from "../helpers";

/** The example rows, each with the Decision the team set (ROLES: CEO, COO, Chief of Staff, Department heads). */
function analyzeDecided(rows: [Row, string][]) {
  const matrix = matrixOf(
    ROLES,
    rows.map(([row]) => row),
  );
  matrix.initiatives.forEach((initiative, i) => (initiative.decision = rows[i][1]));
  return analyze(matrix, { headerRow: HEADER_ROW });
}

describe("AGREED_WITH_PROBLEMS: a row the team agreed that still breaks a row rule", () => {
  it("reports an Agreed row without an A, with two A, or held by both owners, as a warning on its name cell", () => {
    const analysis = analyzeDecided([
      [["Budget", "R", "C"], "Agreed"],
      [["Hiring", "A", "A", "R"], "agreed "],
      [["Board deck", "A", "R", "R"], "Agreed"],
    ]);
    expect(findingsOf(analysis, "AGREED_WITH_PROBLEMS")).toEqual([
      {
        rule: "AGREED_WITH_PROBLEMS",
        severity: "warning",
        message: '"Budget" is marked Agreed, but no one is accountable. Fix it, or reopen the decision.',
        initiative: "Budget",
        cell: "A2",
      },
      expect.objectContaining({ cell: "A3", message: expect.stringContaining("2 roles are accountable") }),
      expect.objectContaining({ cell: "A4", message: expect.stringContaining("both owners hold it") }),
    ]);
  });

  it("leaves a clean Agreed row, and rows not agreed (their own rules already speak), alone", () => {
    const analysis = analyzeDecided([
      [["Budget", "A", "", "R"], "Agreed"],
      [["Hiring", "R"], "Proposed"],
      [["Offsite", "R"], "Changed since agreed"],
      [["Board deck", "R"], "Disputed"],
    ]);
    expect(findingsOf(analysis, "AGREED_WITH_PROBLEMS")).toEqual([]);
  });
});

describe("the agreement summary", () => {
  it('counts "1 of 3 agreed" and lists the open rows with their decision and name cell', () => {
    const analysis = analyzeDecided([
      [["Budget", "A", "", "R"], "Agreed"],
      [["Hiring", "R"], ""],
      [["Offsite", "R"], "Changed since agreed"],
    ]);
    expect(analysis.agreement).toEqual({
      agreed: 1,
      total: 3,
      open: [
        { initiative: "Hiring", decision: "", cell: "A3", row: 3, codes: "CEO R" },
        { initiative: "Offsite", decision: "Changed since agreed", cell: "A4", row: 4, codes: "CEO R" },
      ],
    });
  });

  it("is absent for a matrix without the Decision column", () => {
    expect(analyze(matrixOf(ROLES, [["Budget", "A", "R"]])).agreement).toBeUndefined();
  });
});
