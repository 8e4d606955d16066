import { analyzeGrid, findingsOf, type Row } from "../helpers";

const ROLES = ["CEO", "COO", "Advisor"];

describe("ROLE_WITHOUT_OWNERSHIP: a role that is only consulted or informed", () => {
  it("notes the role on its header cell as info", () => {
    const rows: Row[] = [
      ["Budget", "A", "R", "C"],
      ["Hiring", "A", "R", "I"],
    ];
    expect(findingsOf(analyzeGrid(ROLES, rows), "ROLE_WITHOUT_OWNERSHIP")).toEqual([
      {
        rule: "ROLE_WITHOUT_OWNERSHIP",
        severity: "info",
        message:
          "Advisor is neither responsible nor accountable for any initiative. Give it something to own, or check it belongs here.",
        role: "Advisor",
        cell: "D1",
      },
    ]);
  });

  it("is quiet for a role with a single R or A anywhere", () => {
    const rows: Row[] = [
      ["Budget", "A", "R", "C"],
      ["Hiring", "R", "C", "A"],
    ];
    expect(findingsOf(analyzeGrid(ROLES, rows), "ROLE_WITHOUT_OWNERSHIP")).toEqual([]);
  });

  it("says nothing while there is no initiative, spare rows included", () => {
    expect(findingsOf(analyzeGrid(ROLES, []), "ROLE_WITHOUT_OWNERSHIP")).toEqual([]);
    expect(findingsOf(analyzeGrid(ROLES, [["", "", ""]]), "ROLE_WITHOUT_OWNERSHIP")).toEqual([]);
  });

  it("names an unnamed role by its column", () => {
    const [finding] = findingsOf(analyzeGrid(["CEO", ""], [["Budget", "A/R"]]), "ROLE_WITHOUT_OWNERSHIP");
    expect(finding.message).toMatch(/^The unnamed role in column C is neither/);
    expect(finding.role).toBeUndefined();
  });
});
