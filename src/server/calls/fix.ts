/**
 * Fixing what the checks find (docs/domain.md "Fixes"): previewFixes says what would change, fixFindings applies it
 * with one read and one batched write of only the changed cells, under the document lock, and undoFixes puts
 * back exactly the cells the last fix wrote, unless someone changed them since. Every change is logged.
 */
import type { FixResult, FixRowTarget, UndoResult } from "../../core/api";
import { PRODUCT_NAME } from "../../core/keys";
import { firstDataRow } from "../../core/plan/layout";
import {
  FIXABLE_RULES,
  planFixes,
  readRuleNames,
  type FixPlan,
  type PlannedChange,
} from "../../core/fix/index";
import { readFixRows, type FixRows } from "../../core/fix/rows";
import type { RuleName } from "../../core/types";
import { glossaryOfRoles } from "../../core/glossary";
import type { GlossaryEntry } from "../../core/suggest/companyGlossary";
import { loadCharters } from "../../sheets/charterStore";
import { loadGlossary } from "../../sheets/glossaryStore";
import { notMadeByAddon, writableOrigin, addonMatrix, readableMatrix } from "../../sheets/addonMade";
import type { MatrixOnSheet } from "../../sheets/read";
import { loadUndo, spendUndo } from "../../sheets/undoStore";
import { oldText, undoFields, writeCodes } from "../../sheets/write";
import { undoWrites } from "../../core/undo";
import { withDocumentLock } from "../ops/lock";
import { sheetNamed } from "../../sheets/locate";

function rulesOf(rules: unknown): Set<RuleName> {
  const read = readRuleNames(rules);
  if (!read.ok) throw new Error(read.message);
  return read.rules;
}

function rowsOf(rows: unknown): FixRows | null {
  const read = readFixRows(rows);
  if (!read.ok) throw new Error(read.message);
  return read.rows;
}

/** What planning reads besides the matrix: its charters, the company's words, the code block's formulas. */
interface PlanSources {
  charters: ReturnType<typeof loadCharters>;
  glossary: GlossaryEntry[];
  /** The formula in a code cell ("" for none); the first call reads the code block's formulas. */
  formulaAt: (row: number, column: number) => string;
}

function sourcesOf(read: MatrixOnSheet): PlanSources {
  let formulas: string[][] | null = null;
  const { layout, roles, values, sheet } = read;
  const top = firstDataRow(layout);
  const rows = values.length - top + 1;
  const charters = loadCharters(sheet);
  return {
    charters,
    glossary: glossaryOfRoles(loadGlossary(), roles, charters),
    formulaAt: (row, column) => {
      formulas ??=
        rows <= 0 ? [] : sheet.getRange(top, layout.firstRoleColumn, rows, roles.length).getFormulas();
      return formulas[row - top]?.[column - layout.firstRoleColumn] ?? "";
    },
  };
}

/**
 * The plan for the matrix as read. A code cell holding a formula is someone's own logic: it is never written
 * over (one getFormulas over the code block, only when something would change, and once per read).
 */
function planFor(
  read: MatrixOnSheet,
  rules: unknown,
  only: FixRows | null,
  sources: PlanSources = sourcesOf(read),
): FixPlan {
  const plan = planFixes(read.matrix, sources.charters, rulesOf(rules), only, sources.glossary);
  if (plan.changes.length === 0) return plan;
  const changes = plan.changes.filter((c) => {
    if (!sources.formulaAt(c.row, c.column)) return true;
    plan.skipped.push({
      rule: c.rule,
      initiative: c.initiative || undefined,
      reason: `${c.cell} holds a formula: the add-on leaves it to you.`,
    });
    return false;
  });
  return { changes, skipped: plan.skipped };
}

function publicResult(sheetName: string, plan: FixPlan): FixResult {
  // The sheet position is the server's business; callers get the A1 cell.
  return {
    sheetName,
    changes: plan.changes.map(({ row: _row, column: _column, ...change }) => change),
    skipped: plan.skipped,
  };
}

/**
 * What fixFindings would change, and what it would skip and why; writes nothing. `rows` limits it to those sheet
 * rows, each only while it holds the initiative named with it.
 */
export function previewFixes(sheetName?: string, rules?: string[], rows?: FixRowTarget[]): FixResult {
  const only = rowsOf(rows); // bad input is refused before anything is read
  const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
  // Fixes are writes: a table the add-on did not make gets none, and the refusal says how to adopt it.
  if (writableOrigin(sheet) === null) throw notMadeByAddon(name);
  const read = readableMatrix(sheet, name);
  const sources = sourcesOf(read);
  const plan = planFor(read, rules, only, sources);
  // "Fix these" for one rule also settles what its changes would leave broken on their rows, so what it
  // writes is planned on its own rather than read off the whole plan: the button's count is then exact.
  const byRule = Object.fromEntries(
    [...rulesOf(rules)]
      .filter((rule) => FIXABLE_RULES.includes(rule))
      .map((rule) => [rule, planFor(read, [rule], only, sources).changes.length]),
  );
  return { ...publicResult(name, plan), byRule, ...undoCellsOf(sheet, read) };
}

/** How many cells the person's Undo would put back now: "Undo the fix" is offered only while there are some. */
function undoCellsOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, read: MatrixOnSheet): { undoCells?: number } {
  const stored = loadUndo(sheet);
  const cells = stored === null ? 0 : undoWrites(read.matrix, stored.record).writes.length;
  return cells > 0 ? { undoCells: cells } : {};
}

/**
 * Applies the safe fixes of the matrix's findings (all rules, or those named; all rows, or those in `rows`, each
 * only while it still holds the initiative named with it: a row that moved is skipped, with the reason), through
 * the one write path: only the changed cells, Agreed rows they change reopened, each change logged and kept for
 * the person's Undo.
 */
export function fixFindings(sheetName?: string, rules?: string[], rows?: FixRowTarget[]): FixResult {
  const only = rowsOf(rows);
  return withDocumentLock(() => {
    const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
    const read = addonMatrix(sheet, name);
    const sources = sourcesOf(read);
    const plan = planFor(read, rules, only, sources);
    if (plan.changes.length === 0) return publicResult(name, plan);
    const result = writeCodes(
      read,
      plan.changes.map((c: PlannedChange) => ({
        row: c.row,
        column: c.column,
        content: { text: c.new },
        old: oldText(read, c.row, c.column),
        initiative: c.initiative,
        role: c.role,
        by: `${PRODUCT_NAME} (fix: ${c.rule})`,
      })),
      {
        user: `${PRODUCT_NAME} (fix)`,
        // planFor read the code cells' formulas; the Decision cells a fix may reopen are read with the write.
        knownFormula: (row, column) => (isCode(read, column) ? sources.formulaAt(row, column) : undefined),
        undoable: true,
      },
    );
    return { ...publicResult(name, plan), ...undoFields(result) };
  });
}

/** Puts back the cells the person's last fix or conversion wrote; a row changed since is left as it is now. */
export function undoFixes(sheetName?: string): UndoResult {
  return withDocumentLock(() => {
    const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
    const stored = loadUndo(sheet);
    if (stored === null) throw new Error(`There is no fix to undo on ${name}.`);
    const read = addonMatrix(sheet, name);
    const { writes, skipped } = undoWrites(read.matrix, stored.record);
    const result = spendUndo(stored, () =>
      writeCodes(read, writes, { user: `${PRODUCT_NAME} (undo fix)`, undoable: false }),
    );
    return { sheetName: name, restored: result.written.length, skipped: skipped + result.skipped.length };
  });
}

const isCode = ({ layout }: MatrixOnSheet, column: number): boolean =>
  column >= layout.firstRoleColumn && column < layout.firstRoleColumn + layout.roleCount;
