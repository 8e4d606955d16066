/** The people row in the pure core: messages and Who owns what name the person with the role. */
import { analyze } from "../../src/core/analyze";
import { ownershipOf } from "../../src/core/suggest/ownership";
import { formatOwnership } from "../../src/core/suggest/ownershipText";
import { HEADER_ROW, matrixOf, ROLES } from "./helpers";

function withPeople(people: Record<string, string>, rows: Parameters<typeof matrixOf>[1]) {
  const matrix = matrixOf(ROLES, rows);
  matrix.roles = matrix.roles.map((role) =>
    people[role.name] === undefined ? role : { ...role, heldBy: people[role.name] },
  );
  return matrix;
}

describe("findings name who holds each role", () => {
  it("'COO (Dana Lee) and Chief of Staff (Sam Roe) both own …', and a role nobody holds as before", () => {
    const matrix = withPeople({ COO: "Dana Lee", "Chief of Staff": "Sam Roe" }, [
      ["X", "", "A", "R", ""],
      ["Y", "A", "A", "R", ""],
    ]);
    const messages = analyze(matrix, { headerRow: HEADER_ROW }).findings.map((f) => f.message);
    expect(messages).toContain(
      'COO (Dana Lee) and Chief of Staff (Sam Roe) both own "X" (R or A). Decide who leads.',
    );
    expect(messages).toContain('"Y" has 2 accountable roles (CEO, COO (Dana Lee)). Keep exactly one A.');
  });

  it("carries the person in the per-role load, and shortens a very long name in messages", () => {
    const long = "N".repeat(200);
    const matrix = withPeople({ COO: long }, [["X", "A", "", "", "R"]]);
    const analysis = analyze(matrix, { headerRow: HEADER_ROW });
    expect(analysis.roles[1].heldBy).toBe(long);
    expect(analysis.roles[0].heldBy).toBeUndefined();
    const idle = analysis.findings.find((f) => f.rule === "ROLE_WITHOUT_OWNERSHIP" && f.role === "COO");
    expect(idle?.message).toMatch(/^COO \(N{50,60}…?\) is neither responsible nor accountable/);
  });
});

describe("Who owns what with people and decisions", () => {
  it("names the person with the role and each row's decision, in plain text and Markdown (escaped)", () => {
    const matrix = withPeople({ COO: "Dana *Lee*" }, [["Budget", "", "A", "R", ""]]);
    matrix.initiatives[0].decision = "Agreed";
    const report = ownershipOf("M", matrix);
    expect(report.roles[1]).toMatchObject({ role: "COO", heldBy: "Dana *Lee*" });
    expect(report.roles[1].accountable[0].decision).toBe("Agreed");
    expect(formatOwnership(report, "plain")).toContain("COO (Dana *Lee*)\n");
    expect(formatOwnership(report, "plain")).toContain("  - Budget [A] · Agreed");
    expect(formatOwnership(report, "markdown")).toContain("## COO (Dana \\*Lee\\*)");
  });

  it("says 'no decision' for an empty Decision, and nothing about decisions in a matrix without the column", () => {
    const matrix = withPeople({}, [["Budget", "", "A", "R", ""]]);
    expect(formatOwnership(ownershipOf("M", matrix), "plain")).toContain(
      "  - Budget [A] (outside its charter)",
    );
    matrix.initiatives[0].decision = "";
    expect(formatOwnership(ownershipOf("M", matrix), "plain")).toContain(
      "  - Budget [A] · no decision (outside its charter)",
    );
  });
});
