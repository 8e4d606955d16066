/** One pass over a row: the counts every row rule reads, and the row's share of the per-role tally. */
import type { MatrixInitiative } from "../types";
import { initiativeLabel } from "./labels";
import type { RoleTally } from "./roleTally";

export interface RowFacts {
  readonly initiative: MatrixInitiative;
  /** The trimmed name; "" when the row has none. */
  readonly name: string;
  /** How messages name the initiative. */
  readonly label: string;
  /** Roles holding R (A/R included). */
  readonly responsible: number;
  /** Roles holding A (A/R included). */
  readonly accountable: number;
  readonly consulted: number;
  readonly informed: number;
  readonly invalid: number;
  /** Non-empty cells, invalid ones included. */
  readonly filled: number;
}

/** Counts the row's codes and adds them to `tally`. Cells beyond the role count are ignored. */
export function tallyRow(initiative: MatrixInitiative, roleCount: number, tally: RoleTally): RowFacts {
  let responsible = 0;
  let accountable = 0;
  let consulted = 0;
  let informed = 0;
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
    switch (cell.code) {
      case "R":
        responsible++;
        tally.R[i]++;
        tally.owned[i]++;
        break;
      case "A":
        accountable++;
        tally.A[i]++;
        tally.owned[i]++;
        break;
      case "A/R":
        responsible++;
        accountable++;
        tally.R[i]++;
        tally.A[i]++;
        tally.owned[i]++;
        break;
      case "C":
        consulted++;
        tally.C[i]++;
        break;
      case "I":
        informed++;
        tally.I[i]++;
        break;
    }
  }
  const name = initiative.name.trim();
  return {
    initiative,
    name,
    label: initiativeLabel(name, initiative.row),
    responsible,
    accountable,
    consulted,
    informed,
    invalid,
    filled,
  };
}

/** A row with no name and no cell filled is a spare row: every rule ignores it. */
export function isSpare(row: RowFacts): boolean {
  return row.name === "" && row.filled === 0;
}

/** True when the role at `index` holds R or A (A/R included) on this row. */
export function ownsAt(initiative: MatrixInitiative, index: number): boolean {
  const cell = initiative.cells[index];
  return (
    cell !== undefined &&
    cell.kind === "code" &&
    (cell.code === "R" || cell.code === "A" || cell.code === "A/R")
  );
}

/** True when the role at `index` holds A (A/R included) on this row. */
export function accountableAt(initiative: MatrixInitiative, index: number): boolean {
  const cell = initiative.cells[index];
  return cell !== undefined && cell.kind === "code" && (cell.code === "A" || cell.code === "A/R");
}
