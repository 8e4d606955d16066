/** What every rule needs to know about the matrix as a whole, worked out once before the rows are read. */
import { KINDS, type Kind } from "../kinds";
import { normalizeName } from "../names";
import type { MatrixRole, MatrixSettings, RaciMatrix } from "../types";
import type { FindingCollector } from "./collector";
import { roleLabel } from "./labels";
import type { RowFacts } from "./rowFacts";

/** The owner pair resolved to role positions; a name may sit on several columns when roles are duplicated. */
export interface OwnerColumns {
  readonly names: readonly [string, string];
  readonly first: readonly number[];
  readonly second: readonly number[];
}

export interface MatrixContext {
  readonly roles: readonly MatrixRole[];
  readonly settings: MatrixSettings;
  /** The matrix's kind: its codes' words, and whether a row has one doer or several. */
  readonly kind: Kind;
  readonly nameColumn: number;
  /** null when SHARED_OWNERSHIP is off: no pair set, a role of it missing, or both names the same role. */
  readonly ownerPair: OwnerColumns | null;
}

/** Positions of the roles called `name`, leftmost column first. */
function positionsOf(name: string, roles: readonly MatrixRole[]): number[] {
  const key = normalizeName(name);
  const found: number[] = [];
  roles.forEach((role, i) => {
    if (normalizeName(role.name) === key) found.push(i);
  });
  return found.sort((a, b) => roles[a].column - roles[b].column || a - b);
}

function ownerColumns(settings: MatrixSettings, roles: readonly MatrixRole[]): OwnerColumns | null {
  const pair = settings.ownerPair;
  if (pair === null || normalizeName(pair[0]) === normalizeName(pair[1])) return null;
  const first = positionsOf(pair[0], roles);
  const second = positionsOf(pair[1], roles);
  if (first.length === 0 || second.length === 0) return null;
  return { names: [roleLabel(roles[first[0]]), roleLabel(roles[second[0]])], first, second };
}

export function matrixContext(matrix: RaciMatrix): MatrixContext {
  return {
    roles: matrix.roles,
    settings: matrix.settings,
    kind: KINDS[matrix.settings.kind],
    nameColumn: matrix.nameColumn,
    ownerPair: ownerColumns(matrix.settings, matrix.roles),
  };
}

/** A rule about one initiative row. Rows are never spare when a rule sees them. */
export type RowRule = (row: RowFacts, ctx: MatrixContext, out: FindingCollector) => void;
