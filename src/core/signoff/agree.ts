/**
 * Marking rows Agreed from Check, planned before anything is written: for each row still as the panel read it,
 * Decision becomes Agreed, Decided on today, and Agreed by names who agreed (added to the owners already named
 * when the row was Agreed and unchanged since). A row that moved, or whose Decision or codes changed since it
 * was read, refuses the whole call, naming its cell: nobody agrees to something they did not see.
 */
import { a1 } from "../a1";
import { normalizeName } from "../names";
import { agreedByColumn, decidedColumn, decisionColumn, DECISIONS, type Layout } from "../plan/layout";
import type { CellValue, RaciMatrix } from "../types";
import { parseRecord, recordText, withSigners, type Signer } from "./record";
import { rowCodes } from "./rowCodes";
import { isAgreed } from "../write/agreement";
import type { AgreeTarget } from "./targets";

/** One cell an agreement writes: its role is the column's label, for the change log. */
export interface AgreementWrite {
  row: number;
  column: number;
  value: string | Date;
  /** What it held, as text. */
  old: string;
  initiative: string;
  role: "Decision" | "Decided on" | "Agreed by";
}

export type AgreementPlan =
  | { ok: false; refusal: string }
  | {
      ok: true;
      writes: AgreementWrite[];
      /** Rows this agreement changes. */
      agreed: number;
      /** Rows already agreed by these signers: nothing to write. */
      already: number;
    };

const text = (value: CellValue): string =>
  value === null || value === undefined
    ? ""
    : Object.prototype.toString.call(value) === "[object Date]"
      ? (value as Date).toISOString().slice(0, 10)
      : String(value).trim();

/** At most this many rows are named in a refusal; the rest are counted. */
const NAMED = 3;

export function planAgreement(
  matrix: RaciMatrix,
  layout: Layout,
  targets: readonly AgreeTarget[],
  signers: readonly Signer[],
  valueAt: (row: number, column: number) => CellValue,
  time: Date,
): AgreementPlan {
  if (layout.agreement !== true)
    return {
      ok: false,
      refusal:
        "Nothing was changed: this matrix has no Decision column. Add the agreement columns in Settings first.",
    };
  const byRow = new Map(matrix.initiatives.map((initiative) => [initiative.row, initiative]));
  const problems = targets.flatMap((target) => {
    const now = byRow.get(target.row);
    const nameCell = a1(target.row, layout.nameColumn);
    if (now === undefined || normalizeName(now.name) !== normalizeName(target.initiative))
      return [`${nameCell} no longer holds “${target.initiative}”: rows moved since Check read them`];
    const decision = (now.decision ?? "").trim();
    if (decision !== target.decision)
      return [
        `${a1(target.row, decisionColumn(layout))} says “${decision}” now, not “${target.decision}”: ` +
          "someone changed it since Check read it",
      ];
    const codes = rowCodes(matrix.roles, now);
    if (codes !== target.codes)
      return [`the codes of “${target.initiative}” (row ${target.row}) changed since Check read them`];
    return [];
  });
  if (problems.length > 0) {
    const more = problems.length > NAMED ? `; and ${problems.length - NAMED} more rows` : "";
    return {
      ok: false,
      refusal: `Nothing was changed: ${problems.slice(0, NAMED).join("; ")}${more}. Check again, then agree to what the rows say now.`,
    };
  }
  const writes: AgreementWrite[] = [];
  let agreed = 0;
  for (const target of targets) {
    const initiative = byRow.get(target.row);
    if (initiative === undefined) continue;
    const wasAgreed = isAgreed(initiative.decision);
    const before = initiative.agreedBy ?? "";
    const after =
      layout.agreedBy === true
        ? recordText(withSigners(wasAgreed ? parseRecord(before) : null, signers))
        : before;
    if (wasAgreed && after === before) continue;
    agreed++;
    const cell = (column: number, role: AgreementWrite["role"], value: string | Date): void => {
      writes.push({
        row: target.row,
        column,
        value,
        old: text(valueAt(target.row, column)),
        initiative: initiative.name,
        role,
      });
    };
    if (!wasAgreed) cell(decisionColumn(layout), "Decision", DECISIONS[1]);
    cell(decidedColumn(layout), "Decided on", time);
    if (after !== before) cell(agreedByColumn(layout), "Agreed by", after);
  }
  return { ok: true, writes, agreed, already: targets.length - agreed };
}
