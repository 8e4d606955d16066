/**
 * The offsite pack: only the rows the team still has to settle, worst first: disputed, changed since agreed,
 * with a finding (a gap, a double ownership, an invalid code…), then not yet agreed (proposed, no decision, or
 * waiting for one of the owners). An agreed row with no finding is settled and left out. Each row says who
 * holds its codes, by role and person, so the room can talk about people as well as titles.
 */
import { a1, parseA1 } from "../a1";
import type { OffsitePack, OffsiteRow, SettleReason } from "../api";
import { CHANGED_SINCE_AGREED, DECISIONS } from "../plan/layout";
import { codeText } from "../signoff/rowCodes";
import { signOffState } from "../signoff/state";
import { isAgreed } from "../write/agreement";
import type { Analysis, MatrixInitiative, RaciMatrix } from "../types";

/** The groups of the pack, in the order the room takes them. */
export const SETTLE_ORDER: readonly SettleReason[] = ["disputed", "changed", "finding", "open"];

const same = (a: string | undefined, b: string): boolean =>
  (a ?? "").trim().toLowerCase() === b.toLowerCase();

/** The sheet row a finding's cell is on, or null for one without a cell. */
function rowOf(cell: string | undefined): number | null {
  if (cell === undefined) return null;
  try {
    return parseA1(cell).row;
  } catch {
    return null;
  }
}

export function offsitePack(sheetName: string, matrix: RaciMatrix, analysis: Analysis): OffsitePack {
  const findingsByRow = new Map<number, OffsiteRow["findings"]>();
  for (const { rule, severity, message, cell, initiative } of analysis.findings) {
    const row = rowOf(cell);
    // Findings about a role sit on its header; only those about an initiative's row belong to that row.
    if (row === null || (initiative === undefined && rule !== "INVALID_CODE")) continue;
    findingsByRow.set(row, [...(findingsByRow.get(row) ?? []), { rule, severity, message }]);
  }
  const initiatives = matrix.initiatives.filter(
    (initiative) => initiative.name !== "" || initiative.cells.some((cell) => cell.kind !== "empty"),
  );
  const rows = initiatives.flatMap((initiative): OffsiteRow[] => {
    const findings = findingsByRow.get(initiative.row) ?? [];
    const reason = reasonOf(initiative, matrix, findings.length > 0);
    if (reason === null) return [];
    return [
      {
        initiative: initiative.name,
        area: initiative.area,
        row: initiative.row,
        cell: a1(initiative.row, matrix.nameColumn),
        reason,
        decision: (initiative.decision ?? "").trim(),
        signOff: signOffText(initiative, matrix),
        holders: matrix.roles.flatMap((role, i) => {
          const code = codeText(initiative.cells[i] ?? { kind: "empty" });
          return code === "" ? [] : [{ role: role.name, heldBy: role.heldBy ?? "", code }];
        }),
        findings,
      },
    ];
  });
  return {
    sheetName,
    initiatives: initiatives.length,
    people: matrix.roles.map((role) => ({ role: role.name, heldBy: role.heldBy ?? "" })),
    rows: SETTLE_ORDER.flatMap((reason) => rows.filter((row) => row.reason === reason)),
  };
}

/** Why the row is still to settle, or null for a settled one (agreed, no finding). */
function reasonOf(initiative: MatrixInitiative, matrix: RaciMatrix, found: boolean): SettleReason | null {
  const tracked = initiative.decision !== undefined;
  if (tracked && same(initiative.decision, DECISIONS[2])) return "disputed";
  if (tracked && same(initiative.decision, CHANGED_SINCE_AGREED)) return "changed";
  if (found) return "finding";
  if (tracked && !signOffState(initiative, matrix.settings).agreed) return "open";
  return null;
}

/** The Agreed by record while it stands (Agreed, or Changed since agreed), or whom an agreement waits for. */
function signOffText(initiative: MatrixInitiative, matrix: RaciMatrix): string {
  const state = signOffState(initiative, matrix.settings);
  if (state.waiting !== undefined) return state.waiting;
  const standing = isAgreed(initiative.decision) || same(initiative.decision, CHANGED_SINCE_AGREED);
  return standing ? (initiative.agreedBy ?? "").trim() : "";
}
