/** Per-role counts gathered while the rows are read, so the role rules never rescan the grid. */
import type { Kind } from "../kinds";
import type { MatrixRole, RoleLoad } from "../types";

export class RoleTally {
  // Typed arrays: one allocation per letter, not one object per role per row.
  readonly R: Int32Array;
  readonly A: Int32Array;
  readonly C: Int32Array;
  readonly I: Int32Array;
  readonly S: Int32Array;
  /** Initiatives on which the role holds R or A (A/R counts once). */
  readonly owned: Int32Array;

  constructor(roleCount: number) {
    this.R = new Int32Array(roleCount);
    this.A = new Int32Array(roleCount);
    this.C = new Int32Array(roleCount);
    this.I = new Int32Array(roleCount);
    this.S = new Int32Array(roleCount);
    this.owned = new Int32Array(roleCount);
  }

  /** The public per-role load, in the matrix's role order; S only for a kind that has it (RASCI). */
  loads(roles: readonly MatrixRole[], kind: Kind): RoleLoad[] {
    const support = kind.parts.includes("S");
    return roles.map((role, i) => ({
      role: role.name,
      R: this.R[i],
      A: this.A[i],
      C: this.C[i],
      I: this.I[i],
      ...(support ? { S: this.S[i] } : {}),
      ...(role.heldBy ? { heldBy: role.heldBy } : {}),
    }));
  }
}
