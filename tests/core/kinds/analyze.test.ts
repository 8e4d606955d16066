/**
 * The analysis follows the matrix's kind (docs/domain.md, "Kinds of matrix"): the rules keep their names, the
 * owner is the A (Accountable or Approver), the doer is the R or DACI's Driver, and RASCI's S is neither.
 */
import { analyzeGrid, findingsOf, ROLES } from "../helpers";

const daci = { kind: "DACI" } as const;
const rasci = { kind: "RASCI" } as const;
const rules = (analysis: ReturnType<typeof analyzeGrid>) => analysis.findings.map((f) => f.rule);

describe("a DACI matrix", () => {
  it("has no error and no warning with one Driver and one Approver, outside the owner pair's overlap", () => {
    const { counts } = analyzeGrid(ROLES, [["Budget", "A", "D", "C", "I"]], daci);
    expect(counts).toMatchObject({ error: 0, warning: 0 });
  });

  it("reports a second Approver as MULTIPLE_ACCOUNTABLE, worded in approvers", () => {
    const [finding] = findingsOf(
      analyzeGrid(ROLES, [["Budget", "A", "D", "I", "A"]], daci),
      "MULTIPLE_ACCOUNTABLE",
    );
    expect(finding).toMatchObject({ severity: "error", cell: "A2", initiative: "Budget" });
    expect(finding.message).toBe('"Budget" has 2 approvers (CEO, Department heads). Keep exactly one A.');
  });

  it("reports no Approver as NO_ACCOUNTABLE and no Driver as NO_RESPONSIBLE, in DACI's words", () => {
    const analysis = analyzeGrid(ROLES, [["Budget", "C", "C", "I", ""]], daci);
    expect(findingsOf(analysis, "NO_ACCOUNTABLE")[0].message).toBe(
      'No approver for "Budget". Give exactly one role an A.',
    );
    expect(findingsOf(analysis, "NO_RESPONSIBLE")[0].message).toBe(
      'No driver for "Budget". Give exactly one role a D.',
    );
  });

  it("reports two Drivers as MULTIPLE_DRIVERS, a warning, and never TOO_MANY_RESPONSIBLE", () => {
    const analysis = analyzeGrid(ROLES, [["Budget", "A", "D", "I", "D"]], { ...daci, maxResponsible: 1 });
    expect(findingsOf(analysis, "MULTIPLE_DRIVERS")).toEqual([
      {
        rule: "MULTIPLE_DRIVERS",
        severity: "warning",
        message: '"Budget" has 2 drivers (COO, Department heads). Keep exactly one D.',
        initiative: "Budget",
        cell: "A2",
      },
    ]);
    expect(findingsOf(analysis, "TOO_MANY_RESPONSIBLE")).toEqual([]);
  });

  it("reports the owner pair as Driver and Approver of one decision as SHARED_OWNERSHIP", () => {
    const [finding] = findingsOf(
      analyzeGrid(ROLES, [["Budget", "I", "A", "D", ""]], daci),
      "SHARED_OWNERSHIP",
    );
    expect(finding.message).toBe('COO and Chief of Staff both own "Budget" (D or A). Decide who leads.');
  });

  it("reports an R as INVALID_CODE on its cell, naming DACI's codes", () => {
    const [finding] = findingsOf(analyzeGrid(ROLES, [["Budget", "A", "D", "R", ""]], daci), "INVALID_CODE");
    expect(finding).toMatchObject({ cell: "D2", role: "Chief of Staff" });
    expect(finding.message).toBe('Cell D2 holds "R", which is not a DACI code. Use D, A, C or I.');
  });

  it("counts a Driver as R and a Contributor as C in each role's load", () => {
    const { roles } = analyzeGrid(ROLES, [["Budget", "A", "D", "contributor", "informed"]], daci);
    expect(roles.map(({ role, R, A, C, I }) => ({ role, R, A, C, I }))).toEqual([
      { role: "CEO", R: 0, A: 1, C: 0, I: 0 },
      { role: "COO", R: 1, A: 0, C: 0, I: 0 },
      { role: "Chief of Staff", R: 0, A: 0, C: 1, I: 0 },
      { role: "Department heads", R: 0, A: 0, C: 0, I: 1 },
    ]);
    expect(roles.every((load) => !("S" in load))).toBe(true);
  });
});

describe("a RASCI matrix", () => {
  it("keeps the RACI rules, with S neither owner nor doer", () => {
    const analysis = analyzeGrid(ROLES, [["Budget", "A", "S", "S", "C"]], rasci);
    // Role findings sit on the header (row 1), so they come first.
    expect(rules(analysis)).toEqual([
      "ROLE_WITHOUT_OWNERSHIP",
      "ROLE_WITHOUT_OWNERSHIP",
      "ROLE_WITHOUT_OWNERSHIP",
      "NO_RESPONSIBLE",
    ]);
  });

  it("is clean with S beside one A and an R, and counts S in each role's load", () => {
    const analysis = analyzeGrid(ROLES, [["Budget", "A", "R", "support", "S"]], rasci);
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(analysis.roles.map((load) => load.S)).toEqual([0, 0, 1, 1]);
  });

  it("names RASCI's codes when a cell holds none of them", () => {
    const [finding] = findingsOf(analyzeGrid(ROLES, [["Budget", "A", "R", "D", ""]], rasci), "INVALID_CODE");
    expect(finding.message).toBe('Cell D2 holds "D", which is not a RASCI code. Use R, A, A/R, S, C or I.');
  });
});

describe("a RACI matrix, the default", () => {
  it("says what it always said", () => {
    const analysis = analyzeGrid(ROLES, [["Budget", "A", "", "S", ""]]);
    expect(analysis.findings.map((f) => f.message)).toEqual([
      "COO is neither responsible nor accountable for any initiative. Give it something to own, or check it belongs here.",
      "Chief of Staff is neither responsible nor accountable for any initiative. Give it something to own, or check it belongs here.",
      "Department heads is neither responsible nor accountable for any initiative. Give it something to own, or check it belongs here.",
      'No one is responsible for doing "Budget". Give at least one role an R.',
      'Cell D2 holds "S", which is not a RACI code. Use R, A, A/R, C or I.',
    ]);
  });
});
