import { analyze } from "../../../src/core/analyze";
import { analyzeGrid, findingsOf, matrixOf, ROLES, type Row } from "../helpers";

const ok = (name: string): Row => [name, "A", "R"];

describe("DUPLICATE_INITIATIVE: two rows name the same initiative", () => {
  it("warns on the later row, naming the first, with case and spaces ignored", () => {
    const analysis = analyzeGrid(ROLES, [ok("Budget"), ok("Hiring"), ok("  budget ")]);
    expect(findingsOf(analysis, "DUPLICATE_INITIATIVE")).toEqual([
      {
        rule: "DUPLICATE_INITIATIVE",
        severity: "warning",
        message: '"budget" in row 4 repeats "Budget" from row 2. Merge the rows or rename one.',
        initiative: "budget",
        cell: "A4",
      },
    ]);
  });

  it("collapses inner whitespace when comparing", () => {
    expect(
      findingsOf(analyzeGrid(ROLES, [ok("Key  projects"), ok("key projects")]), "DUPLICATE_INITIATIVE"),
    ).toHaveLength(1);
  });

  it("reports every later copy", () => {
    const found = findingsOf(analyzeGrid(ROLES, [ok("A"), ok("a"), ok("A")]), "DUPLICATE_INITIATIVE");
    expect(found.map((f) => f.cell)).toEqual(["A3", "A4"]);
  });

  it("takes the highest row on the sheet as the first, whatever the list order", () => {
    const matrix = matrixOf(ROLES, [ok("Budget"), ok("budget")]);
    matrix.initiatives.reverse();
    expect(findingsOf(analyze(matrix), "DUPLICATE_INITIATIVE")[0].cell).toBe("A3");
  });

  it("does not treat unnamed rows as duplicates of each other", () => {
    expect(findingsOf(analyzeGrid(ROLES, [ok(""), ok("")]), "DUPLICATE_INITIATIVE")).toEqual([]);
  });
});
