import { normalizeName } from "../names";
import type { MatrixSettings } from "../types";
import type { OwnerColumns } from "./formulas";
import type { Layout } from "./layout";

/** The sheet columns of the owner pair's two roles, or null when either is not a role of the matrix. */
export function ownerColumns(roles: string[], settings: MatrixSettings, layout: Layout): OwnerColumns {
  if (!settings.ownerPair) return null;
  const normalized = roles.map(normalizeName);
  const [first, second] = settings.ownerPair.map((role) => normalized.indexOf(normalizeName(role)));
  if (first < 0 || second < 0 || first === second) return null;
  return [layout.firstRoleColumn + first, layout.firstRoleColumn + second];
}
