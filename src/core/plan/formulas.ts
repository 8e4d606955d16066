/**
 * The formulas the add-on writes, so that the sheet explains and highlights itself for every collaborator
 * without any script running. They use only functions that Google Sheets and HyperFormula (which evaluates
 * them in the tests) both implement: IF, AND, NOT, ISNUMBER, COUNTIF, COUNTA, TRIM, UPPER, MID, RIGHT,
 * FIND, MOD, INT, ROUND.
 *
 * They read every spelling of the cell grammar (domain.md: "ra", "R/A", "A+R", "Responsible"…, in any case),
 * so a code whose onEdit never ran (Sheets drops trigger events beyond two queued) still counts; only a
 * spelling typed with spaces waits for onEdit, Refresh or Check to be rewritten. The work is light for Sheets to recompute for every collaborator:
 * - a row's check cell (layout.ts: checkColumn) counts its codes once and packs the counts the Status
 *   needs into one number (A in the units, R in the thousands, invalid codes in the millions); the Status
 *   reads that number and two owner cells;
 * - every highlighting rule reads a fixed number of cells: its own (invalid code), the two owner cells, or
 *   the row's check number (and its Status, to skip blank rows).
 * No user text is ever spliced into a formula: names are referenced by cell.
 */
import { a1, columnLetter } from "../a1";
import { CODE_SPELLINGS } from "../codes";
import type { CanonicalCode, MatrixSettings } from "../types";
import { checkColumn, firstDataRow, lastRoleColumn, statusColumn, summaryRow, type Layout } from "./layout";

/** Column positions of the owner pair, when both of its roles are in the matrix. */
export type OwnerColumns = [number, number] | null;

/** Fixed words of the Status. */
export const STATUS_WORDS = {
  unnamed: "No initiative name",
  noAccountable: "No one accountable",
  noResponsible: "No one responsible",
} as const;

const SEPARATOR = "; ";
/** Weights of one cell in a row's packed count. */
const WEIGHT: Record<CanonicalCode, number> = { A: 1, R: 1_000, "A/R": 1_001, C: 0, I: 0 };
const INVALID_WEIGHT = 1_000_000;

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
/**
 * Lookups by FIND in one string of space-separated words: " "&cell&" " matches a whole word or nothing.
 * Like COUNTIF, they ignore case but not spaces: a spelling typed with spaces (" r / a ") reads as invalid
 * in the sheet until onEdit, Refresh or Check rewrites it (analysis reads it as a code all along).
 */
const words = (items: readonly string[]) => quoted(` ${items.join(" ")} `);
const isWord = (cell: string, among: string) => `ISNUMBER(FIND(" "&UPPER(${cell})&" ",${among}))`;
const ALL_SPELLINGS = words(CODE_SPELLINGS.map(([spelling]) => spelling));
const OWNING_SPELLINGS = words(
  CODE_SPELLINGS.filter(([, code]) => code === "R" || code === "A" || code === "A/R").map(([s]) => s),
);

/** TRUE when the cell holds R, A or A/R in any spelling. */
const holdsRorA = (cell: string) => isWord(cell, OWNING_SPELLINGS);

/** Expressions about one initiative row; columns are anchored ($). */
export function rowExpressions(layout: Layout, row: number, owners: OwnerColumns) {
  const cell = (column: number) => `$${columnLetter(column)}${row}`;
  const first = columnLetter(layout.firstRoleColumn);
  const last = columnLetter(lastRoleColumn(layout));
  const codes = `$${first}${row}:$${last}${row}`;
  const name = cell(layout.nameColumn);
  const packed = cell(checkColumn(layout));
  return {
    packed,
    blank: `AND(TRIM(${name})="",COUNTA(${codes})=0)`,
    unnamed: `TRIM(${name})=""`,
    accountable: `MOD(${packed},1000)`,
    responsible: `MOD(INT(${packed}/1000),1000)`,
    invalid: `INT(${packed}/${INVALID_WEIGHT})`,
    shared: owners ? `AND(${holdsRorA(cell(owners[0]))},${holdsRorA(cell(owners[1]))})` : "FALSE()",
  };
}

/**
 * The check cell of one row: its codes' counts packed in one number, A + 1,000 × R + 1,000,000 × invalid
 * (A/R counts as both; C and I as nothing), with one COUNTIF per spelling over the row. Written so each
 * COUNTIF appears once: every non-empty cell adds 1,000,000 (COUNTA), and each code takes back the part it
 * does not stand for.
 */
export function checkFormula(layout: Layout, row: number): string {
  const codes = `$${columnLetter(layout.firstRoleColumn)}${row}:$${columnLetter(lastRoleColumn(layout))}${row}`;
  const terms = CODE_SPELLINGS.map(
    ([spelling, code]) => `-${INVALID_WEIGHT - WEIGHT[code]}*COUNTIF(${codes},${quoted(spelling)})`,
  );
  return `=${INVALID_WEIGHT}*COUNTA(${codes})${terms.join("")}`;
}

/** The Status cell of one row: "OK", or what is wrong in words, e.g. "No one accountable; 2 invalid codes". */
export function statusFormula(
  layout: Layout,
  row: number,
  owners: OwnerColumns,
  settings: MatrixSettings,
): string {
  const e = rowExpressions(layout, row, owners);
  const ownerNames = owners
    ? `${absolute(layout.headerRow, owners[0])}&" and "&${absolute(layout.headerRow, owners[1])}&" both own it"`
    : `""`;
  const problems = [
    `IF(${e.unnamed},"; ${STATUS_WORDS.unnamed}","")`,
    `IF(${e.accountable}=0,"; ${STATUS_WORDS.noAccountable}","")`,
    `IF(${e.accountable}>1,"; "&${e.accountable}&" accountable","")`,
    `IF(${e.responsible}=0,"; ${STATUS_WORDS.noResponsible}","")`,
    `IF(${e.responsible}>${settings.maxResponsible},"; "&${e.responsible}&" responsible (split it)","")`,
    `IF(${e.shared},"; "&${ownerNames},"")`,
    `IF(${e.invalid}>0,"; "&${e.invalid}&IF(${e.invalid}>1," invalid codes"," invalid code"),"")`,
  ];
  // OK is one packed value among a few: exactly one A, 1..maxResponsible R, no invalid code.
  const okCounts = Array.from(
    { length: Math.max(0, Math.min(settings.maxResponsible, layout.roleCount)) },
    (_, r) => 1 + 1_000 * (r + 1),
  );
  const ok = okCounts.length
    ? `AND(NOT(${e.unnamed}),ISNUMBER(FIND(" "&${e.packed}&" ",${words(okCounts.map(String))})),NOT(${e.shared}))`
    : "FALSE()";
  // Each problem starts with "; ", and MID drops the first separator.
  return `=IF(${e.blank},"",IF(${ok},"OK",MID(${problems.join("&")},${SEPARATOR.length + 1},500)))`;
}

/**
 * The conditional format formulas, written for the top-left cell of the range they apply to. Each reads one
 * cell of the row (its check number; the Status only to skip blank rows) or the cell it colours.
 */
export function highlightFormulas(layout: Layout, owners: OwnerColumns) {
  const row = firstDataRow(layout);
  const status = `$${columnLetter(statusColumn(layout))}${row}`;
  const check = `$${columnLetter(checkColumn(layout))}${row}`;
  const cell = a1(row, layout.firstRoleColumn); // relative both ways: Sheets shifts it to each cell of the range
  const ownerCell = (column: number) => `$${columnLetter(column)}${row}`;
  return {
    invalidCell: `=AND(${cell}<>"",NOT(${isWord(cell, ALL_SPELLINGS)}))`,
    sharedOwnership: owners
      ? `=AND(${holdsRorA(ownerCell(owners[0]))},${holdsRorA(ownerCell(owners[1]))})`
      : "=FALSE()",
    multipleAccountable: `=MOD(${check},1000)>1`,
    noAccountable: `=AND(${status}<>"",MOD(${check},1000)=0)`,
    noResponsible: `=AND(${status}<>"",MOD(INT(${check}/1000),1000)=0)`,
  };
}

/** Highlights a summary "Owns" cell whose formula flagged the role as overloaded. */
export function overloadedFormula(row: number, column: number): string {
  return `=RIGHT(${a1(row, column)},10)="overloaded"`;
}

/** COUNTIF over every spelling of the given codes (COUNTIF ignores case in both engines). */
function countCodes(range: string, codes: readonly CanonicalCode[]): string {
  return CODE_SPELLINGS.filter(([, code]) => codes.includes(code))
    .map(([spelling]) => `COUNTIF(${range},${quoted(spelling)})`)
    .join("+");
}

/**
 * Per-role summary formulas over the role's column of initiatives. The share owned adds the A count above
 * it to the R-only count, rather than counting every spelling again.
 */
export function summaryFormulas(layout: Layout, column: number, settings: MatrixSettings): string[] {
  const letter = columnLetter(column);
  const rows = `${letter}$${firstDataRow(layout)}:${letter}$${layout.lastRow}`;
  const names = `$${columnLetter(layout.nameColumn)}$${firstDataRow(layout)}:$${columnLetter(layout.nameColumn)}$${layout.lastRow}`;
  const accountable = `${letter}${summaryRow(layout, 0)}`;
  const owns = `(${accountable}+${countCodes(rows, ["R"])})`;
  const initiatives = `COUNTA(${names})`;
  const overloaded = `AND(${owns}>${settings.overloadShare}*${initiatives},${owns}>=${settings.overloadMinInitiatives})`;
  return [
    `=${countCodes(rows, ["A", "A/R"])}`,
    `=${countCodes(rows, ["R", "A/R"])}`,
    `=${countCodes(rows, ["C"])}`,
    `=${countCodes(rows, ["I"])}`,
    `=IF(${initiatives}=0,"–",ROUND(100*${owns}/${initiatives},0)&"%"&IF(${overloaded}," overloaded",""))`,
  ];
}

function absolute(row: number, column: number): string {
  return `$${columnLetter(column)}$${row}`;
}
