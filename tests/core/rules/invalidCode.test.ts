import { analyze } from "../../../src/core/analyze";
import { findingsOf, analyzeGrid, matrixOf, ROLES, type Row } from "../helpers";

describe("INVALID_CODE: a cell that is not a RACI code", () => {
  it("reports the cell, its text and the role, as an error", () => {
    const rows: Row[] = [["a"], ["b"], ["c"], ["d"], ["e"], ["Budget", "A", "R", "X"]];
    expect(findingsOf(analyzeGrid(ROLES, rows), "INVALID_CODE")).toEqual([
      {
        rule: "INVALID_CODE",
        severity: "error",
        message: 'Cell D7 holds "X", which is not a RACI code. Use R, A, A/R, C or I.',
        initiative: "Budget",
        role: "Chief of Staff",
        cell: "D7",
      },
    ]);
  });

  it("reports every invalid cell of a row, left to right", () => {
    const found = findingsOf(analyzeGrid(ROLES, [["Budget", "R/C", "A", 3, true]]), "INVALID_CODE");
    expect(found.map((f) => f.cell)).toEqual(["B2", "D2", "E2"]);
    expect(found.map((f) => f.message)).toEqual([
      'Cell B2 holds "R/C", which is not a RACI code. Use R, A, A/R, C or I.',
      'Cell D2 holds "3", which is not a RACI code. Use R, A, A/R, C or I.',
      'Cell E2 holds "true", which is not a RACI code. Use R, A, A/R, C or I.',
    ]);
  });

  it("shows a date as an ISO date", () => {
    const [finding] = findingsOf(
      analyzeGrid(ROLES, [["Budget", new Date(Date.UTC(2024, 0, 5))]]),
      "INVALID_CODE",
    );
    expect(finding.message).toContain('"2024-01-05T00:00:00.000Z"');
  });

  it("counts the invalid cell as nothing for the other rules", () => {
    const analysis = analyzeGrid(ROLES, [["Budget", "AA", "RR"]]);
    expect(findingsOf(analysis, "NO_ACCOUNTABLE")).toHaveLength(1);
    expect(findingsOf(analysis, "NO_RESPONSIBLE")).toHaveLength(1);
    expect(analysis.roles.every((load) => load.R + load.A + load.C + load.I === 0)).toBe(true);
  });

  it("describes the cell in words when its position is unknown", () => {
    const matrix = matrixOf(["COO"], [["Budget", "X"]]);
    matrix.roles[0].column = 0;
    const [finding] = findingsOf(analyze(matrix), "INVALID_CODE");
    expect(finding.message).toBe(
      'The cell of COO for "Budget" holds "X", which is not a RACI code. Use R, A, A/R, C or I.',
    );
    expect(finding.cell).toBeUndefined();
  });

  it("shortens a very long text in the message", () => {
    const [finding] = findingsOf(analyzeGrid(ROLES, [["Budget", "x".repeat(1000)]]), "INVALID_CODE");
    expect(finding.message.length).toBeLessThan(150);
  });
});
