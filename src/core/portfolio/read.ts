/** One pass over one matrix: what every part of the portfolio needs from it, so no part rescans the grid. */
import { isSpare, ownsAt, tallyRow, type RowFacts } from "../rules/rowFacts";
import { RoleTally } from "../rules/roleTally";
import { roleKey } from "./identity";
import type { PortfolioSource } from "./types";

export interface MatrixReading {
  readonly source: PortfolioSource;
  /** Initiative rows; spare rows left out, as the analysis leaves them out. */
  readonly rows: readonly RowFacts[];
  /** Per-column R, A, C, I. */
  readonly tally: RoleTally;
  /** Each column's role identity; undefined for a column with no name. */
  readonly keys: readonly (string | undefined)[];
  /** Per role identity: the initiatives it holds R or A on (once a row, even when it has two columns). */
  readonly owned: ReadonlyMap<string, number>;
  /** Per role identity: its leftmost column, whose header a finding names. */
  readonly column: ReadonlyMap<string, number>;
}

export function readMatrix(source: PortfolioSource): MatrixReading {
  const { roles, initiatives } = source.matrix;
  const keys = roles.map((role) => roleKey(role.name));
  const tally = new RoleTally(roles.length);
  const rows: RowFacts[] = [];
  const owned = new Map<string, number>();
  const column = new Map<string, number>();
  keys.forEach((key, i) => {
    if (key === undefined) return;
    owned.set(key, 0);
    column.set(key, Math.min(column.get(key) ?? Infinity, roles[i].column));
  });
  for (const initiative of initiatives) {
    const row = tallyRow(initiative, roles.length, tally);
    if (isSpare(row)) continue;
    rows.push(row);
    const owners = new Set<string>();
    keys.forEach((key, i) => {
      if (key !== undefined && ownsAt(initiative, i)) owners.add(key);
    });
    for (const key of owners) owned.set(key, (owned.get(key) ?? 0) + 1);
  }
  return { source, rows, tally, keys, owned, column };
}
