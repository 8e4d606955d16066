/** One pass over a row: the counts every row rule reads, and the row's share of the per-role tally. */
import type { MatrixInitiative, MatrixRole, Part } from "../types";
import { initiativeLabel, roleLabel } from "./labels";
import type { RoleTally } from "./roleTally";

export interface RowFacts {
  readonly initiative: MatrixInitiative;
  /** The trimmed name; "" when the row has none. */
  readonly name: string;
  /** How messages name the initiative. */
  readonly label: string;
  /** Roles doing the work: R (A/R included), or DACI's Driver. */
  readonly responsible: number;
  /** Roles owning it: A (A/R included), Accountable or Approver. */
  readonly accountable: number;
  /** Roles supporting the doers (RASCI's S). */
  readonly support: number;
  readonly consulted: number;
  readonly informed: number;
  readonly invalid: number;
  /** Non-empty cells, invalid ones included. */
  readonly filled: number;
}

/** Counts the row's codes by the parts they give and adds them to `tally`. Cells beyond the role count are ignored. */
export function tallyRow(initiative: MatrixInitiative, roleCount: number, tally: RoleTally): RowFacts {
  const counts = { A: 0, R: 0, S: 0, C: 0, I: 0 };
  let invalid = 0;
  let filled = 0;
  const cells = initiative.cells;
  const end = Math.min(roleCount, cells.length);
  for (let i = 0; i < end; i++) {
    const cell = cells[i];
    // A sparse array from a careless caller reads as empty cells rather than a crash.
    if (cell === undefined || cell.kind === "empty") continue;
    filled++;
    if (cell.kind === "invalid") {
      invalid++;
      continue;
    }
    for (const part of cell.parts) {
      counts[part]++;
      tally[part][i]++;
    }
    if (owns(cell.parts)) tally.owned[i]++;
  }
  const name = initiative.name.trim();
  return {
    initiative,
    name,
    label: initiativeLabel(name, initiative.row),
    responsible: counts.R,
    accountable: counts.A,
    support: counts.S,
    consulted: counts.C,
    informed: counts.I,
    invalid,
    filled,
  };
}

/** A row with no name and no cell filled is a spare row: every rule ignores it. */
export function isSpare(row: RowFacts): boolean {
  return row.name === "" && row.filled === 0;
}

/** True for the codes that own a row: the owner's or the doer's (R, A, A/R; DACI's D, A). */
const owns = (parts: readonly Part[]): boolean => parts.includes("A") || parts.includes("R");

/** True when the role at `index` owns or does the work on this row: R or A (A/R included), D or A in DACI. */
export function ownsAt(initiative: MatrixInitiative, index: number): boolean {
  const cell = initiative.cells[index];
  return cell !== undefined && cell.kind === "code" && owns(cell.parts);
}

/** True when the role at `index` holds `part` on this row: A (A/R included), or R (the doer). */
export function holdsAt(initiative: MatrixInitiative, index: number, part: Part): boolean {
  const cell = initiative.cells[index];
  return cell !== undefined && cell.kind === "code" && cell.parts.includes(part);
}

/** The roles holding `part` on the row, sorted, so a message does not depend on the order of the columns. */
export function namesHolding(row: RowFacts, roles: readonly MatrixRole[], part: Part): string[] {
  const names: string[] = [];
  roles.forEach((role, i) => {
    if (holdsAt(row.initiative, i, part)) names.push(roleLabel(role));
  });
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
