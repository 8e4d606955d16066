/** CONFLICTING_OWNERS: one initiative, two matrices, two different Accountables (domain.md "Across matrices"). */
import { tryA1 } from "../a1";
import { shorten } from "../guards";
import { roleLabel } from "../rules/labels";
import { holdsAt } from "../rules/rowFacts";
import { initiativeKey } from "./identity";
import { RULE_SEVERITY } from "../rules/severity";
import type { MatrixReading } from "./read";
import type { PortfolioFinding } from "../api";

/** The one Accountable of an initiative in one matrix. */
interface Owner {
  readonly reading: MatrixReading;
  readonly name: string;
  readonly row: number;
  /** Index of the role column holding the A. */
  readonly role: number;
  /** The role's identity; an unnamed column is its own identity, equal to no other. */
  readonly key: string;
}

function sheetLabel(sheetName: string): string {
  return `"${shorten(sheetName, 60)}"`;
}

/** `{ [name]: value }`, or nothing for an absent or empty value: findings carry no empty fields. */
function optional<K extends string>(name: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined || value === "" ? {} : ({ [name]: value } as Record<K, string>);
}

function ownerCell(owner: Owner): string | undefined {
  return tryA1(owner.row, owner.reading.source.matrix.roles[owner.role].column);
}

/**
 * Each initiative's Accountable in each matrix: the first row naming it that has exactly one A. A row with no A
 * or several is already an error of its own matrix (NO_ACCOUNTABLE, MULTIPLE_ACCOUNTABLE), so it is not
 * compared again here; nor are two rows of one matrix (DUPLICATE_INITIATIVE).
 */
function ownersByInitiative(readings: readonly MatrixReading[]): Map<string, Owner[]> {
  const owners = new Map<string, Owner[]>();
  for (const reading of readings) {
    const seen = new Set<string>();
    for (const row of reading.rows) {
      const id = initiativeKey(row.name);
      if (id === "" || row.accountable !== 1 || seen.has(id)) continue;
      const role = reading.keys.findIndex((_, i) => holdsAt(row.initiative, i, "A"));
      if (role < 0) continue; // the A sits in a cell beyond the role columns
      seen.add(id);
      const key = reading.keys[role] ?? `unnamed:${reading.source.sheetName}:${role}`;
      const list = owners.get(id) ?? [];
      list.push({ reading, name: row.name, row: row.initiative.row, role, key });
      owners.set(id, list);
    }
  }
  return owners;
}

/** One finding for each matrix whose Accountable differs from the first matrix's, on the first one's cell. */
export function conflictingOwners(readings: readonly MatrixReading[]): PortfolioFinding[] {
  const findings: PortfolioFinding[] = [];
  for (const [first, ...others] of ownersByInitiative(readings).values()) {
    for (const other of others) {
      if (other.key === first.key) continue;
      const firstRole = first.reading.source.matrix.roles[first.role];
      const otherRole = other.reading.source.matrix.roles[other.role];
      const otherCell = ownerCell(other);
      const where = otherCell === undefined ? "" : ` (${otherCell})`;
      const cell = ownerCell(first);
      findings.push({
        rule: "CONFLICTING_OWNERS",
        severity: RULE_SEVERITY.CONFLICTING_OWNERS,
        message:
          `"${shorten(first.name, 80)}" has two owners: ${roleLabel(firstRole)} is accountable in ` +
          `${sheetLabel(first.reading.source.sheetName)}, ${roleLabel(otherRole)} in ` +
          `${sheetLabel(other.reading.source.sheetName)}${where}. Agree on one owner and give that role ` +
          `the A in both matrices.`,
        initiative: first.name,
        ...optional("role", firstRole.name.trim()),
        ...optional("cell", cell),
        sheetName: first.reading.source.sheetName,
        other: {
          sheetName: other.reading.source.sheetName,
          ...optional("cell", otherCell),
          ...optional("role", otherRole.name.trim()),
        },
      });
    }
  }
  return findings;
}
