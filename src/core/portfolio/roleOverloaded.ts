/** ROLE_OVERLOADED for the portfolio: a role owning too much of all initiatives, by one matrix's threshold. */
import { tryA1 } from "../a1";
import { shorten } from "../guards";
import { DEFAULT_SETTINGS } from "../settings";
import { RULE_SEVERITY } from "../rules/severity";
import type { MatrixReading } from "./read";
import { roleName, type RoleSum } from "./roles";
import type { PortfolioFinding } from "../api";

// As in rules/roleOverloaded.ts: "more than 60% of 10" must not trip on 6.000000000000001.
const EPSILON = 1e-9;

export interface OverloadThreshold {
  share: number;
  minInitiatives: number;
  /** False when the matrices set different thresholds and the default of domain.md applies instead. */
  agreed: boolean;
}

/**
 * The matrices' own threshold when they all set the same one; when they differ, none of them speaks for the
 * whole portfolio, so the practitioners' default (more than 60%, and at least 4) applies, and the finding says so.
 */
export function overloadThreshold(readings: readonly MatrixReading[]): OverloadThreshold {
  const settings = readings.map((r) => r.source.matrix.settings);
  const first = settings.length > 0 ? settings[0] : DEFAULT_SETTINGS;
  const agreed = settings.every(
    (s) =>
      s.overloadShare === first.overloadShare && s.overloadMinInitiatives === first.overloadMinInitiatives,
  );
  const chosen = agreed ? first : DEFAULT_SETTINGS;
  return { share: chosen.overloadShare, minInitiatives: chosen.overloadMinInitiatives, agreed };
}

/** The matrix where the role owns the most (the first on a tie), whose header cell the finding names. */
function busiest(sum: RoleSum, readings: readonly MatrixReading[]): { sheetName: string; cell?: string } {
  let best: MatrixReading | undefined;
  for (const reading of readings) {
    const owned = reading.owned.get(sum.key);
    if (owned !== undefined && (best === undefined || owned > (best.owned.get(sum.key) ?? 0))) best = reading;
  }
  if (best === undefined) return { sheetName: "" };
  const column = best.column.get(sum.key);
  const cell = column === undefined ? undefined : tryA1(best.source.headerRow, column);
  return { sheetName: best.source.sheetName, ...(cell === undefined ? {} : { cell }) };
}

export function roleOverloaded(
  sums: Iterable<RoleSum>,
  initiatives: number,
  readings: readonly MatrixReading[],
): PortfolioFinding[] {
  const limit = overloadThreshold(readings);
  const findings: PortfolioFinding[] = [];
  for (const sum of sums) {
    if (!(sum.owned > limit.share * initiatives + EPSILON && sum.owned >= limit.minInitiatives)) continue;
    const name = roleName(sum);
    const percent = Math.round((sum.owned / initiatives) * 100);
    const note = limit.agreed
      ? ""
      : ` (The matrices set different limits, so this uses the default: more than ` +
        `${Math.round(limit.share * 100)}%, and at least ${limit.minInitiatives}.)`;
    findings.push({
      rule: "ROLE_OVERLOADED",
      severity: RULE_SEVERITY.ROLE_OVERLOADED,
      message:
        `${shorten(name, 80)} holds R or A on ${sum.owned} of the ${initiatives} initiatives of all ` +
        `${readings.length} matrices (${percent}%). Hand some to other roles.${note}`,
      role: name,
      ...busiest(sum, readings),
    });
  }
  return findings;
}
