import { analyze } from "../../../src/core/analyze";
import { analyzeGrid, findingsOf, matrixOf } from "../helpers";

describe("DUPLICATE_ROLE: two columns name the same role", () => {
  it("reports the later column's header cell as an error", () => {
    const analysis = analyzeGrid(["COO", "CEO", "Chief of Staff", " coo"], [["Budget", "A", "R"]]);
    expect(findingsOf(analysis, "DUPLICATE_ROLE")).toEqual([
      {
        rule: "DUPLICATE_ROLE",
        severity: "error",
        message: 'Role "coo" in column E repeats "COO" from column B. Keep one column per role.',
        role: "coo",
        cell: "E1",
      },
    ]);
  });

  it("carries no cell when the header row is not known", () => {
    const [finding] = findingsOf(analyze(matrixOf(["COO", "COO"], [])), "DUPLICATE_ROLE");
    expect(finding.cell).toBeUndefined();
  });

  it("reports every later copy", () => {
    const found = findingsOf(analyzeGrid(["CEO", "ceo", "CEO"], []), "DUPLICATE_ROLE");
    expect(found.map((f) => f.cell)).toEqual(["C1", "D1"]);
  });

  it("does not count blank headers as roles", () => {
    expect(findingsOf(analyzeGrid(["", " ", "CEO"], []), "DUPLICATE_ROLE")).toEqual([]);
  });
});
