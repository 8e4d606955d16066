import type { Finding } from "../../src/core/types";
import { countLabel, groupFindings, RULE_TITLES } from "../../sidebar/findings";

const finding = (rule: Finding["rule"], severity: Finding["severity"], cell: string): Finding => ({
  rule,
  severity,
  message: `${rule} at ${cell}`,
  cell,
});

describe("groupFindings", () => {
  it("groups by severity (errors first), then by rule in order of appearance", () => {
    const groups = groupFindings([
      finding("ROLE_WITHOUT_OWNERSHIP", "info", "C8"),
      finding("NO_RESPONSIBLE", "warning", "B9"),
      finding("MULTIPLE_ACCOUNTABLE", "error", "B10"),
      finding("NO_ACCOUNTABLE", "error", "B11"),
      finding("MULTIPLE_ACCOUNTABLE", "error", "B12"),
    ]);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ["error", 3],
      ["warning", 1],
      ["info", 1],
    ]);
    expect(groups[0].rules.map((r) => [r.rule, r.findings.map((f) => f.cell)])).toEqual([
      ["MULTIPLE_ACCOUNTABLE", ["B10", "B12"]],
      ["NO_ACCOUNTABLE", ["B11"]],
    ]);
    expect(groups[0].rules[0].title).toBe(RULE_TITLES.MULTIPLE_ACCOUNTABLE);
  });

  it("titles the rules in the matrix's kind: a DACI matrix's gaps are an approver's and a driver's", () => {
    const titles = (kind: "RACI" | "RASCI" | "DACI"): string[] =>
      groupFindings(
        [
          finding("MULTIPLE_ACCOUNTABLE", "error", "B10"),
          finding("INVALID_CODE", "error", "C10"),
          finding("NO_RESPONSIBLE", "warning", "B11"),
        ],
        kind,
      ).flatMap((group) => group.rules.map((rule) => rule.title));
    expect(titles("DACI")).toEqual([
      "More than one approver (double ownership)",
      "Not a DACI code",
      "No driver",
    ]);
    expect(titles("RASCI")).toEqual([
      RULE_TITLES.MULTIPLE_ACCOUNTABLE,
      "Not a RASCI code",
      RULE_TITLES.NO_RESPONSIBLE,
    ]);
    expect(titles("RACI")).toEqual([
      RULE_TITLES.MULTIPLE_ACCOUNTABLE,
      RULE_TITLES.INVALID_CODE,
      RULE_TITLES.NO_RESPONSIBLE,
    ]);
  });

  it("leaves out severities with no finding", () => {
    expect(groupFindings([])).toEqual([]);
    expect(groupFindings([finding("INVALID_CODE", "error", "D9")]).map((g) => g.severity)).toEqual(["error"]);
  });
});

describe("countLabel", () => {
  it("speaks in singular and plural", () => {
    expect(countLabel("error", 1)).toBe("1 error");
    expect(countLabel("warning", 0)).toBe("0 warnings");
    expect(countLabel("info", 2)).toBe("2 notes");
  });
});
