import { normalizeName } from "../names";
import type { MatrixContext } from "./context";
import type { FindingCollector } from "./collector";
import { columnName, roleLabel } from "./labels";

/** DUPLICATE_ROLE: one finding per later column whose role name repeats an earlier one. Blank headers are not roles. */
export function duplicateRole(ctx: MatrixContext, out: FindingCollector): void {
  const { roles } = ctx;
  // "Earlier" means further left, whatever order the matrix lists its roles in.
  const byColumn = roles
    .map((_, i) => i)
    .filter((i) => roles[i].name.trim() !== "")
    .sort((a, b) => {
      const ca = roles[a].column;
      const cb = roles[b].column;
      return ca < cb ? -1 : ca > cb ? 1 : a - b;
    });
  const first = new Map<string, number>();
  for (const i of byColumn) {
    const role = roles[i];
    const key = normalizeName(role.name);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, i);
      continue;
    }
    const original = roles[earlier];
    out.atHeader(role.column, {
      rule: "DUPLICATE_ROLE",
      message: `Role "${roleLabel(role)}" in column ${columnName(role.column)} repeats "${roleLabel(original)}" from column ${columnName(original.column)}. Keep one column per role.`,
      role: role.name.trim(),
    });
  }
}
