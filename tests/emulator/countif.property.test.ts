/**
 * The emulator counts COUNTIF's plain-text criteria from a per-range tally of its texts (fast-functions.ts);
 * it must agree with HyperFormula's own COUNTIF on any mix of texts, numbers, booleans and blanks.
 */
import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { functionPlugins } from "../../emulator/fast-functions";

const CRITERIA = ["A", "a/r", "R/A", "ra", "A,R", "A+R", "Accountable", "consulted", "I", "x"];
const cell = fc.oneof(
  fc.constantFrom<RawCellContent>(
    "A",
    "a",
    "A/R",
    "r/a",
    "RA",
    "A,R",
    "A+R",
    "accountable",
    "C",
    "i",
    " A",
    "x",
  ),
  fc.integer({ min: -3, max: 3 }),
  fc.boolean(),
  fc.constant(null),
);

function counts(rows: RawCellContent[][], fast: boolean): unknown[] {
  const grid = rows.map((row, r) => [...row, ...CRITERIA.map((c) => `=COUNTIF(A${r + 1}:E${r + 1},"${c}")`)]);
  const hf = HyperFormula.buildFromArray(grid, {
    licenseKey: "gpl-v3",
    caseSensitive: false,
    ...(fast ? { functionPlugins: functionPlugins() } : {}),
  });
  const values = hf.getSheetValues(0).map((row) => row.slice(5));
  hf.destroy();
  return values;
}

test("plain-text COUNTIF criteria count what HyperFormula's COUNTIF counts", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
      (rows) => {
        expect(counts(rows, true)).toEqual(counts(rows, false));
      },
    ),
    { numRuns: 60 },
  );
});
