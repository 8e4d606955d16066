/** Findings grouped for reading: by severity, then by rule, each rule with a title in plain words. Pure. */
import { DEFAULT_KIND, KINDS } from "../src/core/kinds";
import type { Finding, MatrixKind, RuleName, Severity } from "../src/core/types";
import type { FixChange } from "../src/core/api";

export const RULE_TITLES: Readonly<Record<RuleName, string>> = {
  NO_ACCOUNTABLE: "Nobody accountable (gap)",
  MULTIPLE_ACCOUNTABLE: "More than one accountable (double ownership)",
  NO_RESPONSIBLE: "Nobody responsible",
  MULTIPLE_DRIVERS: "More than one driver",
  SHARED_OWNERSHIP: "Both owners claim it (double ownership)",
  INVALID_CODE: "Not a RACI code",
  UNNAMED_INITIATIVE: "Initiative without a name",
  DUPLICATE_INITIATIVE: "Initiative listed twice",
  DUPLICATE_ROLE: "Role listed twice",
  TOO_MANY_RESPONSIBLE: "Too many responsible",
  TOO_MANY_CONSULTED: "Too many consulted",
  TOO_MANY_INFORMED: "Too many informed",
  ROLE_OVERLOADED: "Role carries too much",
  ROLE_WITHOUT_OWNERSHIP: "Role owns nothing",
  AGREED_WITH_PROBLEMS: "Agreed, but still breaks a rule",
  CONFLICTING_OWNERS: "Two matrices, two owners",
};

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export const SEVERITY_LABELS: Readonly<Record<Severity, { one: string; many: string; icon: string }>> = {
  error: { one: "error", many: "errors", icon: "✖" },
  warning: { one: "warning", many: "warnings", icon: "⚠" },
  info: { one: "note", many: "notes", icon: "ℹ" },
};

export interface RuleGroup {
  rule: RuleName;
  title: string;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  rules: RuleGroup[];
  count: number;
}

/**
 * Severity groups in error, warning, info order (empty ones left out); rules in order of first appearance,
 * titled in the words of the matrix's kind.
 */
export function groupFindings(
  findings: readonly Finding[],
  kind: MatrixKind = DEFAULT_KIND,
): SeverityGroup[] {
  return SEVERITY_ORDER.flatMap((severity) => {
    const rules = new Map<RuleName, Finding[]>();
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      const list = rules.get(finding.rule);
      if (list) list.push(finding);
      else rules.set(finding.rule, [finding]);
    }
    if (rules.size === 0) return [];
    const groups = [...rules].map(([rule, list]) => ({
      rule,
      title: KINDS[kind].titles[rule] ?? RULE_TITLES[rule] ?? rule,
      findings: list,
    }));
    return [{ severity, rules: groups, count: groups.reduce((n, g) => n + g.findings.length, 0) }];
  });
}

export function countLabel(severity: Severity, n: number): string {
  const label = SEVERITY_LABELS[severity];
  return `${n} ${n === 1 ? label.one : label.many}`;
}

/** "D9: empty → A": the cell and its old and new code, for the line under a proposed change. */
export function changeCells(change: FixChange): string {
  return `${change.cell}: ${change.old === "" ? "empty" : change.old} → ${change.new === "" ? "empty" : change.new}`;
}
