/**
 * The offsite pack (issue 26): getOffsitePack, only the rows to settle, and the printable sheet the add-on
 * owns (makeOffsitePack and its menu item), on the built add-on and the emulator.
 */
import type { SpreadsheetAppApi } from "../../emulator/spreadsheet";
import { executiveMatrix, loadAddon, type Addon } from "../helpers/addon";

// A Area · B Initiative · C CEO · D COO · E Chief of Staff · F Status · G Decision · H Decided on · I Agreed by ·
// J Notes; the people row on 9, the first initiative on 10.
const PACK = "Offsite pack – M";

function setup(): { addon: Addon; sheetName: string } {
  const made = executiveMatrix(
    [
      { name: "Budget", assignments: { CEO: "A", COO: "R" } },
      { name: '=HYPERLINK("https://example.com")', assignments: { COO: "R" } },
      { name: "Board deck", assignments: { CEO: "A", "Chief of Staff": "R" } },
      { name: "Vendors", assignments: { COO: "A/R" } },
    ],
    true,
  );
  const { addon, sheetName } = made;
  addon.edit(sheetName, "D9", "Dana Lee");
  addon.edit(sheetName, "G10", "Agreed"); // Budget: settled
  addon.edit(sheetName, "G12", "Disputed"); // Board deck
  return made;
}

const rangeType = (addon: Addon) =>
  (addon.emulator.globals.SpreadsheetApp as SpreadsheetAppApi).ProtectionType.RANGE;
const packOf = (addon: Addon, sheetName?: string) => addon.app.getOffsitePack(sheetName);
const make = (addon: Addon, sheetName?: string) => addon.app.makeOffsitePack(sheetName);

describe("getOffsitePack", () => {
  it("lists only the rows to settle, disputed first, each with who holds what, and who holds each role", () => {
    const { addon, sheetName } = setup();
    const pack = packOf(addon, sheetName);
    expect(pack.rows.map((row) => [row.initiative, row.reason])).toEqual([
      ["Board deck", "disputed"],
      ['=HYPERLINK("https://example.com")', "finding"],
      ["Vendors", "open"],
    ]);
    expect(pack.rows[1].holders).toEqual([{ role: "COO", heldBy: "Dana Lee", code: "R" }]);
    expect(pack.people.map((p) => [p.role, p.heldBy])).toEqual([
      ["CEO", ""],
      ["COO", "Dana Lee"],
      ["Chief of Staff", ""],
    ]);
    expect(pack.initiatives).toBe(4);
  });
});

describe("makeOffsitePack: the printable sheet", () => {
  it("makes a sheet right after the matrix, marked raci.offsite, every cell a value (no formula), protected", () => {
    const { addon, sheetName } = setup();
    expect(make(addon, sheetName)).toEqual({ sheetName: PACK, matrix: "M", rows: 3 });
    const sheet = addon.sheet(PACK);
    expect(addon.emulator.spreadsheet.getActiveSheet().getName()).toBe(PACK);
    expect(sheet.getIndex()).toBe(addon.sheet(sheetName).getIndex() + 1);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["raci.offsite"]);
    const range = sheet.getDataRange();
    expect(
      range
        .getFormulas()
        .flat()
        .every((formula) => formula === ""),
    ).toBe(true);
    const values = range.getValues() as unknown[][];
    expect(values.map((row) => row[2])).toContain('=HYPERLINK("https://example.com")'); // kept as text
    const header = values.findIndex((row) => row[0] === "To settle");
    expect(values.slice(header + 1).map((row) => [row[0], row[2]])).toEqual([
      ["Disputed", "Board deck"],
      ["With a finding to settle", '=HYPERLINK("https://example.com")'],
      ["Not yet agreed", "Vendors"],
    ]);
    const protections = sheet.getProtections(rangeType(addon));
    expect(protections.map((p) => [p.getRange().getA1Notation(), p.isWarningOnly()])).toEqual([
      [`A1:G${values.length}`, true],
    ]);
  });

  it("rewrites the same sheet when made again, moving what people keep below it rather than writing over it", () => {
    const { addon, sheetName } = setup();
    make(addon, sheetName);
    const sheet = addon.sheet(PACK);
    const last = sheet.getLastRow();
    sheet.getRange(last + 2, 1).setValue("Our notes from the offsite");
    addon.edit(sheetName, "G10", "Disputed"); // one more row to settle
    addon.emulator.spreadsheet.setActiveSheet(addon.sheet(sheetName));
    expect(make(addon).rows).toBe(4);
    const names = addon.emulator.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.filter((name) => name.startsWith("Offsite pack"))).toEqual([PACK]);
    expect(sheet.getRange(last + 3, 1).getValue()).toBe("Our notes from the offsite");
    addon.edit(sheetName, "G10", "Agreed");
    addon.edit(sheetName, "G12", "Agreed");
    make(addon, sheetName);
    // Two rows fewer: the table's own cells are cleared, the notes stay where they are.
    expect(sheet.getRange(last + 3, 1).getValue()).toBe("Our notes from the offsite");
    expect(
      sheet
        .getRange(last, 1, 2, 7)
        .getValues()
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
  });

  it("takes out the row a failed rewrite inserted, so the notes below do not drift further with each failure", () => {
    const { addon, sheetName } = setup();
    make(addon, sheetName);
    const last = addon.sheet(PACK).getLastRow();
    addon
      .sheet(PACK)
      .getRange(last + 2, 1)
      .setValue("Our notes from the offsite");
    addon.edit(sheetName, "G10", "Disputed"); // one more row to settle
    const state = addon.emulator.toJSON();
    addon.emulator.calls.reset();
    addon.emulator.calls.record = true;
    make(addon, sheetName);
    const { sequence } = addon.emulator.calls;
    const grows = sequence.lastIndexOf("Sheet.insertRowsAfter");
    // A service failing while the table is written, and at the record of its size, then the pack made again.
    for (const k of [
      sequence.indexOf("Range.setValues", grows) + 1,
      sequence.lastIndexOf("DeveloperMetadata.setValue") + 1,
    ]) {
      expect(k).toBeGreaterThan(grows + 1);
      const again = loadAddon({ state });
      again.emulator.failOnCall(k);
      expect(() => make(again, sheetName)).toThrow();
      again.emulator.failOnCall(null);
      make(again, sheetName);
      expect([
        k,
        again
          .sheet(PACK)
          .getRange(last + 3, 1)
          .getValue(),
      ]).toEqual([k, "Our notes from the offsite"]);
    }
  });

  it("brings the pack up to date when asked on the pack's own sheet, for the matrix it was made from", () => {
    const { addon, sheetName } = setup();
    make(addon, sheetName);
    addon.edit(sheetName, "G11", "Agreed");
    addon.emulator.spreadsheet.setActiveSheet(addon.sheet(PACK));
    expect(packOf(addon).sheetName).toBe("M");
    addon.app.menuMakeOffsitePack();
    expect(addon.emulator.toasts.at(-1)?.message).toBe(
      `“${PACK}” lists the 3 rows of “M” still to settle. Print it with File › Print.`,
    );
  });

  it("leaves the sheet as a plain one after Remove add-on data, and the next pack is a new sheet", () => {
    const { addon, sheetName } = setup();
    make(addon, sheetName);
    addon.emulator.ui.answers = ["YES"];
    addon.app.menuRemoveAddonData();
    expect(addon.sheet(PACK).getDeveloperMetadata()).toEqual([]);
    expect(addon.sheet(PACK).getProtections(rangeType(addon))).toEqual([]);
    addon.app.adoptMatrix(sheetName);
    expect(make(addon, sheetName).sheetName).toBe(`${PACK} (2)`);
  });
});
