/** Each rule's severity (docs/domain.md) and the order rules are listed in when they name the same cell. */
import type { RuleName, Severity } from "../types";

/** The rules in docs/domain.md's order: the order findings on one cell are listed in. */
export const RULE_ORDER: readonly RuleName[] = Object.freeze([
  "NO_ACCOUNTABLE",
  "MULTIPLE_ACCOUNTABLE",
  "NO_RESPONSIBLE",
  "MULTIPLE_DRIVERS",
  "SHARED_OWNERSHIP",
  "INVALID_CODE",
  "UNNAMED_INITIATIVE",
  "DUPLICATE_INITIATIVE",
  "DUPLICATE_ROLE",
  "TOO_MANY_RESPONSIBLE",
  "TOO_MANY_CONSULTED",
  "TOO_MANY_INFORMED",
  "ROLE_OVERLOADED",
  "ROLE_WITHOUT_OWNERSHIP",
  "AGREED_WITH_PROBLEMS",
  "CONFLICTING_OWNERS",
]);

export const RULE_SEVERITY: Readonly<Record<RuleName, Severity>> = Object.freeze({
  NO_ACCOUNTABLE: "error",
  MULTIPLE_ACCOUNTABLE: "error",
  NO_RESPONSIBLE: "warning",
  MULTIPLE_DRIVERS: "warning",
  SHARED_OWNERSHIP: "warning",
  INVALID_CODE: "error",
  UNNAMED_INITIATIVE: "warning",
  DUPLICATE_INITIATIVE: "warning",
  DUPLICATE_ROLE: "error",
  TOO_MANY_RESPONSIBLE: "warning",
  TOO_MANY_CONSULTED: "info",
  TOO_MANY_INFORMED: "info",
  ROLE_OVERLOADED: "warning",
  ROLE_WITHOUT_OWNERSHIP: "info",
  AGREED_WITH_PROBLEMS: "warning",
  CONFLICTING_OWNERS: "error",
});

export const RULE_RANK: Readonly<Record<RuleName, number>> = Object.freeze(
  Object.fromEntries(RULE_ORDER.map((rule, i) => [rule, i])) as Record<RuleName, number>,
);
