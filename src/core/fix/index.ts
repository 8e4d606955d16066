/**
 * Fixes for the findings that have a safe one (docs/domain.md "Fixes"), computed from the suggestion for each row
 * and limited to the cells that must change, in the codes of the matrix's kind. Rows are fixed in this order:
 * one A, one Driver (DACI), then the owner pair's split, then a missing A, then a missing R (or D), each fix
 * seeing the row as the previous ones left it. A row holding a code the add-on cannot read is left alone; a
 * finding no charter can settle is skipped, with the reason.
 */
import { a1 } from "../a1";
import { analyze } from "../analyze";
import { pairIndex, chartersFor } from "../suggest/index";
import type { CharterMap } from "../suggest/charterInput";
import type { CompanyGlossary } from "../suggest/companyGlossary";
import { confidenceOf } from "../suggest/confidence";
import { evidence, matchInitiative } from "../suggest/match";
import { RULE_ORDER } from "../rules/severity";
import type { MatrixInitiative, RaciMatrix, RuleName } from "../types";
import { KINDS } from "../kinds";
import { fixMultipleAccountable } from "./multipleAccountable";
import { fixMultipleDrivers } from "./multipleDrivers";
import { fixNoAccountable } from "./noAccountable";
import { fixNoResponsible } from "./noResponsible";
import {
  isAccountable,
  isResponsible,
  owns,
  type Code,
  type FixContext,
  type FixRow,
  type RowFix,
} from "./row";
import type { FixRows } from "./rows";
import { fixSharedOwnership } from "./sharedOwnership";

const FIXES: readonly (readonly [RuleName, RowFix])[] = [
  ["MULTIPLE_ACCOUNTABLE", fixMultipleAccountable],
  ["MULTIPLE_DRIVERS", fixMultipleDrivers],
  ["SHARED_OWNERSHIP", fixSharedOwnership],
  ["NO_ACCOUNTABLE", fixNoAccountable],
  ["NO_RESPONSIBLE", fixNoResponsible],
];

/** The rules the add-on can fix; the others are left to people. */
export const FIXABLE_RULES: readonly RuleName[] = FIXES.map(([rule]) => rule);

/** Why the other rules are left to people: the finding's own message says what to do. */
const MANUAL_ONLY: Partial<Record<RuleName, string>> = {
  INVALID_CODE: "only the person who typed it knows what was meant.",
  UNNAMED_INITIATIVE: "only the team can name the initiative.",
  DUPLICATE_INITIATIVE: "only the team can tell whether the two rows are one initiative.",
  DUPLICATE_ROLE: "only the team can tell which of the two columns to keep.",
  TOO_MANY_RESPONSIBLE: "splitting an initiative is the team's decision.",
  TOO_MANY_CONSULTED: "who need not be consulted is the team's decision.",
  TOO_MANY_INFORMED: "who need not be informed is the team's decision.",
  ROLE_OVERLOADED: "moving work to another role is the team's decision.",
  ROLE_WITHOUT_OWNERSHIP: "giving the role work of its own is the team's decision.",
  AGREED_WITH_PROBLEMS: "whether to reopen an agreed row is the team's decision.",
};

export interface PlannedChange {
  /** 1-based sheet row and column of the code cell. */
  row: number;
  column: number;
  cell: string;
  initiative: string;
  role: string;
  rule: RuleName;
  old: Code;
  new: Code;
  /** Plain words: "COO becomes A: mentions 'process' — Process optimisation: …". */
  reason: string;
  /** How sure the row's suggestion is that the fix follows (0..1); absent when no charter matched the row. */
  confidence?: number;
}

export interface SkippedFix {
  rule: RuleName;
  initiative?: string;
  reason: string;
}

export interface FixPlan {
  changes: PlannedChange[];
  skipped: SkippedFix[];
}

/** The rule names a caller asked for, or a message naming the unknown one. All rules when none are given. */
export function readRuleNames(
  value: unknown,
): { ok: true; rules: Set<RuleName> } | { ok: false; message: string } {
  if (value === undefined || value === null) return { ok: true, rules: new Set(RULE_ORDER) };
  if (!Array.isArray(value))
    return { ok: false, message: 'rules must be a list of rule names, e.g. ["NO_ACCOUNTABLE"].' };
  const rules = new Set<RuleName>();
  for (const item of value) {
    const known = RULE_ORDER.find((rule) => rule === item);
    if (known === undefined)
      return { ok: false, message: `"${String(item).slice(0, 60)}" is not a rule name.` };
    rules.add(known);
  }
  return { ok: true, rules };
}

function codesOf(initiative: MatrixInitiative, roleCount: number): { codes: Code[]; invalid: number } {
  const codes: Code[] = [];
  let invalid = -1;
  for (let i = 0; i < roleCount; i++) {
    const cell = initiative.cells[i];
    codes.push(cell?.kind === "code" ? cell.code : "");
    if (cell?.kind === "invalid" && invalid < 0) invalid = i;
  }
  return { codes, invalid };
}

/** The fixable findings a row has, by the same conditions as the rules. */
function fixableFindings(codes: readonly Code[], ctx: FixContext): RuleName[] {
  const a = codes.filter(isAccountable).length;
  const found: RuleName[] = [];
  if (a > 1) found.push("MULTIPLE_ACCOUNTABLE");
  if (ctx.kind.soleDoer && codes.filter(isResponsible).length > 1) found.push("MULTIPLE_DRIVERS");
  if (ctx.pair && owns(codes[ctx.pair[0]]) && owns(codes[ctx.pair[1]])) found.push("SHARED_OWNERSHIP");
  if (a === 0) found.push("NO_ACCOUNTABLE");
  if (!codes.some(isResponsible)) found.push("NO_RESPONSIBLE");
  return found;
}

const rowOfCell = (cell: string | undefined): number | null => {
  const match = cell ? /(\d+)$/.exec(cell) : null;
  return match ? Number(match[1]) : null;
};

/**
 * The changes that fix the requested rules' findings, and the findings left as they are, with why. With `only`,
 * just those rows, each only while it still holds the initiative the caller saw there.
 */
export function planFixes(
  matrix: RaciMatrix,
  charters: CharterMap = new Map(),
  rules: ReadonlySet<RuleName> = new Set(RULE_ORDER),
  only: FixRows | null = null,
  glossary: CompanyGlossary = [],
): FixPlan {
  const roles = matrix.roles.map((r) => r.name);
  const compiled = chartersFor(roles, charters, glossary);
  const pair = matrix.settings.ownerPair ? pairIndex(roles, matrix.settings.ownerPair) : null;
  const ctx: FixContext = { roles, kind: KINDS[matrix.settings.kind], compiled, pair };
  const changes: PlannedChange[] = [];
  const skipped: SkippedFix[] = [];

  for (const initiative of matrix.initiatives) {
    const expected = only ? only.get(initiative.row) : "";
    if (expected === undefined) continue; // a row the caller did not ask for
    const { codes, invalid } = codesOf(initiative, roles.length);
    const name = initiative.name.trim();
    if (name === "" && codes.every((c) => c === "") && invalid < 0) continue; // a spare row
    const label = name === "" ? `the initiative on row ${initiative.row}` : `"${name}"`;
    const skip = (rule: RuleName, reason: string) =>
      skipped.push({ rule, initiative: name || undefined, reason });
    const found = fixableFindings(codes, ctx).filter((rule) => rules.has(rule));
    if (found.length === 0) continue; // most rows: nothing to fix, and no need to match them
    if (only && expected !== name) {
      const now = name === "" ? "no name" : `"${name}"`;
      for (const rule of found)
        skip(rule, `row ${initiative.row} now holds ${now}, not "${expected}": check again, then fix.`);
      continue;
    }
    if (invalid >= 0) {
      const cell = a1(initiative.row, matrix.roles[invalid].column);
      for (const rule of found)
        skip(rule, `${cell} holds a code the add-on cannot read: correct it, then fix this row.`);
      continue;
    }
    const matches = matchInitiative(compiled, name, initiative.area);
    const scores = new Map(matches.map((m) => [m.role, m.score]));
    const original = codes.slice();
    const touched = new Map<number, { rule: RuleName; reasons: string[] }>();
    const row: FixRow = {
      name,
      label,
      codes,
      matches,
      scoreOf: (role) => scores.get(role) ?? 0,
      evidence: (role) => {
        const match = matches.find((m) => m.role === role);
        return match ? evidence(compiled, match)[0] : null;
      },
    };
    const out = {
      change(role: number, code: Code, rule: RuleName, reason: string) {
        codes[role] = code;
        const seen = touched.get(role);
        if (seen) {
          seen.rule = rule;
          seen.reasons.push(reason);
        } else touched.set(role, { rule, reasons: [reason] });
      },
      skip,
    };
    const before = fixableFindings(original, ctx);
    for (const [rule, fix] of FIXES) if (rules.has(rule)) fix(row, ctx, out);
    // A fix asked for alone must not leave its row with a problem it did not have (the Chief of Staff made C
    // can leave nobody responsible): those are settled too, each with its own rule and reason.
    const created = fixableFindings(codes, ctx).filter((rule) => !before.includes(rule));
    for (const [rule, fix] of FIXES) if (created.includes(rule)) fix(row, ctx, out);
    const confidence = matches.length > 0 ? { confidence: confidenceOf(matches) } : {};
    touched.forEach(({ rule, reasons }, role) => {
      if (codes[role] === original[role]) return;
      const column = matrix.roles[role].column;
      changes.push({
        ...confidence,
        row: initiative.row,
        column,
        cell: a1(initiative.row, column),
        initiative: name,
        role: roles[role],
        rule,
        old: original[role],
        new: codes[role],
        reason: reasons.join("; "),
      });
    });
  }
  // The other rules have no automatic fix: each says why a person must decide.
  for (const finding of analyze(matrix).findings) {
    const why = MANUAL_ONLY[finding.rule];
    const row = rowOfCell(finding.cell);
    const asked = only === null || (row !== null && only.has(row));
    if (why !== undefined && rules.has(finding.rule) && asked)
      skipped.push({ rule: finding.rule, initiative: finding.initiative, reason: why });
  }
  changes.sort((a, b) => a.row - b.row || a.column - b.column);
  return { changes, skipped };
}
