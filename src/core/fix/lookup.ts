/**
 * Pairs the findings of a check with a fix preview (previewFixes), so each finding can say what its fix
 * would change, or why there is none: what the sidebar's Check panel shows under each finding.
 */
import type { FixChange, FixResult } from "../api";
import type { Finding } from "../types";

/** What previewFixes/fixFindings return, as far as the Check panel reads it. */
export type FixPreview = Pick<FixResult, "changes" | "skipped" | "byRule" | "undoCells">;

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
 * changes; else the reason the preview gives for skipping it.
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
