/**
 * The formulas the add-on writes, so that the sheet explains and highlights itself for every collaborator
 * without any script running. They use only functions that Google Sheets and HyperFormula (which evaluates
 * them in the tests) both implement: IF, AND, NOT, IFERROR, ISNUMBER, CHOOSE, COUNTIF, COUNTA, TRIM, UPPER,
 * SUBSTITUTE, LEFT, MID, RIGHT, FIND, VALUE, MOD, INT, ROUND.
 *
 * They read every spelling of the cell grammar (domain.md: "ra", "R/A", "a + r", "Responsible"…; case and
 * spaces ignored), so a code whose onEdit never ran (Sheets drops trigger events beyond two queued) still
 * counts. The work is light for Sheets to recompute for every collaborator:
 * - a row's check cell (layout.ts: checkColumn) reads each code cell once and packs the counts the Status
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
const normalized = (cell: string) => `SUBSTITUTE(UPPER(${cell})," ","")`;
/**
 * Lookups by FIND in one string of space-separated words: a normalized cell holds no space, so
 * " "&cell&" " matches a whole word or nothing (FIND is cheap in both engines; MATCH over an array literal
 * costs as much as a COUNTIF in HyperFormula).
 */
const words = (items: readonly string[]) => quoted(` ${items.join(" ")} `);
const isWord = (cell: string, among: string) => `ISNUMBER(FIND(" "&${normalized(cell)}&" ",${among}))`;
const ALL_SPELLINGS = words(CODE_SPELLINGS.map(([spelling]) => spelling));
const OWNING_SPELLINGS = words(
  CODE_SPELLINGS.filter(([, code]) => code === "R" || code === "A" || code === "A/R").map(([s]) => s),
);
/** The spellings in slots of equal width, so a FIND position gives the spelling's index. */
const SLOT = Math.max(...CODE_SPELLINGS.map(([spelling]) => spelling.length)) + 2;
const SLOTS = quoted(CODE_SPELLINGS.map(([spelling]) => ` ${spelling}`.padEnd(SLOT, " ")).join("") + " ");

/** TRUE when the cell holds R, A or A/R in any spelling. */
const holdsRorA = (cell: string) => isWord(cell, OWNING_SPELLINGS);

/** One code cell's share of the packed count: 0 when empty, an invalid weight when not a code. */
function weight(cell: string): string {
  const weights = CODE_SPELLINGS.map(([, code]) => WEIGHT[code]).join(",");
  const index = `(FIND(" "&${normalized(cell)}&" ",${SLOTS})-1)/${SLOT}+1`;
  // The outer IFERROR: a column deleted by hand leaves #REF! in the sum, which must count as nothing.
  return `IFERROR(IF(TRIM(${cell})="",0,IFERROR(CHOOSE(${index},${weights}),${INVALID_WEIGHT})),0)`;
}

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

/** The check cell of one row: its codes' counts packed in one number (one pass over the row). */
export function checkFormula(layout: Layout, row: number): string {
  const cells = Array.from({ length: layout.roleCount }, (_, i) =>
    weight(`$${columnLetter(layout.firstRoleColumn + i)}${row}`),
  );
  return `=${cells.length ? cells.join("+") : "0"}`;
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
    invalidCell: `=AND(TRIM(${cell})<>"",NOT(${isWord(cell, ALL_SPELLINGS)}))`,
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
