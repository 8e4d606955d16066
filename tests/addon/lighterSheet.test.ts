/**
 * The sheet reads every alias and stays light for Sheets (issue "Right in real Google Sheets", item 1 and
 * "A lighter sheet"): onEdit, which rewrites aliases, is not guaranteed to run ("The onEdit() trigger only
 * queues up to 2 trigger events", https://developers.google.com/apps-script/guides/triggers), so Status,
 * the summary and the highlighting count every spelling the grammar accepts; and each row's codes are
 * counted once, in the hidden check column, which Status and every highlighting rule read. Everything here
 * is evaluated by HyperFormula through the emulator.
 */
import { tokenize, type RefToken } from "../../emulator/refs";
import { highlightFormulas, rowCheckFormula } from "../../src/core/plan/formulas";
import { newLayout } from "../../src/core/plan/layout";
import { HIGHLIGHT } from "../../src/core/plan/palette";
import type { Addon } from "../helpers/addon";
import { FIRST, setup } from "../helpers/fixtures";

// Area | Initiative | CEO | COO | Chief of Staff | Status | Decision | Decided on | Agreed by | Notes | RACI check
const STATUS = "F";
const CHECK = 11;

/** Writes codes as a script does (no onEdit runs for script writes), so aliases stay as typed. */
function put(addon: Addon, sheetName: string, row: number, codes: string[]): void {
  addon.sheet(sheetName).getRange(row, 3, 1, codes.length).setValues([codes]);
}

const status = (addon: Addon, sheetName: string, row: number) =>
  String(addon.sheet(sheetName).getRange(`${STATUS}${row}`).getValue());

describe("Status, summary and highlighting read every alias the grammar accepts", () => {
  it("rows written in aliases of any case read OK, and nothing is highlighted", () => {
    const { addon, sheetName } = setup();
    put(addon, sheetName, FIRST, ["ra", "Consulted", "informed"]);
    put(addon, sheetName, FIRST + 1, ["Accountable", "responsible", "c"]);
    put(addon, sheetName, FIRST + 2, ["a+r", "I", "A,R"]);
    expect(status(addon, sheetName, FIRST)).toBe("OK");
    expect(status(addon, sheetName, FIRST + 1)).toBe("OK");
    // Two roles both accountable (A+R and A,R are A/R): a real problem, named as for canonical codes.
    expect(status(addon, sheetName, FIRST + 2)).toBe("2 accountable");
    const painted = addon.emulator.highlights(sheetName, `A${FIRST}:${STATUS}${FIRST + 1}`);
    expect(painted).toEqual([]);
  });

  it("the summary counts aliases as the analysis does", () => {
    const { addon, sheetName } = setup();
    put(addon, sheetName, FIRST, ["ra", "Consulted", "informed"]);
    put(addon, sheetName, FIRST + 1, ["Accountable", "responsible", "c"]);
    put(addon, sheetName, FIRST + 2, ["r/a", "I", "R"]);
    const summary = addon.sheet(sheetName).getRange(3, 3, 5, 3).getValues();
    const report = addon.analyze(sheetName);
    report.roles.forEach((load, i) => {
      expect([summary[0][i], summary[1][i], summary[2][i], summary[3][i]]).toEqual([
        load.A,
        load.R,
        load.C,
        load.I,
      ]);
    });
    expect(report.roles[0]).toMatchObject({ A: 3, R: 2 });
    // The share owned (R or A, each initiative once): CEO 3 of 3 (too few initiatives to call overloaded),
    // COO 1 (responsible), Chief of Staff 1 (R).
    expect(summary[4]).toEqual(["100%", "33%", "33%"]);
  });

  it("the summary still counts after a collaborator deleted its Accountable row (Refresh counts directly)", () => {
    const { addon, sheetName } = setup();
    put(addon, sheetName, FIRST, ["ra", "Consulted", "R"]);
    put(addon, sheetName, FIRST + 1, ["Accountable", "responsible", "c"]);
    put(addon, sheetName, FIRST + 2, ["A", "I", "R"]);
    addon.sheet(sheetName).deleteRow(3); // the Responsible, Consulted, Informed and Owns rows move up
    addon.refresh(sheetName);
    const summary = addon.sheet(sheetName).getRange(3, 3, 4, 3).getValues();
    const report = addon.analyze(sheetName);
    expect(summary[0]).toEqual(report.roles.map((load) => load.R));
    expect(summary[3]).toEqual(["100%", "33%", "67%"]);
  });

  it("a code that is no spelling at all stays invalid: counted in Status and painted", () => {
    const { addon, sheetName } = setup();
    put(addon, sheetName, FIRST, ["A", "R", "maybe"]);
    expect(status(addon, sheetName, FIRST)).toBe("1 invalid code");
    const painted = addon.emulator.highlights(sheetName, `E${FIRST}`);
    expect(painted.map((h) => h.background)).toEqual([HIGHLIGHT.invalid]);
  });

  it("a '|' typed in a cell cannot pass for a spelling", () => {
    const { addon, sheetName } = setup();
    put(addon, sheetName, FIRST, ["A", "R", "A|R"]);
    expect(status(addon, sheetName, FIRST)).toBe("1 invalid code");
    expect(addon.emulator.highlights(sheetName, `E${FIRST}`).map((h) => h.background)).toEqual([
      HIGHLIGHT.invalid,
    ]);
  });

  it("text that only a wildcard or a bar would match is painted invalid; every spelling, in any case, is not", () => {
    const { addon, sheetName } = setup();
    const invalid = ["*", "?", "A*", "~A", "R|A", "|A|", "A R", "5"];
    const valid = ["a", "Ra", "a/r", "A,R", "a+R", "Responsible", "CONSULTED", "informed"];
    const codes = addon.sheet(sheetName).getRange(FIRST, 3, 3, 3);
    for (const batch of [invalid, valid]) {
      for (let i = 0; i < batch.length; i += 3) {
        const cells = [...batch.slice(i, i + 3), "", ""].slice(0, 3);
        codes.setValues([cells, ["", "", ""], ["", "", ""]]);
        const painted = addon.emulator
          .highlights(sheetName, `C${FIRST}:E${FIRST}`)
          .filter((h) => h.background === HIGHLIGHT.invalid);
        expect(painted).toHaveLength(batch === invalid ? cells.filter((c) => c !== "").length : 0);
      }
    }
  });

  it("the owner pair both owning a row reads as shared, whichever spellings they wrote", () => {
    const { addon, sheetName } = setup();
    put(addon, sheetName, FIRST, ["", "ra", "Responsible"]);
    expect(status(addon, sheetName, FIRST)).toBe("COO and Chief of Staff both own it");
    put(addon, sheetName, FIRST, ["", "ra", "r|a"]);
    expect(status(addon, sheetName, FIRST)).toBe("1 invalid code");
  });

  it("a burst of typed aliases where Sheets drops onEdit runs still reads OK", () => {
    const { addon, sheetName } = setup();
    const typed = [
      ["C", "ra"],
      ["D", "c"],
      ["E", "informed"],
      ["C", "responsible"],
      ["D", "accountable"],
    ] as const;
    const result = addon.emulator.burst(() => {
      typed.forEach(([column, code], i) =>
        addon.emulator.editAsUser(addon.bundle, sheetName, `${column}${FIRST + (i < 3 ? 0 : 1)}`, code),
      );
    });
    expect(result.dropped).toBeGreaterThan(0);
    const left = addon
      .sheet(sheetName)
      .getRange(`C${FIRST}:E${FIRST + 1}`)
      .getValues()
      .flat();
    expect(
      left.some((code) => ["ra", "c", "informed", "responsible", "accountable"].includes(String(code))),
    ).toBe(true);
    expect(status(addon, sheetName, FIRST)).toBe("OK");
    expect(status(addon, sheetName, FIRST + 1)).toBe("OK");
  });
});

describe("the hidden check column", () => {
  it("is labelled and hidden (no protection: onEdit puts back what someone types there)", () => {
    const { addon, sheetName } = setup();
    const sheet = addon.sheet(sheetName);
    expect(sheet.getRange(8, CHECK).getValue()).toBe("RACI check");
    expect(sheet.isColumnHiddenByUser(CHECK)).toBe(true);
  });

  it("is put back by onEdit when a collaborator overwrites it", () => {
    const { addon, sheetName } = setup();
    const sheet = addon.sheet(sheetName);
    const formula = sheet.getRange(FIRST, CHECK).getFormula();
    addon.edit(sheetName, `J${FIRST}`, "oops");
    expect(sheet.getRange(FIRST, CHECK).getFormula()).toBe(formula);
    expect(status(addon, sheetName, FIRST)).toBe("No one accountable; No one responsible");
  });

  it("is given to a matrix made before it on Refresh, inserted so that users' cells to its right move along", () => {
    const { addon, sheetName } = setup();
    const sheet = addon.sheet(sheetName);
    sheet.deleteColumn(CHECK); // as a 0.2.0 matrix is
    sheet.getRange(FIRST, CHECK).setValue("my note");
    addon.refresh(sheetName);
    expect(sheet.getRange(8, CHECK).getValue()).toBe("RACI check");
    expect(sheet.getRange(FIRST, CHECK + 1).getValue()).toBe("my note");
    put(addon, sheetName, FIRST, ["A", "responsible", ""]);
    expect(status(addon, sheetName, FIRST)).toBe("OK");
  });

  it("is left out where users' merged cells cross the matrix's edge: the same check then runs inline", () => {
    const { addon, sheetName } = setup();
    const sheet = addon.sheet(sheetName);
    sheet.deleteColumn(CHECK);
    sheet.insertRowsAfter(sheet.getMaxRows(), 10);
    sheet.getRange(sheet.getMaxRows(), CHECK - 1, 1, 2).merge(); // a user's merge below the matrix, across its right edge
    addon.refresh(sheetName);
    expect(sheet.getRange(8, CHECK).getValue()).toBe("");
    put(addon, sheetName, FIRST, ["A", "responsible", "x"]);
    expect(status(addon, sheetName, FIRST)).toBe("1 invalid code");
    put(addon, sheetName, FIRST, ["A", "A", ""]);
    expect(status(addon, sheetName, FIRST)).toBe("2 accountable; No one responsible");
    const painted = addon.emulator.highlights(sheetName, `A${FIRST}:${STATUS}${FIRST}`);
    expect(new Set(painted.map((h) => h.background))).toEqual(new Set([HIGHLIGHT.multipleAccountable]));
  });
});

describe("the work each formula does does not grow with the matrix", () => {
  const refs = (formula: string) =>
    tokenize(formula).filter((segment): segment is RefToken => typeof segment !== "string");

  it("every highlighting rule reads single cells only: constant work per cell it colours", () => {
    for (const roles of [3, 12, 50]) {
      const formulas = highlightFormulas(newLayout(roles, 10), [3, 4], "RACI");
      for (const formula of Object.values(formulas)) {
        expect(refs(formula).every((ref) => ref.end === undefined)).toBe(true);
        expect(new Set(refs(formula).map((ref) => `${ref.start.col}:${ref.start.row}`)).size).toBe(1);
      }
    }
  });

  it("the row check reads the row with the same number of COUNTIFs at 3 roles and at 200", () => {
    const countifs = (roles: number) =>
      (rowCheckFormula(newLayout(roles, 10), 9, [3, 4], { kind: "RACI" }).match(/COUNTIF\(/g) ?? []).length;
    expect(countifs(200)).toBe(countifs(3));
  });
});
