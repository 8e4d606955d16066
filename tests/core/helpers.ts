/** Small builders for the core tests: a matrix laid out like a sheet (header row 1, names in column A). */
import fc from "fast-check";
import { analyze } from "../../src/core/analyze";
import { parseCode } from "../../src/core/codes";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type {
  Analysis,
  CellValue,
  Finding,
  MatrixKind,
  MatrixSettings,
  RaciMatrix,
  RuleName,
} from "../../src/core/types";

export const HEADER_ROW = 1;
export const NAME_COLUMN = 1;
export const FIRST_ROLE_COLUMN = 2;

/** One row: the initiative's name, then one value per role. */
export type Row = [name: string, ...cells: CellValue[]];

/**
 * A matrix whose row i sits on sheet row i + 2 and whose role j sits on column j + 2 (B, C, …), its cells read
 * in the grammar of `settings.kind` (RACI when not given).
 */
export function matrixOf(roles: string[], rows: Row[], settings: Partial<MatrixSettings> = {}): RaciMatrix {
  const kind = settings.kind ?? DEFAULT_SETTINGS.kind;
  return {
    roles: roles.map((name, j) => ({ name, column: FIRST_ROLE_COLUMN + j })),
    initiatives: rows.map(([name, ...cells], i) => ({
      name,
      area: "",
      row: HEADER_ROW + 1 + i,
      cells: roles.map((_, j) => parseCode(cells[j], kind)),
    })),
    settings: { ...DEFAULT_SETTINGS, ...settings },
    nameColumn: NAME_COLUMN,
  };
}

export function analyzeGrid(roles: string[], rows: Row[], settings: Partial<MatrixSettings> = {}): Analysis {
  return analyze(matrixOf(roles, rows, settings), { headerRow: HEADER_ROW });
}

/** The findings of one rule. */
export function findingsOf(analysis: Analysis, rule: RuleName): Finding[] {
  return analysis.findings.filter((finding) => finding.rule === rule);
}

/** The roles of the examples, in sheet order B, C, D, E. */
export const ROLES = ["CEO", "COO", "Chief of Staff", "Department heads"];

/** One of `spellings` as a person might type it: random case, and whitespace between its characters. */
export function typedSpelling(spellings: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...spellings),
      fc.infiniteStream(fc.constantFrom("", "", " ", "\t", "\u00a0")),
      fc.infiniteStream(fc.boolean()),
    )
    .map(
      ([spelling, spaces, upper]) =>
        [...spelling]
          .map((ch) => spaces.next().value + (upper.next().value ? ch.toUpperCase() : ch.toLowerCase()))
          .join("") + spaces.next().value,
    );
}

/** Every spelling each kind accepts (docs/domain.md), written out here rather than read from the code. */
export const SPELLINGS: Readonly<Record<MatrixKind, readonly string[]>> = {
  RACI: [
    "R",
    "A",
    "C",
    "I",
    "A/R",
    "R/A",
    "AR",
    "RA",
    "A,R",
    "A+R",
    "Responsible",
    "Accountable",
    "Consulted",
    "Informed",
  ],
  RASCI: [
    ...["R", "A", "S", "C", "I", "A/R", "R/A", "AR", "RA", "A,R", "A+R"],
    ...["Responsible", "Accountable", "Support", "Consulted", "Informed"],
  ],
  DACI: ["D", "A", "C", "I", "Driver", "Approver", "Contributor", "Informed"],
};
