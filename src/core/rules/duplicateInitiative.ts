import { normalizeName } from "../names";
import type { MatrixContext } from "./context";
import type { FindingCollector } from "./collector";
import { capitalize } from "./labels";
import type { RowFacts } from "./rowFacts";

/** DUPLICATE_INITIATIVE: one finding per later row whose name repeats an earlier one (case and spaces ignored). */
export function duplicateInitiative(
  rows: readonly RowFacts[],
  ctx: MatrixContext,
  out: FindingCollector,
): void {
  const named = rows.filter((row) => row.name !== "");
  // "Earlier" means higher on the sheet, whatever order the matrix lists its rows in.
  const bySheetRow = named
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = named[a].initiative.row;
      const rb = named[b].initiative.row;
      return ra < rb ? -1 : ra > rb ? 1 : a - b;
    });
  const first = new Map<string, RowFacts>();
  for (const i of bySheetRow) {
    const row = named[i];
    const key = normalizeName(row.name);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, row);
      continue;
    }
    out.at(row.initiative.row, ctx.nameColumn, {
      rule: "DUPLICATE_INITIATIVE",
      message: `${capitalize(row.label)} in row ${row.initiative.row} repeats ${earlier.label} from row ${earlier.initiative.row}. Merge the rows or rename one.`,
      initiative: row.name,
    });
  }
}
