/** Checks a suggested row with the real analysis rules. */
import type { Suggestion } from "../../../src/core/suggest/index";
import type { MatrixKind } from "../../../src/core/types";
import { analyzeGrid, type Row } from "../helpers";
/** The row-level rules a suggested row must pass (docs/domain.md "Suggestions"). */
export const ROW_RULES = [
  "NO_ACCOUNTABLE",
  "MULTIPLE_ACCOUNTABLE",
  "NO_RESPONSIBLE",
  "MULTIPLE_DRIVERS",
  "SHARED_OWNERSHIP",
  "INVALID_CODE",
  "TOO_MANY_RESPONSIBLE",
  "TOO_MANY_CONSULTED",
  "TOO_MANY_INFORMED",
];

/** The findings of the row rules on one suggested row of a `kind` matrix, with `pair` as the owner pair. */
export function rowFindings(
  roles: string[],
  s: Suggestion,
  pair: [string, string] | null,
  kind: MatrixKind = "RACI",
): string[] {
  const row: Row = [
    s.name || "x",
    ...roles.map((r) => (Object.hasOwn(s.assignments, r) ? s.assignments[r] : "")),
  ];
  return analyzeGrid(roles, [row], { ownerPair: pair, kind })
    .findings.map((f) => f.rule)
    .filter((rule) => ROW_RULES.includes(rule));
}
