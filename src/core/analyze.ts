/**
 * The analysis of a matrix: every rule of docs/domain.md, one pass over the rows, findings in reading order.
 * The matrix's kind (its settings) words the findings; its cells were read with the kind's grammar.
 */
import { FindingCollector } from "./rules/collector";
import { matrixContext } from "./rules/context";
import {
  duplicateInitiative,
  duplicateRole,
  ROW_RULES,
  roleOverloaded,
  roleWithoutOwnership,
} from "./rules/index";
import { RoleTally } from "./rules/roleTally";
import { isSpare, tallyRow, type RowFacts } from "./rules/rowFacts";
import { a1 } from "./a1";
import { rowCodes } from "./signoff/rowCodes";
import { signOffState } from "./signoff/state";
import { summariseShorthand } from "./shorthand";
import type { AgreementSummary, Analysis, Finding, RaciMatrix, Severity } from "./types";

export interface AnalyzeOptions {
  /** The 1-based row of the role headers; role-level findings name their header cell only when it is given. */
  headerRow?: number;
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** Findings, per-role load and counts. Never throws on a well-typed matrix, whatever its cells hold. */
export function analyze(matrix: RaciMatrix, options: AnalyzeOptions = {}): Analysis {
  const ctx = matrixContext(matrix);
  const out = new FindingCollector(options.headerRow);
  const tally = new RoleTally(ctx.roles.length);
  const rows: RowFacts[] = [];
  for (const initiative of matrix.initiatives) {
    const row = tallyRow(initiative, ctx.roles.length, tally);
    if (isSpare(row)) continue;
    rows.push(row);
    for (const rule of ROW_RULES) rule(row, ctx, out);
  }
  duplicateInitiative(rows, ctx, out);
  duplicateRole(ctx, out);
  roleOverloaded(tally, rows.length, ctx, out);
  roleWithoutOwnership(tally, rows.length, ctx, out);
  const findings = out.sorted();
  const agreement = agreementOf(rows, matrix);
  const shorthand = summariseShorthand(matrix.shorthand, ctx.kind);
  return {
    kind: ctx.kind.name,
    findings,
    roles: tally.loads(ctx.roles, ctx.kind),
    counts: countBySeverity(findings),
    ...(agreement ? { agreement } : {}),
    ...(shorthand ? { shorthand } : {}),
  };
}

/**
 * "9 of 12 agreed" and the rows still open, each with its codes as read (an agreement sent back with them is
 * refused if they changed since); none for a matrix without the Decision column. With sign-off by both owners,
 * a row one owner agreed is still open, and says whom it waits for.
 */
function agreementOf(rows: readonly RowFacts[], matrix: RaciMatrix): AgreementSummary | undefined {
  if (!rows.some((row) => row.initiative.decision !== undefined)) return undefined;
  const open = rows.flatMap(({ initiative, name, label }) => {
    const state = signOffState(initiative, matrix.settings);
    if (state.agreed) return [];
    return [
      {
        initiative: name || label,
        decision: (initiative.decision ?? "").trim(),
        cell: a1(initiative.row, matrix.nameColumn),
        row: initiative.row,
        codes: rowCodes(matrix.roles, initiative),
        ...(state.waiting !== undefined ? { waiting: state.waiting } : {}),
      },
    ];
  });
  return { agreed: rows.length - open.length, total: rows.length, open };
}
