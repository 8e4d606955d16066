import { buildPortfolio } from "../../../src/core/portfolio/index";
import { sourceOf } from "./helpers";

const q1 = sourceOf(
  "Q1 plan",
  ["CEO", "COO", "Chief of Staff"],
  [
    ["Hiring plan", "I", "A/R", "C"],
    ["Board pack", "A", "C", "R"],
    ["", "", "", ""], // a spare row: no initiative
  ],
  { heldBy: ["Ana Ruiz", "Dana Lee", "Sam Ortiz"] },
);
const q2 = sourceOf(
  "Q2 plan",
  ["coo", "CoS", "CFO"],
  [
    ["Vendor review", "A", "R", "C"],
    ["Offsite agenda", "C", "A/R", "I"],
  ],
  { heldBy: ["dana  lee", "Sam Ortiz", ""] },
);

describe("getPortfolio's reading of several matrices", () => {
  const portfolio = buildPortfolio([q1, q2]);

  it("lists every matrix with its kind, initiatives (spare rows left out) and roles", () => {
    expect(portfolio.matrices).toEqual([
      { sheetName: "Q1 plan", kind: "RACI", initiatives: 2, roles: ["CEO", "COO", "Chief of Staff"] },
      { sheetName: "Q2 plan", kind: "RACI", initiatives: 2, roles: ["coo", "CoS", "CFO"] },
    ]);
  });

  it("merges COO with coo and Chief of Staff with CoS, sums their codes (A/R as both) and lists each sheet once", () => {
    const byName = new Map(portfolio.roles.map((role) => [role.role, role]));
    expect(byName.get("COO")).toEqual({
      role: "COO",
      R: 1,
      A: 2,
      C: 2,
      I: 0,
      share: 2 / 4,
      matrices: ["Q1 plan", "Q2 plan"],
    });
    expect(byName.get("Chief of Staff")).toEqual({
      role: "Chief of Staff",
      R: 3,
      A: 1,
      C: 1,
      I: 0,
      share: 3 / 4,
      matrices: ["Q1 plan", "Q2 plan"],
    });
    expect(byName.get("CFO")?.matrices).toEqual(["Q2 plan"]);
    expect(portfolio.roles.map((role) => role.role)).toEqual(["Chief of Staff", "COO", "CEO", "CFO"]);
  });

  it("sums each person's load over the roles the people rows say they hold, names merged like roles", () => {
    expect(portfolio.people).toEqual([
      { person: "Sam Ortiz", roles: ["Chief of Staff"], R: 3, A: 1, C: 1, I: 0 },
      { person: "Dana Lee", roles: ["COO"], R: 1, A: 2, C: 2, I: 0 },
      { person: "Ana Ruiz", roles: ["CEO"], R: 0, A: 1, C: 0, I: 1 },
    ]);
  });

  it("gives a person holding two roles both, in the portfolio's role order", () => {
    const [person] = buildPortfolio([
      sourceOf("Ops", ["CEO", "COO"], [["Budget", "C", "A/R"]], { heldBy: ["Kim Ho", "Kim Ho"] }),
    ]).people;
    expect(person).toEqual({ person: "Kim Ho", roles: ["COO", "CEO"], R: 1, A: 1, C: 1, I: 0 });
  });

  it("counts an initiative once in a role's share when the role has two columns holding R on it", () => {
    const [role] = buildPortfolio([sourceOf("Ops", ["COO", "coo"], [["Budget", "A", "R"]])]).roles;
    expect(role).toMatchObject({ role: "COO", R: 1, A: 1, share: 1 });
  });

  it("is empty for a spreadsheet without matrices", () => {
    expect(buildPortfolio([])).toEqual({ matrices: [], roles: [], people: [], findings: [] });
  });

  it("takes a matrix's kind from its settings when they name one", () => {
    const settings = Object.assign({}, q1.matrix.settings, { kind: "DACI" });
    expect(buildPortfolio([{ ...q1, matrix: { ...q1.matrix, settings } }]).matrices[0].kind).toBe("DACI");
  });

  it("returns JSON-safe values, as google.script.run needs", () => {
    expect(JSON.parse(JSON.stringify(portfolio))).toEqual(portfolio);
  });
});
