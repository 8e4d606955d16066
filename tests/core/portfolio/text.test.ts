import { buildPortfolio } from "../../../src/core/portfolio/index";
import { formatPortfolio } from "../../../src/core/portfolio/text";
import { sourceOf } from "./helpers";

const ROLES = ["CEO", "COO", "Chief of Staff"];
const portfolio = buildPortfolio([
  sourceOf("Q1 plan", ROLES, [["Hiring plan", "I", "A/R", "C"]], { heldBy: ["", "Dana Lee", ""] }),
  sourceOf(
    "Q2 | ops",
    ["CoS", "COO"],
    [
      ["Hiring plan", "A", "R"],
      ["Offsite", "A/R", "C"],
    ],
  ),
]);

describe("Copy as text for all matrices", () => {
  it("puts the conflicts first, then each role's share and load, then each person's, as plain text", () => {
    expect(formatPortfolio(portfolio)).toBe(
      [
        "Who owns what — all 2 matrices",
        "Q1 plan, Q2 | ops (3 initiatives)",
        "",
        "Conflicting owners",
        '  - "Hiring plan" has two owners: COO (Dana Lee) is accountable in "Q1 plan", CoS in "Q2 | ops" (B2). Agree on one owner and give that role the A in both matrices.',
        "",
        "Roles (owns: the share of all initiatives where it holds R or A)",
        "  COO: owns 67% · A 1 · R 2 · C 1 · I 0 · in Q1 plan, Q2 | ops",
        "  Chief of Staff: owns 67% · A 2 · R 1 · C 1 · I 0 · in Q1 plan, Q2 | ops",
        "  CEO: owns 0% · A 0 · R 0 · C 0 · I 1 · in Q1 plan",
        "",
        "People",
        "  Dana Lee (COO): A 1 · R 1 · C 0 · I 0",
      ].join("\n"),
    );
  });

  it("writes Markdown tables, escaping user text so a name cannot break a table or turn into markup", () => {
    const text = formatPortfolio(portfolio, "markdown");
    expect(text).toContain("# Who owns what — all 2 matrices\nQ1 plan, Q2 \\| ops (3 initiatives)");
    expect(text).toContain("## Conflicting owners\n- ");
    expect(text).toContain("| Chief of Staff | 67% | 2 | 1 | 1 | 0 | Q1 plan, Q2 \\| ops |");
    expect(text).toContain(
      "| Person | Roles | A | R | C | I |\n|---|---|---:|---:|---:|---:|\n| Dana Lee | COO | 1 | 1 | 0 | 0 |",
    );
  });

  it("leaves out the people section when no people row names anyone", () => {
    const text = formatPortfolio(buildPortfolio([sourceOf("Q1", ROLES, [["Budget", "A", "R", ""]])]));
    expect(text).not.toContain("People");
  });
});
