/** Each role's load summed over the matrices, roles merged by identity (identity.ts). */
import { byText, roleSpellings, type Spellings } from "./identity";
import type { MatrixReading } from "./read";
import type { PortfolioRole } from "../api";

/** A merged role while it is summed; `owned` counts the initiatives it holds R or A on. */
export interface RoleSum {
  readonly key: string;
  readonly spellings: Spellings;
  R: number;
  A: number;
  C: number;
  I: number;
  owned: number;
  readonly matrices: string[];
}

function newSum(key: string, name: string): RoleSum {
  return {
    key,
    spellings: roleSpellings(name),
    R: 0,
    A: 0,
    C: 0,
    I: 0,
    owned: 0,
    matrices: [],
  };
}

/** Per role identity, its sums over every matrix, in the order roles are first met. */
export function sumRoles(readings: readonly MatrixReading[]): Map<string, RoleSum> {
  const sums = new Map<string, RoleSum>();
  for (const { source, tally, keys, owned } of readings) {
    keys.forEach((key, i) => {
      if (key === undefined) return;
      const name = source.matrix.roles[i].name;
      let sum = sums.get(key);
      if (sum === undefined) {
        sum = newSum(key, name);
        sums.set(key, sum);
      }
      sum.spellings.add(name);
      sum.R += tally.R[i];
      sum.A += tally.A[i];
      sum.C += tally.C[i];
      sum.I += tally.I[i];
      if (sum.matrices[sum.matrices.length - 1] !== source.sheetName) {
        sum.matrices.push(source.sheetName);
        sum.owned += owned.get(key) ?? 0;
      }
    });
  }
  return sums;
}

/** The name a merged role is shown by. */
export function roleName(sum: RoleSum): string {
  return sum.spellings.best();
}

/** Heaviest owner first, then by name: the same order whatever order the matrices came in. */
export function orderedRoles(
  sums: Iterable<RoleSum>,
  initiatives: number,
): { key: string; role: PortfolioRole }[] {
  const named = [...sums].map((sum) => ({ sum, name: roleName(sum) }));
  named.sort((x, y) => y.sum.owned - x.sum.owned || byText(x.name, y.name) || byText(x.sum.key, y.sum.key));
  return named.map(({ sum, name }) => ({
    key: sum.key,
    role: {
      role: name,
      R: sum.R,
      A: sum.A,
      C: sum.C,
      I: sum.I,
      share: initiatives === 0 ? 0 : sum.owned / initiatives,
      matrices: [...sum.matrices],
    },
  }));
}
