/**
 * Any row of a kind's codes, in any spelling, analyses the same whether it comes from a spec (generateMatrix,
 * suggestAssignments) or is read back from the sheet (analyzeMatrix): one grammar per kind, read from the
 * kinds table, on both paths.
 */
import fc from "fast-check";
import { analyze } from "../../../src/core/analyze";
import { allSpellings, parseCode } from "../../../src/core/codes";
import { MATRIX_KINDS } from "../../../src/core/kinds";
import { newLayout } from "../../../src/core/plan/layout";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { validateSpec } from "../../../src/core/spec";
import type { CellValue, MatrixKind, RaciMatrix } from "../../../src/core/types";
import { toMatrix } from "../../../src/sheets/read";

const ROLES = ["CEO", "COO", "Chief of Staff", "Department heads"];

/** A spelling of one of the kind's codes in random case, or an empty cell. */
const cellOf = (kind: MatrixKind) =>
  fc.oneof(
    fc.constant(""),
    fc
      .tuple(fc.constantFrom(...allSpellings(kind)), fc.boolean())
      .map(([spelling, lower]) => (lower ? spelling.toLowerCase() : spelling)),
  );

const matrixOf = (kind: MatrixKind) =>
  fc.array(fc.array(cellOf(kind), { minLength: ROLES.length, maxLength: ROLES.length }), {
    minLength: 1,
    maxLength: 8,
  });

const anyKind = fc.constantFrom(...MATRIX_KINDS);

describe("a kind's rows from a spec and from the sheet (property)", () => {
  it("analyse to the same findings and the same loads", () => {
    fc.assert(
      fc.property(
        anyKind.chain((kind) => fc.tuple(fc.constant(kind), matrixOf(kind))),
        ([kind, rows]) => {
          const spec = validateSpec({
            kind,
            template: "blank",
            roles: ROLES,
            initiatives: rows.map((cells, i) => ({
              name: `Initiative ${i + 1}`,
              assignments: Object.fromEntries(
                cells.flatMap((cell, r) => (cell === "" ? [] : [[ROLES[r], cell]])),
              ),
            })),
          });
          if (!spec.ok) throw new Error(JSON.stringify(spec.errors));
          const settings = { ...DEFAULT_SETTINGS, kind, ownerPair: spec.value.ownerPair };
          const layout = newLayout(ROLES.length, rows.length, false, kind);
          const first = layout.headerRow + 1;

          const fromSpec: RaciMatrix = {
            roles: ROLES.map((name, i) => ({ name, column: layout.firstRoleColumn + i })),
            initiatives: spec.value.initiatives.map((initiative, i) => ({
              name: initiative.name,
              area: "",
              row: first + i,
              cells: initiative.codes.map((code) => parseCode(code, kind)),
            })),
            settings,
            nameColumn: layout.nameColumn,
          };
          const values: CellValue[][] = Array.from({ length: layout.headerRow - 1 }, () => []);
          values.push(["Area", "Initiative", ...ROLES, "Status"]);
          rows.forEach((cells, i) => values.push(["", `Initiative ${i + 1}`, ...cells, ""]));
          const fromSheet = toMatrix(
            values,
            { ...layout, agreement: false, lastRow: values.length },
            ROLES,
            settings,
          );

          const { shorthand: _typed, ...read } = analyze(fromSheet, { headerRow: layout.headerRow });
          expect(read).toEqual(analyze(fromSpec, { headerRow: layout.headerRow }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
