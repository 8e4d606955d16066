import { buildPortfolio } from "../../../src/core/portfolio/index";
import type { PortfolioFinding } from "../../../src/core/api";
import { sourceOf } from "./helpers";

const ROLES = ["CEO", "COO", "Chief of Staff"];

function conflicts(...sources: Parameters<typeof buildPortfolio>[0]): PortfolioFinding[] {
  return buildPortfolio(sources).findings.filter((f) => f.rule === "CONFLICTING_OWNERS");
}

describe("CONFLICTING_OWNERS: one initiative, two matrices, two different Accountables", () => {
  it("names the initiative, both sheets and both A cells: the first in cell, the second in the message", () => {
    const found = conflicts(
      sourceOf("Q1 plan", ROLES, [
        ["Budget", "", "", ""],
        ["Hiring plan", "I", "A/R", "C"],
      ]),
      sourceOf("Q2 plan", ROLES, [["Hiring plan", "C", "R", "A"]]),
    );
    expect(found).toEqual([
      {
        rule: "CONFLICTING_OWNERS",
        severity: "error",
        message:
          '"Hiring plan" has two owners: COO is accountable in "Q1 plan", Chief of Staff in "Q2 plan" (D2). ' +
          "Agree on one owner and give that role the A in both matrices.",
        initiative: "Hiring plan",
        role: "COO",
        cell: "C3",
        sheetName: "Q1 plan",
        other: { sheetName: "Q2 plan", cell: "D2", role: "Chief of Staff" },
      },
    ]);
  });

  it("finds the initiative with case, spacing and punctuation ignored", () => {
    expect(
      conflicts(
        sourceOf("Q1", ROLES, [["Hiring plan: 2025", "A", "R", ""]]),
        sourceOf("Q2", ROLES, [["  hiring PLAN 2025.", "", "A", "R"]]),
      ),
    ).toHaveLength(1);
  });

  it("names the people holding each role when the people rows say", () => {
    const [finding] = conflicts(
      sourceOf("Q1", ROLES, [["Budget", "A", "", ""]], { heldBy: ["Ana Ruiz", "", ""] }),
      sourceOf("Q2", ROLES, [["Budget", "", "A", ""]], { heldBy: ["", "Dana Lee", ""] }),
    );
    expect(finding.message).toContain('CEO (Ana Ruiz) is accountable in "Q1", COO (Dana Lee) in "Q2" (C2)');
  });

  it("is no conflict when both give the A to one role under two of its names (CoS, Chief of Staff)", () => {
    expect(
      conflicts(
        sourceOf("Q1", ROLES, [["Offsite", "", "", "A"]]),
        sourceOf("Q2", ["CoS", "COO"], [["Offsite", "A/R", "C"]]),
      ),
    ).toEqual([]);
  });

  it("leaves rows with no A or several As to their own matrix's errors", () => {
    expect(
      conflicts(
        sourceOf("Q1", ROLES, [["Budget", "A", "", ""]]),
        sourceOf("Q2", ROLES, [["Budget", "", "R", ""]]),
        sourceOf("Q3", ROLES, [["Budget", "", "A", "A"]]),
      ),
    ).toEqual([]);
  });

  it("compares matrices, not two rows of one matrix (that is DUPLICATE_INITIATIVE)", () => {
    expect(
      conflicts(
        sourceOf("Q1", ROLES, [
          ["Budget", "A", "", ""],
          ["budget", "", "A", ""],
        ]),
      ),
    ).toEqual([]);
  });

  it("reports each matrix that differs from the first one naming the initiative", () => {
    const found = conflicts(
      sourceOf("Q1", ROLES, [["Budget", "A", "", ""]]),
      sourceOf("Q2", ROLES, [["Budget", "", "A", ""]]),
      sourceOf("Q3", ROLES, [["Budget", "A", "", ""]]),
      sourceOf("Q4", ROLES, [["Budget", "", "", "A"]]),
    );
    expect(found.map((f) => [f.sheetName, f.other?.sheetName])).toEqual([
      ["Q1", "Q2"],
      ["Q1", "Q4"],
    ]);
  });

  it("ignores rows without a name", () => {
    expect(
      conflicts(sourceOf("Q1", ROLES, [["", "A", "", ""]]), sourceOf("Q2", ROLES, [["", "", "A", ""]])),
    ).toEqual([]);
  });
});
