/**
 * The formulas the add-on writes, so that the sheet explains and highlights itself for every collaborator
 * without any script running. They use only functions that Google Sheets and HyperFormula (which evaluates
 * them in the tests) both implement: IF, AND, OR, NOT, COUNTIF, COUNTA, TRIM, MID, MOD, INT, ROUND, RIGHT,
 * FIND, UPPER, ISERROR, ISNUMBER.
 *
 * They read every spelling of a code the matrix's kind accepts ("ra", "R/A", "Accountable", a RASCI
 * "support", a DACI "driver", any case), not only the canonical ones: onEdit, which rewrites aliases, does not
 * run for every edit (Apps Script queues at most two onEdit events:
 * https://developers.google.com/apps-script/guides/triggers), and an alias left behind
 * must not show as a problem. Only a code with stray spaces inside (" a / r") reads as invalid to the
 * formulas until onEdit, Refresh or Check's conversion rewrites it: COUNTIF has no way to ignore them.
 * No user text is ever spliced into a formula: names are referenced by cell.
 *
 * The work is light for Sheets: each row's codes are counted once, into the hidden check column, as one
 * number (see `rowCheckFormula`); Status and every row-wide highlighting rule read that one cell.
 */
import { a1, columnLetter } from "../a1";
import { allSpellings, spellingParts, spellingsWith } from "../codes";
import { doerLimit, KINDS, MATRIX_KINDS, type SummaryPart } from "../kinds";
import type { MatrixKind, MatrixSettings, Part } from "../types";
import {
  CHANGED_SINCE_AGREED,
  checkColumn,
  decisionColumn,
  DECISION_VALUES,
  DECISIONS,
  firstDataRow,
  lastRoleColumn,
  type Layout,
} from "./layout";

/** Column positions of the owner pair, when both of its roles are in the matrix. */
export type OwnerColumns = [number, number] | null;

/**
 * The row check packs four counts into one number, three decimal digits each (a matrix has at most 200
 * roles, so no count reaches 1,000): owners (A) + 1,000 × doers (R, or D) + 1,000,000 × invalid codes, plus
 * 1,000,000,000 when the owner pair both own the row. "" for an empty row.
 */
const BASE = 1_000;
const DIGITS = { responsible: BASE, invalid: BASE ** 2, shared: BASE ** 3 } as const;

/**
 * A kind's spellings of an owner or a doer (`owning`: R, A, A/R…; D, A…), and of an owner only ("A",
 * "Accountable") and of a doer only ("R", "driver").
 */
function spellingSets(kind: MatrixKind) {
  const owner = spellingsWith("A", kind);
  const doer = spellingsWith("R", kind);
  return {
    owning: [...new Set([...owner, ...doer])],
    onlyA: owner.filter((spelling) => !doer.includes(spelling)),
    onlyR: doer.filter((spelling) => !owner.includes(spelling)),
  };
}
const SPELLING_SETS = Object.fromEntries(MATRIX_KINDS.map((kind) => [kind, spellingSets(kind)])) as Record<
  MatrixKind,
  ReturnType<typeof spellingSets>
>;

/** The spellings a matrix of `kind` holds R or A with (D or A in DACI): who owns or does the work. */
export const owningSpellings = (kind: MatrixKind): readonly string[] => SPELLING_SETS[kind].owning;

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
 * The hidden check of one row, the only formula that reads the row's codes: one COUNTIF per spelling the
 * kind accepts, whatever the row's width. Each spelling adds what it stands for (1 for an A, 1,000 for an R
 * or a D, nothing for an S, C or I) and takes back the 1,000,000 that COUNTA gave every filled cell, so what
 * is left there counts the cells that are no code of the kind at all.
 */
export function rowCheckFormula(
  layout: Layout,
  row: number,
  owners: OwnerColumns,
  settings: Pick<MatrixSettings, "kind">,
): string {
  return `=${rowCheckExpression(layout, row, owners, settings.kind)}`;
}

function rowCheckExpression(layout: Layout, row: number, owners: OwnerColumns, kind: MatrixKind): string {
  const codes = `$${columnLetter(layout.firstRoleColumn)}${row}:$${columnLetter(lastRoleColumn(layout))}${row}`;
  const name = `$${columnLetter(layout.nameColumn)}${row}`;
  const weight = (parts: readonly Part[]) =>
    (parts.includes("A") ? 1 : 0) + (parts.includes("R") ? DIGITS.responsible : 0) - DIGITS.invalid;
  const owning = SPELLING_SETS[kind].owning;
  const counts = [
    `${DIGITS.invalid}*COUNTA(${codes})`,
    ...spellingParts(kind).map(({ spelling, parts }) => `${weight(parts)}*COUNTIF(${codes},"${spelling}")`),
    ...(owners
      ? [`${DIGITS.shared}*AND(${owners.map((c) => holds(`$${columnLetter(c)}${row}`, owning)).join(",")})`]
      : []),
  ];
  return `IF(AND(TRIM(${name})="",COUNTA(${codes})=0),"",${counts.join("+").replace(/\+-/g, "-")})`;
}

/**
 * What the formulas read of a row: its check cell, or for a matrix without the check column (made before it,
 * until its next Refresh adds the column) the same expression inline.
 */
function rowCheck(layout: Layout, row: number, owners: OwnerColumns, kind: MatrixKind): string {
  return layout.check === true
    ? `$${columnLetter(checkColumn(layout))}${row}`
    : `(${rowCheckExpression(layout, row, owners, kind)})`;
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

/**
 * The Status cell of one row: "OK", or what is wrong in words, e.g. "No one accountable; 2 invalid codes"
 * ("No approver; 2 drivers" in DACI, whose one Driver is the doers' limit).
 */
export function statusFormula(
  layout: Layout,
  row: number,
  owners: OwnerColumns,
  settings: MatrixSettings,
): string {
  const check = rowCheck(layout, row, owners, settings.kind);
  const n = unpack(check);
  const kind = KINDS[settings.kind];
  const words = kind.status;
  const doers = doerLimit(kind, settings.maxResponsible);
  const unnamed = `TRIM($${columnLetter(layout.nameColumn)}${row})=""`;
  const ownerNames = owners
    ? `${absolute(layout.headerRow, owners[0])}&" and "&${absolute(layout.headerRow, owners[1])}&" both own it"`
    : `""`;
  const problems = [
    `IF(${unnamed},"; No initiative name","")`,
    `IF(${n.accountable}=0,"; ${words.noOwner}","")`,
    `IF(${n.accountable}>1,"; "&${n.accountable}&" ${words.owners}","")`,
    `IF(${n.responsible}=0,"; ${words.noDoer}","")`,
    `IF(${n.responsible}>${doers},"; "&${n.responsible}&" ${words.doers}","")`,
    `IF(${n.shared},"; "&${ownerNames},"")`,
    `IF(${n.invalid}>0,"; "&${n.invalid}&IF(${n.invalid}>1," invalid codes"," invalid code"),"")`,
  ];
  const ok = `AND(NOT(${unnamed}),${n.accountable}=1,${n.responsible}>0,${n.responsible}<=${doers},NOT(${n.shared}),${n.invalid}=0)`;
  // Each problem starts with "; ", and MID drops the first separator.
  return `=IF(${check}="","",IF(${ok},"OK",MID(${problems.join("&")},3,500)))`;
}

/**
/**
 * True for a Status formula the add-on wrote (of any version since its "No one accountable" text, in any kind's
 * words): what adopting a sheet again, after Remove add-on data left its formulas behind, reuses rather than
 * duplicates.
 */
export const isStatusFormula = (formula: string): boolean =>
  formula.startsWith("=IF(") &&
  MATRIX_KINDS.some((kind) => formula.includes(`"; ${KINDS[kind].status.noOwner}"`));

/**
 * The conditional format formulas, written for the top-left cell of the first range they apply to (row
 * `row`). Each reads one cell, the row's check or (for a code not of the kind) the code cell itself: constant
 * work per cell, whatever the number of roles. `multipleDoers` is for a kind with one doer per row (DACI's
 * Driver).
 */
export function highlightFormulas(
  layout: Layout,
  owners: OwnerColumns,
  kind: MatrixKind,
  row = firstDataRow(layout),
) {
  const check = rowCheck(layout, row, owners, kind);
  const n = unpack(check);
  const when = (condition: string) => `=IF(${check}="",FALSE(),${condition})`;
  const cell = a1(row, layout.firstRoleColumn); // relative both ways: Sheets shifts it to each cell
  return {
    invalidCell: `=AND(${cell}<>"",NOT(${holds(cell, allSpellings(kind))}))`,
    sharedOwnership: when(n.shared),
    multipleAccountable: when(`${n.accountable}>1`),
    multipleDoers: when(`${n.responsible}>1`),
    noAccountable: when(`${n.accountable}=0`),
    noResponsible: when(`${n.responsible}=0`),
    ...decisionFormulas(layout, row),
  };
}

/** Highlighting of the Decision cells (written for the first one); only for a matrix with those columns. */
export function decisionFormulas(layout: Layout, row = firstDataRow(layout)) {
  const cell = a1(row, decisionColumn(layout));
  const known = DECISION_VALUES.map((value) => `TRIM(${cell})<>"${value}"`);
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
 * Per-role summary formulas over the role's column of initiatives, one per summary row of the kind (its
 * parts' counts, then the share owned). `accountableRow` is the summary's own A row (null when a
 * collaborator deleted it). The doers' count and the share owned build on it where that is cheaper: a cell
 * holding R is either accountable too or responsible only, so Responsible = Accountable − accountable only +
 * responsible only, and the share owned = Accountable + responsible only. So a RACI code edit recounts 22
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
  const { kind } = settings;
  const sets = SPELLING_SETS[kind];
  const count = (part: Part) => countOf(rows, spellingsWith(part, kind));
  const accountable = accountableRow === null ? null : `${letter}$${accountableRow}`;
  const cheaper = sets.onlyA.length + sets.onlyR.length < spellingsWith("R", kind).length;
  const responsible =
    accountable !== null && cheaper
      ? `${accountable}-(${countOf(rows, sets.onlyA)})+${countOf(rows, sets.onlyR)}`
      : count("R");
  const owns =
    accountable === null
      ? `(${countOf(rows, sets.owning)})`
      : `(${accountable}+${countOf(rows, sets.onlyR)})`;
  const initiatives = `COUNTA(${names})`;
  const overloaded = `AND(${owns}>${settings.overloadShare}*${initiatives},${owns}>=${settings.overloadMinInitiatives})`;
  const formula = (part: SummaryPart): string => {
    if (part === "owns")
      return `=IF(${initiatives}=0,"–",ROUND(100*${owns}/${initiatives},0)&"%"&IF(${overloaded}," overloaded",""))`;
    return `=${part === "R" ? responsible : count(part)}`;
  };
  return KINDS[kind].summary.map(({ part }) => formula(part));
}

function absolute(row: number, column: number): string {
  return `$${columnLetter(column)}$${row}`;
}
