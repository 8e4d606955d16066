/** Gathers findings from the rules and hands them back in reading order, whatever order the rules ran in. */
import { tryA1 } from "../a1";
import type { Finding, RuleName } from "../types";
import { RULE_RANK, RULE_SEVERITY } from "./severity";

/** What a rule says; the collector adds the severity and the cell. */
export interface Draft {
  rule: RuleName;
  message: string;
  initiative?: string;
  role?: string;
}

// Findings without a cell sort after every cell.
const NOWHERE = Number.POSITIVE_INFINITY;

function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class FindingCollector {
  private readonly findings: Finding[] = [];
  private readonly rows: number[] = [];
  private readonly columns: number[] = [];

  /** `headerRow` names the role header cells; without it, role-level findings carry no cell. */
  constructor(private readonly headerRow?: number) {}

  /** A finding about the cell at (row, column). */
  at(row: number, column: number, draft: Draft): void {
    const finding: Finding = {
      rule: draft.rule,
      severity: RULE_SEVERITY[draft.rule],
      message: draft.message,
    };
    if (draft.initiative !== undefined) finding.initiative = draft.initiative;
    if (draft.role !== undefined) finding.role = draft.role;
    const cell = tryA1(row, column);
    if (cell !== undefined) finding.cell = cell;
    this.findings.push(finding);
    this.rows.push(cell === undefined ? NOWHERE : row);
    this.columns.push(cell === undefined ? 0 : column);
  }

  /** A finding about a role, placed on its header cell when the header row is known. */
  atHeader(column: number, draft: Draft): void {
    this.at(this.headerRow ?? NOWHERE, column, draft);
  }

  /** By row, then column, then rule (docs/domain.md's order); ties keep the order they were found in. */
  sorted(): Finding[] {
    const { findings, rows, columns } = this;
    const order = findings.map((_, i) => i);
    order.sort(
      (x, y) =>
        compare(rows[x], rows[y]) ||
        compare(columns[x], columns[y]) ||
        RULE_RANK[findings[x].rule] - RULE_RANK[findings[y].rule] ||
        x - y,
    );
    return order.map((i) => findings[i]);
  }
}
