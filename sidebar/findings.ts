/** Findings grouped for reading: by severity, then by rule, each rule with a title in plain words. Pure. */
import type { Finding, RuleName, Severity } from "../src/core/types";
import type { FixChange, FixResult } from "../src/server/fix";

export const RULE_TITLES: Readonly<Record<RuleName, string>> = {
  NO_ACCOUNTABLE: "Nobody accountable (gap)",
  MULTIPLE_ACCOUNTABLE: "More than one accountable (double ownership)",
  NO_RESPONSIBLE: "Nobody responsible",
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

/** Severity groups in error, warning, info order (empty ones left out); rules in order of first appearance. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
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
      title: RULE_TITLES[rule] ?? rule,
      findings: list,
    }));
    return [{ severity, rules: groups, count: groups.reduce((n, g) => n + g.findings.length, 0) }];
  });
}

export function countLabel(severity: Severity, n: number): string {
  const label = SEVERITY_LABELS[severity];
  return `${n} ${n === 1 ? label.one : label.many}`;
}

/** What previewFixes/fixFindings return, as far as the Check panel reads it. */
export type { FixChange };
export type FixPreview = Pick<FixResult, "changes" | "skipped" | "byRule">;

/** A finding's fix as the panel shows it: the changes that settle it, or why there is no safe one. */
export type FindingFix =
  | { kind: "changes"; changes: FixChange[] }
  | { kind: "together"; changes: FixChange[] }
  | { kind: "none"; reason: string }
  | { kind: "unknown" };

const rowOf = (cell: string | undefined): number | null => {
  const match = cell ? /(\d+)$/.exec(cell) : null;
  return match ? Number(match[1]) : null;
};

/**
 * Pairs each finding with its part of a fix preview: the changes on its row made for its rule; else, when
 * its row is changed for another rule (a missing R settled by the fix that gives the A as A/R), those
 * changes; else the reason the preview gives for skipping it. Pure, so it is tested without a browser.
 */
export function fixLookup(preview: FixPreview): (finding: Finding) => FindingFix {
  const byRowRule = new Map<string, FixChange[]>();
  const byRow = new Map<number, FixChange[]>();
  for (const change of preview.changes) {
    const row = rowOf(change.cell);
    if (row === null) continue;
    const key = `${row}|${change.rule}`;
    byRowRule.set(key, [...(byRowRule.get(key) ?? []), change]);
    byRow.set(row, [...(byRow.get(row) ?? []), change]);
  }
  const skipped = new Map<string, string>();
  for (const s of preview.skipped) {
    const key = `${s.rule}|${s.initiative ?? ""}`;
    if (!skipped.has(key)) skipped.set(key, s.reason);
  }
  return (finding) => {
    const row = rowOf(finding.cell);
    if (row !== null) {
      const own = byRowRule.get(`${row}|${finding.rule}`);
      if (own) return { kind: "changes", changes: own };
    }
    const reason = skipped.get(`${finding.rule}|${finding.initiative ?? ""}`);
    if (reason !== undefined) return { kind: "none", reason };
    const together = row === null ? undefined : byRow.get(row);
    if (together && finding.initiative !== undefined) return { kind: "together", changes: together };
    return { kind: "unknown" };
  };
}

/** "D9: empty → A": the cell and its old and new code, for the line under a proposed change. */
export function changeCells(change: FixChange): string {
  return `${change.cell}: ${change.old === "" ? "empty" : change.old} → ${change.new === "" ? "empty" : change.new}`;
}

/** Every change the preview plans on one row: what the finding's own "Fix" applies (fixFindings' rows). */
export interface RowFix {
  row: number;
  initiative: string;
  changes: FixChange[];
}

/** The row fix for a finding's cell, or null when its row has no change planned. Pure. */
export function rowFixLookup(preview: FixPreview): (finding: Finding) => RowFix | null {
  const byRow = new Map<number, RowFix>();
  for (const change of preview.changes) {
    const row = rowOf(change.cell);
    if (row === null) continue;
    const found = byRow.get(row);
    if (found) found.changes.push(change);
    else byRow.set(row, { row, initiative: change.initiative, changes: [change] });
  }
  return (finding) => {
    const row = rowOf(finding.cell);
    return row === null ? null : (byRow.get(row) ?? null);
  };
}
