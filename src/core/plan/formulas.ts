/**
 * The formulas the add-on writes, so that the sheet explains and highlights itself for every collaborator
 * without any script running. They use only functions that Google Sheets and HyperFormula (which evaluates
 * them in the tests) both implement: IF, AND, OR, NOT, COUNTIF, COUNTA, TRIM, MID, MOD, INT, ROUND, RIGHT,
 * FIND, UPPER, ISERROR, ISNUMBER.
 *
 * They read every spelling of a code the grammar accepts ("ra", "R/A", "Accountable", any case), not only
 * the canonical ones: onEdit, which rewrites aliases, does not run for every edit (Apps Script queues at most
 * two onEdit events: https://developers.google.com/apps-script/guides/triggers), and an alias left behind
 * must not show as a problem. Only a code with stray spaces inside (" a / r") reads as invalid to the
 * formulas until onEdit, Refresh or Check's conversion rewrites it: COUNTIF has no way to ignore them.
 * No user text is ever spliced into a formula: names are referenced by cell.
 *
 * The work is light for Sheets: each row's codes are counted once, into the hidden check column, as one
 * number (see `rowCheckFormula`); Status and every row-wide highlighting rule read that one cell.
 */
import { a1, columnLetter } from "../a1";
import { ALL_SPELLINGS, SPELLING_LETTERS, spellingsWith } from "../codes";
import type { Letter, MatrixSettings } from "../types";
import {
  CHANGED_SINCE_AGREED,
  checkColumn,
  decisionColumn,
  DECISIONS,
  firstDataRow,
  lastRoleColumn,
  type Layout,
} from "./layout";

/** Column positions of the owner pair, when both of its roles are in the matrix. */
export type OwnerColumns = [number, number] | null;

/**
 * The row check packs four counts into one number, three decimal digits each (a matrix has at most 200
 * roles, so no count reaches 1,000): accountable + 1,000 × responsible + 1,000,000 × invalid codes, plus
 * 1,000,000,000 when the owner pair both own the row. "" for an empty row.
 */
const BASE = 1_000;
const DIGITS = { responsible: BASE, invalid: BASE ** 2, shared: BASE ** 3 } as const;

export const OWNING = [...new Set([...spellingsWith("A"), ...spellingsWith("R")])];
/** The spellings of a role accountable but not responsible ("A", "Accountable"), and the reverse. */
const ONLY = {
  A: spellingsWith("A").filter((spelling) => !spellingsWith("R").includes(spelling)),
  R: spellingsWith("R").filter((spelling) => !spellingsWith("A").includes(spelling)),
};

/** How many cells of `range` hold one of `spellings` (COUNTIF ignores case, as the grammar does). */
export function countOf(range: string, spellings: readonly string[]): string {
  return spellings.map((spelling) => `COUNTIF(${range},"${spelling}")`).join("+");
}

/**
 * True when `cell` holds one of `spellings`, in any case: its text between bars is found among theirs
 * ("|R|A|A/R|…|"). FIND takes no wildcards, and a bar typed in the cell could join two spellings, so a cell
 * with one never matches. Reads the cell three times, however many spellings there are.
 */
function holds(cell: string, spellings: readonly string[]): string {
  const list = `|${spellings.map((spelling) => spelling.toUpperCase()).join("|")}|`;
  return `AND(ISERROR(FIND("|",${cell})),ISNUMBER(FIND("|"&UPPER(${cell})&"|","${list}")))`;
}

/**
 * The hidden check of one row, the only formula that reads the row's codes: one COUNTIF per accepted
 * spelling, whatever the row's width. Each spelling adds what it stands for (1 for an A, 1,000 for an R)
 * and takes back the 1,000,000 that COUNTA gave every filled cell, so what is left there counts the cells
 * that are no code at all.
 */
export function rowCheckFormula(layout: Layout, row: number, owners: OwnerColumns): string {
  return `=${rowCheckExpression(layout, row, owners)}`;
}

function rowCheckExpression(layout: Layout, row: number, owners: OwnerColumns): string {
  const codes = `$${columnLetter(layout.firstRoleColumn)}${row}:$${columnLetter(lastRoleColumn(layout))}${row}`;
  const name = `$${columnLetter(layout.nameColumn)}${row}`;
  const weight = (letters: readonly Letter[]) =>
    (letters.includes("A") ? 1 : 0) + (letters.includes("R") ? DIGITS.responsible : 0) - DIGITS.invalid;
  const counts = [
    `${DIGITS.invalid}*COUNTA(${codes})`,
    ...SPELLING_LETTERS.map(({ spelling, letters }) => `${weight(letters)}*COUNTIF(${codes},"${spelling}")`),
    ...(owners
      ? [`${DIGITS.shared}*AND(${owners.map((c) => holds(`$${columnLetter(c)}${row}`, OWNING)).join(",")})`]
      : []),
  ];
  return `IF(AND(TRIM(${name})="",COUNTA(${codes})=0),"",${counts.join("+").replace(/\+-/g, "-")})`;
}

/**
 * What the formulas read of a row: its check cell, or for a matrix without the check column (made before it,
 * until its next Refresh adds the column) the same expression inline.
 */
function rowCheck(layout: Layout, row: number, owners: OwnerColumns): string {
  return layout.check === true
    ? `$${columnLetter(checkColumn(layout))}${row}`
    : `(${rowCheckExpression(layout, row, owners)})`;
}

/** The counts a row check holds, as expressions of it (`check` must not be ""). */
function unpack(check: string) {
  return {
    accountable: `MOD(${check},${BASE})`,
    responsible: `MOD(INT(${check}/${DIGITS.responsible}),${BASE})`,
    invalid: `MOD(INT(${check}/${DIGITS.invalid}),${BASE})`,
    shared: `${check}>=${DIGITS.shared}`,
  };
}

/** The Status cell of one row: "OK", or what is wrong in words, e.g. "No one accountable; 2 invalid codes". */
export function statusFormula(
  layout: Layout,
  row: number,
  owners: OwnerColumns,
  settings: MatrixSettings,
): string {
  const check = rowCheck(layout, row, owners);
  const n = unpack(check);
  const unnamed = `TRIM($${columnLetter(layout.nameColumn)}${row})=""`;
  const ownerNames = owners
    ? `${absolute(layout.headerRow, owners[0])}&" and "&${absolute(layout.headerRow, owners[1])}&" both own it"`
    : `""`;
  const problems = [
    `IF(${unnamed},"; No initiative name","")`,
    `IF(${n.accountable}=0,"; No one accountable","")`,
    `IF(${n.accountable}>1,"; "&${n.accountable}&" accountable","")`,
    `IF(${n.responsible}=0,"; No one responsible","")`,
    `IF(${n.responsible}>${settings.maxResponsible},"; "&${n.responsible}&" responsible (split it)","")`,
    `IF(${n.shared},"; "&${ownerNames},"")`,
    `IF(${n.invalid}>0,"; "&${n.invalid}&IF(${n.invalid}>1," invalid codes"," invalid code"),"")`,
  ];
  const ok = `AND(NOT(${unnamed}),${n.accountable}=1,${n.responsible}>0,${n.responsible}<=${settings.maxResponsible},NOT(${n.shared}),${n.invalid}=0)`;
  // Each problem starts with "; ", and MID drops the first separator.
  return `=IF(${check}="","",IF(${ok},"OK",MID(${problems.join("&")},3,500)))`;
}

/**
 * True for a Status formula the add-on wrote (of any version since its "No one accountable" text): what
 * adopting a sheet again, after Remove add-on data left its formulas behind, reuses rather than duplicates.
 */
export const isStatusFormula = (formula: string): boolean =>
  formula.startsWith("=IF(") && formula.includes(`"; No one accountable"`);

/**
 * The conditional format formulas, written for the top-left cell of the first range they apply to (row
 * `row`). Each reads one cell, the row's check or (for an invalid code) the code cell itself: constant work
 * per cell, whatever the number of roles.
 */
export function highlightFormulas(layout: Layout, owners: OwnerColumns, row = firstDataRow(layout)) {
  const check = rowCheck(layout, row, owners);
  const n = unpack(check);
  const when = (condition: string) => `=IF(${check}="",FALSE(),${condition})`;
  const cell = a1(row, layout.firstRoleColumn); // relative both ways: Sheets shifts it to each cell
  return {
    invalidCell: `=AND(${cell}<>"",NOT(${holds(cell, ALL_SPELLINGS)}))`,
    sharedOwnership: when(n.shared),
    multipleAccountable: when(`${n.accountable}>1`),
    noAccountable: when(`${n.accountable}=0`),
    noResponsible: when(`${n.responsible}=0`),
    ...decisionFormulas(layout, row),
  };
}

/** Highlighting of the Decision cells (written for the first one); only for a matrix with those columns. */
export function decisionFormulas(layout: Layout, row = firstDataRow(layout)) {
  const cell = a1(row, decisionColumn(layout));
  const known = [...DECISIONS, CHANGED_SINCE_AGREED].map((value) => `TRIM(${cell})<>"${value}"`);
  return {
    disputed: `=TRIM(${cell})="${DECISIONS[2]}"`,
    changedSinceAgreed: `=TRIM(${cell})="${CHANGED_SINCE_AGREED}"`,
    unknownDecision: `=AND(TRIM(${cell})<>"",${known.join(",")})`,
  };
}

/** Highlights a summary "Owns" cell whose formula flagged the role as overloaded. */
export function overloadedFormula(row: number, column: number): string {
  return `=RIGHT(${a1(row, column)},10)="overloaded"`;
}

/**
 * Per-role summary formulas over the role's column of initiatives. `accountableRow` is the summary's own
 * Accountable row (null when a collaborator deleted it). The other counts build on it, since a cell holding
 * R is either accountable too or responsible only: Responsible = Accountable − accountable only +
 * responsible only, and the share owned = Accountable + responsible only. So a code edit recounts 22
 * spellings per role instead of 62.
 */
export function summaryFormulas(
  layout: Layout,
  column: number,
  settings: MatrixSettings,
  accountableRow: number | null,
): string[] {
  const letter = columnLetter(column);
  const rows = `${letter}$${firstDataRow(layout)}:${letter}$${layout.lastRow}`;
  const names = `$${columnLetter(layout.nameColumn)}$${firstDataRow(layout)}:$${columnLetter(layout.nameColumn)}$${layout.lastRow}`;
  const count = (letter: Letter) => countOf(rows, spellingsWith(letter));
  const accountable = accountableRow === null ? null : `${letter}$${accountableRow}`;
  const responsible =
    accountable === null ? count("R") : `${accountable}-(${countOf(rows, ONLY.A)})+${countOf(rows, ONLY.R)}`;
  const owns =
    accountable === null ? `(${countOf(rows, OWNING)})` : `(${accountable}+${countOf(rows, ONLY.R)})`;
  const initiatives = `COUNTA(${names})`;
  const overloaded = `AND(${owns}>${settings.overloadShare}*${initiatives},${owns}>=${settings.overloadMinInitiatives})`;
  return [
    `=${count("A")}`,
    `=${responsible}`,
    `=${count("C")}`,
    `=${count("I")}`,
    `=IF(${initiatives}=0,"–",ROUND(100*${owns}/${initiatives},0)&"%"&IF(${overloaded}," overloaded",""))`,
  ];
}

function absolute(row: number, column: number): string {
  return `$${columnLetter(column)}$${row}`;
}
