/**
 * The portfolio: every matrix of a spreadsheet read together (domain.md "Across matrices"). Roles with the same
 * name (case, spacing and a built-in charter's aliases ignored) are one role; each matrix is read in one pass.
 */
import { conflictingOwners } from "./conflictingOwners";
import { sumPeople } from "./people";
import { readMatrix } from "./read";
import { roleOverloaded } from "./roleOverloaded";
import { orderedRoles, sumRoles } from "./roles";
import type { Portfolio } from "../api";
import type { PortfolioSource } from "./types";

export function buildPortfolio(sources: readonly PortfolioSource[]): Portfolio {
  const readings = sources.map(readMatrix);
  const initiatives = readings.reduce((n, r) => n + r.rows.length, 0);
  const sums = sumRoles(readings);
  const ordered = orderedRoles(sums.values(), initiatives);
  return {
    matrices: readings.map(({ source, rows }) => ({
      sheetName: source.sheetName,
      kind: source.matrix.settings.kind,
      initiatives: rows.length,
      roles: source.matrix.roles.map((role) => role.name.trim()).filter((name) => name !== ""),
    })),
    roles: ordered.map(({ role }) => role),
    people: sumPeople(readings, new Map(ordered.map(({ key, role }) => [key, role.role]))),
    findings: [...conflictingOwners(readings), ...roleOverloaded(sums.values(), initiatives, readings)],
  };
}

export type { PortfolioSource } from "./types";
