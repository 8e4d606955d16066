import { analyze } from "../../src/core/analyze";
import { parseCode } from "../../src/core/codes";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { RaciMatrix } from "../../src/core/types";
import { analyzeGrid, matrixOf, ROLES } from "./helpers";

describe("analyze: findings in reading order", () => {
  it("orders by row, then column, then rule, with header findings at the header row", () => {
    const analysis = analyzeGrid(
      ["CEO", "COO", "Chief of Staff", "ceo"],
      [
        ["Budget", "A", "A", "X"],
        ["Hiring", "R"],
      ],
    );
    expect(analysis.findings.map((f) => `${f.cell} ${f.rule}`)).toEqual([
      "D1 ROLE_WITHOUT_OWNERSHIP",
      "E1 DUPLICATE_ROLE",
      "E1 ROLE_WITHOUT_OWNERSHIP",
      "A2 MULTIPLE_ACCOUNTABLE",
      "A2 NO_RESPONSIBLE",
      "D2 INVALID_CODE",
      "A3 NO_ACCOUNTABLE",
    ]);
  });

  it("puts findings without a cell last, by rule", () => {
    const analysis = analyze(matrixOf(["CEO", "CEO", "Advisor"], [["", "A/R", "", "C"]]));
    expect(analysis.findings.map((f) => `${f.cell ?? "-"} ${f.rule} ${f.role ?? ""}`.trim())).toEqual([
      "A2 UNNAMED_INITIATIVE",
      "- DUPLICATE_ROLE CEO",
      "- ROLE_WITHOUT_OWNERSHIP CEO",
      "- ROLE_WITHOUT_OWNERSHIP Advisor",
    ]);
  });

  it("counts findings per severity", () => {
    const analysis = analyzeGrid(ROLES, [["Budget", "A", "A", "X"], ["Hiring"]]);
    const expected = { error: 0, warning: 0, info: 0 };
    for (const f of analysis.findings) expected[f.severity]++;
    expect(analysis.counts).toEqual(expected);
    expect(analysis.counts.error).toBe(3);
  });

  it("gives a clean matrix no finding at all", () => {
    const analysis = analyzeGrid(
      ["CEO", "COO"],
      [
        ["Budget", "A", "R"],
        ["Hiring", "R", "A"],
      ],
    );
    expect(analysis).toEqual({
      kind: "RACI",
      findings: [],
      roles: [
        { role: "CEO", R: 1, A: 1, C: 0, I: 0 },
        { role: "COO", R: 1, A: 1, C: 0, I: 0 },
      ],
      counts: { error: 0, warning: 0, info: 0 },
    });
  });
});

describe("analyze: per-role load", () => {
  it("counts each letter per role, A/R as both R and A, invalid as nothing", () => {
    const analysis = analyzeGrid(ROLES, [
      ["One", "A/R", "C", "I", "X"],
      ["Two", "A", "R", "C", "I"],
      ["", "", "", "", ""],
    ]);
    expect(analysis.roles).toEqual([
      { role: "CEO", R: 1, A: 2, C: 0, I: 0 },
      { role: "COO", R: 1, A: 0, C: 1, I: 0 },
      { role: "Chief of Staff", R: 0, A: 0, C: 1, I: 1 },
      { role: "Department heads", R: 0, A: 0, C: 0, I: 1 },
    ]);
  });
});

describe("analyze: odd matrices", () => {
  it("does not throw on rows shorter or longer than the roles, holes, or impossible positions", () => {
    const matrix: RaciMatrix = {
      roles: [
        { name: "CEO", column: 0 },
        { name: "", column: -3 },
        { name: "COO", column: NaN },
      ],
      initiatives: [
        { name: "Short", area: "", row: -1, cells: [parseCode("A")] },
        { name: "Long", area: "", row: NaN, cells: ["A", "R", "C", "I", "X"].map((code) => parseCode(code)) },
        { name: "Holes", area: "", row: 4, cells: new Array(3) },
        { name: "Long", area: "", row: Infinity, cells: [] },
      ],
      settings: { ...DEFAULT_SETTINGS, overloadShare: NaN, ownerPair: ["COO", "coo"] },
      nameColumn: 0,
    };
    const analysis = analyze(matrix, { headerRow: 0 });
    expect(analysis.findings.length).toBeGreaterThan(0);
    expect(analysis.findings.every((f) => f.cell === undefined)).toBe(true);
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });

  it("handles a matrix with no roles and no rows", () => {
    const empty = matrixOf([], []);
    expect(analyze(empty)).toEqual({
      kind: "RACI",
      findings: [],
      roles: [],
      counts: { error: 0, warning: 0, info: 0 },
    });
  });
});
