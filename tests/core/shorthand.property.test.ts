/**
 * The shorthand count Check shows is exactly the set of cells onEdit would have rewritten
 * (canonicalReplacement), read in the same pass as the codes, and converting them is idempotent.
 */
import fc from "fast-check";
import { canonicalReplacement, parseCode } from "../../src/core/codes";
import { analyze } from "../../src/core/analyze";
import { KINDS } from "../../src/core/kinds";
import { planConversions, summariseShorthand } from "../../src/core/shorthand";
import { newLayout } from "../../src/core/plan/layout";
import { toMatrix } from "../../src/sheets/read";
import type { CellValue, MatrixSettings } from "../../src/core/types";

const SETTINGS: MatrixSettings = {
  kind: "RACI",
  ownerPair: null,
  maxResponsible: 3,
  maxConsulted: 3,
  maxInformed: 5,
  overloadShare: 0.6,
  overloadMinInitiatives: 4,
  pairSignOff: false,
};
const ROLES = ["CEO", "COO", "Chief of Staff"];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom("ra", " a / r ", "Accountable", "informed", "r", "R/A", "A,R", "c "),
  fc.constantFrom("R", "A", "A/R", "C", "I", "", null),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.boolean(),
  fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }),
);

/** A sheet's values with a matrix of `rows` initiatives: names in B, codes in C..E from row 9. */
function sheetOf(codes: CellValue[][]) {
  const layout = newLayout(ROLES.length, codes.length, false); // no people row: codes from row 9
  const values: CellValue[][] = Array.from({ length: layout.headerRow - 1 }, () => []);
  values.push(["", "Initiative", ...ROLES, "Status"]);
  codes.forEach((row, i) => values.push(["", `Initiative ${i + 1}`, ...row, ""]));
  return { layout: { ...layout, lastRow: layout.headerRow + codes.length }, values };
}

describe("shorthand cells (property)", () => {
  const grid = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 });

  it("are exactly the code cells onEdit would rewrite, each converted to its own code", () => {
    fc.assert(
      fc.property(grid, (codes) => {
        const { layout, values } = sheetOf(codes);
        const matrix = toMatrix(values, layout, ROLES, SETTINGS);
        const plan = planConversions(matrix.roles, matrix.initiatives, matrix.shorthand);
        const expected = codes.flatMap((row, r) =>
          row.flatMap((value, c) => {
            const code = canonicalReplacement(value);
            return code ? [{ row: layout.headerRow + 1 + r, column: layout.firstRoleColumn + c, code }] : [];
          }),
        );
        expect(plan.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expected);
        for (const change of plan) {
          const value = codes[change.row - layout.headerRow - 1][change.column - layout.firstRoleColumn];
          expect(typeof value).toBe("string"); // never a number, date or boolean
          expect(parseCode(value)).toMatchObject({ kind: "code", code: change.code });
        }
        expect(analyze(matrix).shorthand?.count ?? 0).toBe(plan.length);
      }),
      { numRuns: 300 },
    );
  });

  it("converting them leaves none, and changes nothing else", () => {
    fc.assert(
      fc.property(grid, (codes) => {
        const { layout, values } = sheetOf(codes);
        const matrix = toMatrix(values, layout, ROLES, SETTINGS);
        const converted = values.map((row) => row.slice());
        for (const c of planConversions(matrix.roles, matrix.initiatives, matrix.shorthand))
          converted[c.row - 1][c.column - 1] = c.code;
        const again = toMatrix(converted, layout, ROLES, SETTINGS);
        expect(again.shorthand).toBeUndefined();
        expect(again.initiatives).toEqual(matrix.initiatives); // every cell reads as it did
        expect(analyze(again).findings).toEqual(analyze(matrix).findings);
      }),
      { numRuns: 300 },
    );
  });

  it("are summarised with distinct examples, trimmed, and the first cell", () => {
    expect(
      summariseShorthand(
        [
          { row: 9, column: 3, text: " ra ", code: "A/R" },
          { row: 9, column: 4, text: "ra", code: "A/R" },
          { row: 10, column: 3, text: "r", code: "R" },
          { row: 11, column: 3, text: "informed", code: "I" },
          { row: 12, column: 3, text: "c", code: "C" },
        ],
        KINDS.RACI,
      ),
    ).toEqual({
      count: 5,
      examples: ["ra", "r", "informed"],
      cell: "C9",
      message: "5 codes are typed as shorthand (ra, r, informed, …): convert them to R, A, A/R, C or I.",
    });
    expect(summariseShorthand([], KINDS.RACI)).toBeNull();
    expect(summariseShorthand([{ row: 9, column: 3, text: "driver", code: "D" }], KINDS.DACI)?.message).toBe(
      "1 code is typed as shorthand (driver): convert it to D, A, C or I.",
    );
  });
});
