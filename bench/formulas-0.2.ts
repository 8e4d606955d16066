/**
 * The baseline of the formula-work bench: the Status, summary and highlighting formulas of release 0.2.0,
 * kept as they were (git show 3fcfe34:src/core/plan/formulas.ts), so `npm run bench` measures the lighter
 * sheet against them on the same machine. Each Status formula ran about 38 COUNTIFs over its row, and the
 * three row-wide highlighting rules their COUNTIFs for every cell of the row. Dev-only code, never bundled.
 */
import { a1, columnLetter } from "../src/core/a1";
import type { MatrixSettings } from "../src/core/types";
import {
  CHANGED_SINCE_AGREED,
  decisionColumn,
  DECISIONS,
  firstDataRow,
  lastRoleColumn,
  type Layout,
} from "../src/core/plan/layout";

type OwnerColumns = [number, number] | null;

/** Expressions about one initiative row; columns are anchored ($) so they also serve as CF formulas. */
function rowExpressions(layout: Layout, row: number, owners: OwnerColumns) {
  const first = columnLetter(layout.firstRoleColumn);
  const last = columnLetter(lastRoleColumn(layout));
  const codes = `$${first}${row}:$${last}${row}`;
  const count = (code: string) => `COUNTIF(${codes},"${code}")`;
  const name = `$${columnLetter(layout.nameColumn)}${row}`;
  const holdsRorA = (column: number) => {
    const cell = `$${columnLetter(column)}${row}`;
    return `OR(${cell}="R",${cell}="A",${cell}="A/R")`;
  };
  return {
    blank: `AND(TRIM(${name})="",COUNTA(${codes})=0)`,
    unnamed: `TRIM(${name})=""`,
    accountable: `(${count("A")}+${count("A/R")})`,
    responsible: `(${count("R")}+${count("A/R")})`,
    invalid: `(COUNTA(${codes})-${["R", "A", "A/R", "C", "I"].map(count).join("-")})`,
    shared: owners ? `AND(${holdsRorA(owners[0])},${holdsRorA(owners[1])})` : "FALSE()",
  };
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
    `IF(${e.unnamed},"; No initiative name","")`,
    `IF(${e.accountable}=0,"; No one accountable","")`,
    `IF(${e.accountable}>1,"; "&${e.accountable}&" accountable","")`,
    `IF(${e.responsible}=0,"; No one responsible","")`,
    `IF(${e.responsible}>${settings.maxResponsible},"; "&${e.responsible}&" responsible (split it)","")`,
    `IF(${e.shared},"; "&${ownerNames},"")`,
    `IF(${e.invalid}>0,"; "&${e.invalid}&IF(${e.invalid}>1," invalid codes"," invalid code"),"")`,
  ];
  // The same conditions as the problems, checked once more as a whole (Sheets has LET, HyperFormula has
  // not, so this is cheaper than comparing the joined text with "").
  const ok = `AND(NOT(${e.unnamed}),${e.accountable}=1,${e.responsible}>0,${e.responsible}<=${settings.maxResponsible},NOT(${e.shared}),${e.invalid}=0)`;
  // Each problem starts with "; ", and MID drops the first separator.
  return `=IF(${e.blank},"",IF(${ok},"OK",MID(${problems.join("&")},3,500)))`;
}

/** The conditional format formulas, written for the top-left cell of the range they apply to. */
export function highlightFormulas(layout: Layout, owners: OwnerColumns) {
  const row = firstDataRow(layout);
  const e = rowExpressions(layout, row, owners);
  const cell = a1(row, layout.firstRoleColumn); // relative both ways: Sheets shifts it to each cell of the range
  return {
    invalidCell: `=AND(${cell}<>"",${["R", "A", "A/R", "C", "I"].map((code) => `${cell}<>"${code}"`).join(",")})`,
    sharedOwnership: `=${e.shared}`,
    multipleAccountable: `=${e.accountable}>1`,
    noAccountable: `=AND(NOT(${e.blank}),${e.accountable}=0)`,
    noResponsible: `=AND(NOT(${e.blank}),${e.responsible}=0)`,
    ...decisionFormulas(layout),
  };
}

/** Highlighting of the Decision cells (written for the first one); only for a matrix with those columns. */
function decisionFormulas(layout: Layout) {
  const cell = a1(firstDataRow(layout), decisionColumn(layout));
  const known = [...DECISIONS, CHANGED_SINCE_AGREED].map((value) => `TRIM(${cell})<>"${value}"`);
  return {
    disputed: `=TRIM(${cell})="${DECISIONS[2]}"`,
    changedSinceAgreed: `=TRIM(${cell})="${CHANGED_SINCE_AGREED}"`,
    unknownDecision: `=AND(TRIM(${cell})<>"",${known.join(",")})`,
  };
}

/** Per-role summary formulas over the role's column of initiatives. */
export function summaryFormulas(layout: Layout, column: number, settings: MatrixSettings): string[] {
  const letter = columnLetter(column);
  const rows = `${letter}$${firstDataRow(layout)}:${letter}$${layout.lastRow}`;
  const names = `$${columnLetter(layout.nameColumn)}$${firstDataRow(layout)}:$${columnLetter(layout.nameColumn)}$${layout.lastRow}`;
  const count = (code: string) => `COUNTIF(${rows},"${code}")`;
  const owns = `(${count("R")}+${count("A")}+${count("A/R")})`;
  const initiatives = `COUNTA(${names})`;
  const overloaded = `AND(${owns}>${settings.overloadShare}*${initiatives},${owns}>=${settings.overloadMinInitiatives})`;
  return [
    `=${count("A")}+${count("A/R")}`,
    `=${count("R")}+${count("A/R")}`,
    `=${count("C")}`,
    `=${count("I")}`,
    `=IF(${initiatives}=0,"–",ROUND(100*${owns}/${initiatives},0)&"%"&IF(${overloaded}," overloaded",""))`,
  ];
}

function absolute(row: number, column: number): string {
  return `$${columnLetter(column)}$${row}`;
}
