/**
 * Reading only (analysis, fix previews, the sidebar's description of a sheet) reads a big matrix around the
 * cells that hold formulas (readAroundFormulas), so the emulator never evaluates its Status, check and
 * summary formulas for it; writing reads the whole sheet in one getValues (readMatrix). Both must find the same
 * matrix: the same layout, roles, settings, initiatives, codes, decisions and people, on matrices of every
 * shape, with users' formulas around them (in the title row, right of the header, right of and below the
 * matrix, in a code cell), rows inserted above, and the agreement columns of an older matrix deleted.
 */
import fc from "fast-check";
import {
  READ_AROUND_FROM_ROWS,
  readAroundFormulas,
  readMatrix,
  type MatrixOnSheet,
} from "../../src/sheets/read";
import { loadAddon, type Addon } from "../helpers/addon";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ROLE_POOL = ["CEO", "COO", "Chief of Staff", "CFO", "Legal"];
const CODES = ["R", "A", "A/R", "C", "I", "", "ra", "Accountable", "x"];
const SPOTS = ["title row", "right of the header", "right of a row", "below", "a code cell"] as const;

/** Runs `read` as the add-on does, with the emulator's services as its globals. */
function asAddon<T>(addon: Addon, read: () => T): T {
  const scope = globalThis as Record<string, unknown>;
  const added = Object.keys(addon.emulator.globals).filter((key) => !(key in scope));
  Object.assign(scope, Object.fromEntries(added.map((key) => [key, addon.emulator.globals[key]])));
  try {
    return read();
  } finally {
    for (const key of added) Reflect.deleteProperty(scope, key);
  }
}

function sheetFor(name: string): Sheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** What a read found, without the sheet object and the raw values (which differ by design). */
const found = ({ layout, roles, settings, matrix }: MatrixOnSheet) => ({ layout, roles, settings, matrix });

/** Both reads of a sheet: what each found, or the message it refused with. */
function bothReads(addon: Addon, name: string) {
  const attempt = (read: (sheet: Sheet, name: string) => MatrixOnSheet) => {
    try {
      return found(asAddon(addon, () => read(sheetFor(name), name)));
    } catch (error) {
      return { refused: error instanceof Error ? error.message : String(error) };
    }
  };
  return { lean: attempt(readAroundFormulas), whole: attempt(readMatrix) };
}

const caseArb = fc.record({
  roles: fc.subarray(ROLE_POOL, { minLength: 1 }),
  codes: fc.array(fc.array(fc.constantFrom(...CODES), { minLength: 5, maxLength: 5 }), {
    minLength: 0,
    maxLength: 6,
  }),
  people: fc.boolean(),
  older: fc.boolean(),
  rowsAbove: fc.integer({ min: 0, max: 3 }),
  formulas: fc.subarray([...SPOTS]),
});

describe("reading around the formula cells finds what reading the whole sheet finds", () => {
  it("on random matrices with users' formulas around them (property)", () => {
    fc.assert(
      fc.property(caseArb, ({ roles, codes, people, older, rowsAbove, formulas }) => {
        const addon = loadAddon();
        const name = addon.generate({
          template: "blank",
          title: "M",
          people,
          roles,
          initiatives: codes.map((_, i) => ({ name: `Initiative ${i + 1}` })),
        }).sheetName;
        const sheet = addon.sheet(name);
        // Codes as a script writes them (no onEdit), so aliases and invalid text stay for both reads.
        if (codes.length > 0)
          sheet
            .getRange(people ? 10 : 9, 3, codes.length, roles.length)
            .setValues(codes.map((row) => row.slice(0, roles.length)));
        const status = 3 + roles.length; // A Area · B Initiative · roles · Status
        if (older) {
          sheet.deleteColumns(status + 1, 4); // Decision, Decided on, Agreed by, Notes
          addon.refresh(name);
        }
        if (rowsAbove > 0) sheet.insertRowsBefore(1, rowsAbove);
        const header = 8 + rowsAbove;
        const first = header + (people ? 2 : 1);
        const far = status + 8; // right of everything the add-on writes
        const bottom = first + codes.length + 25;
        // A new matrix's sheet ends with it: make room for the users' cells.
        if (sheet.getMaxRows() < bottom)
          sheet.insertRowsAfter(sheet.getMaxRows(), bottom - sheet.getMaxRows());
        if (sheet.getMaxColumns() < far)
          sheet.insertColumnsAfter(sheet.getMaxColumns(), far - sheet.getMaxColumns());
        for (const spot of formulas) {
          if (spot === "title row") sheet.getRange(1 + rowsAbove, far).setFormula("=1+1");
          if (spot === "right of the header") sheet.getRange(header, far).setFormula('="Status"');
          if (spot === "right of a row")
            sheet.getRange(first, far).setFormula(`=COUNTA(C${first}:D${first})`);
          if (spot === "below") sheet.getRange(bottom, 2).setFormula('="Initiative"');
          if (spot === "a code cell") sheet.getRange(first, 3).setFormula('="ra"');
        }
        const { lean, whole } = bothReads(addon, name);
        expect(lean).toEqual(whole);
        expect("refused" in lean).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it("a sheet that is no matrix is refused with the same message", () => {
    const addon = loadAddon();
    addon.emulator.spreadsheet
      .insertSheet("Notes")
      .getRange("A1:B3")
      .setValues([
        ["Budget", "=1+1"],
        ["Plan", "later"],
        ["", ""],
      ]);
    const { lean, whole } = bothReads(addon, "Notes");
    expect(lean).toEqual(whole);
    expect(lean).toMatchObject({ refused: expect.stringMatching(/is not a RACI matrix/) });
  });

  it(`from ${READ_AROUND_FROM_ROWS.toLocaleString("en-US")} rows an analysis never evaluates the matrix's own formulas (HyperFormula is not loaded)`, () => {
    const addon = loadAddon();
    const name = addon.generate({
      template: "blank",
      title: "M",
      roles: ["CEO", "COO"],
      initiatives: Array.from({ length: READ_AROUND_FROM_ROWS }, (_, i) => ({
        name: `Initiative ${i + 1}`,
        assignments: { CEO: "A", COO: "R" },
      })),
    }).sheetName;
    // A fresh emulator from the same workbook, so nothing has been evaluated yet.
    const fresh = loadAddon({ state: addon.emulator.toJSON() });
    expect(fresh.analyze(name).roles.map(({ role, A, R }) => [role, A, R])).toEqual([
      ["CEO", READ_AROUND_FROM_ROWS, 0],
      ["COO", 0, READ_AROUND_FROM_ROWS],
    ]);
    expect(fresh.emulator.formulasLoaded()).toBe(false);
    // …while a read of the Status cell does load it.
    fresh.sheet(name).getRange("E9").getValue();
    expect(fresh.emulator.formulasLoaded()).toBe(true);
  });
});
