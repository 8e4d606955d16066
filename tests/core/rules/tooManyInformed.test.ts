import { analyzeGrid, findingsOf } from "../helpers";

const ROLES = ["CEO", "COO", "Chief of Staff", "CFO", "CTO", "CMO", "CHRO"];

describe("TOO_MANY_INFORMED: more than 5 roles are informed", () => {
  it("notes 6 informed roles as info", () => {
    const row: [string, ...string[]] = ["Offsite", "A/R", "I", "I", "I", "I", "I", "I"];
    expect(findingsOf(analyzeGrid(ROLES, [row]), "TOO_MANY_INFORMED")).toEqual([
      {
        rule: "TOO_MANY_INFORMED",
        severity: "info",
        message: '"Offsite" informs 6 roles (more than 5). Check who really needs the updates.',
        initiative: "Offsite",
        cell: "A2",
      },
    ]);
  });

  it("accepts 5", () => {
    const row: [string, ...string[]] = ["Offsite", "A/R", "I", "I", "I", "I", "I"];
    expect(findingsOf(analyzeGrid(ROLES, [row]), "TOO_MANY_INFORMED")).toEqual([]);
  });

  it("follows settings.maxInformed", () => {
    expect(
      findingsOf(analyzeGrid(ROLES, [["Offsite", "A/R", "I", "I"]], { maxInformed: 1 }), "TOO_MANY_INFORMED"),
    ).toHaveLength(1);
  });
});
