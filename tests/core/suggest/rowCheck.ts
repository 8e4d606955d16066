/** Checks a suggested row with the real analysis rules. */
import type { Suggestion } from "../../../src/core/suggest/index";
import { analyzeGrid, type Row } from "../helpers";
/** The row-level rules a suggested row must pass (docs/domain.md "Suggestions"). */
export const ROW_RULES = [
  "NO_ACCOUNTABLE",
  "MULTIPLE_ACCOUNTABLE",
  "NO_RESPONSIBLE",
  "SHARED_OWNERSHIP",
  "TOO_MANY_RESPONSIBLE",
  "TOO_MANY_CONSULTED",
  "TOO_MANY_INFORMED",
];

/** The findings of the row rules on one suggested row, with the COO and the Chief of Staff as the pair. */
export function rowFindings(roles: string[], s: Suggestion, pair: [string, string] | null): string[] {
  const row: Row = [
    s.name || "x",
    ...roles.map((r) => (Object.hasOwn(s.assignments, r) ? s.assignments[r] : "")),
  ];
  return analyzeGrid(roles, [row], { ownerPair: pair })
    .findings.map((f) => f.rule)
    .filter((rule) => ROW_RULES.includes(rule));
}
