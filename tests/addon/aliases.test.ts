/**
 * Codes whose onEdit never ran still count. Sheets drops onEdit events beyond two queued
 * (https://developers.google.com/apps-script/guides/triggers): fast typing leaves aliases ("ra") in the sheet.
 * The Status, the summary and the highlighting read every spelling of the cell grammar (domain.md: case and
 * spaces ignored), the dropdown stays in warning mode, and Check's convertAliases writes them canonically.
 */
import { loadAddon, type Addon } from "../helpers/addon";

const FIRST = 9;
const ROLES = ["CEO", "COO", "Chief of Staff", "Ops"];

function setup(): { addon: Addon; sheetName: string } {
  const addon = loadAddon({ user: "owner@example.com" });
  const { sheetName } = addon.generate({
    template: "blank",
    title: "M",
    roles: ROLES,
    ownerPair: ["COO", "Chief of Staff"],
    initiatives: ["One", "Two", "Three", "Four"].map((name) => ({ name })),
  });
  return { addon, sheetName };
}

const status = (addon: Addon, sheetName: string, row: number) =>
  addon.sheet(sheetName).getRange(`G${row}`).getValue() as string;
const colours = (addon: Addon, sheetName: string, a1: string) =>
  addon.emulator.highlights(sheetName, a1).map((h) => h.background);

describe("a burst of alias edits, most of whose onEdit runs Sheets dropped", () => {
  it("leaves aliases in the cells, yet Status, summary and highlighting read them as codes", () => {
    const { addon, sheetName } = setup();
    const typed: [string, string][] = [
      [`C${FIRST}`, "ra"],
      [`F${FIRST}`, " c "],
      [`C${FIRST + 1}`, "accountable"],
      [`D${FIRST + 1}`, "r / a"],
      [`C${FIRST + 2}`, "A+R"],
      [`F${FIRST + 2}`, "Informed"],
    ];
    const { dropped } = addon.emulator.burst(() => {
      for (const [a1, value] of typed) addon.emulator.editAsUser(addon.app, sheetName, a1, value);
    });
    expect(dropped).toBe(4);
    const sheet = addon.sheet(sheetName);
    expect(sheet.getRange(`C${FIRST + 1}`).getValue()).toBe("accountable"); // never converted
    expect(status(addon, sheetName, FIRST)).toBe("OK");
    expect(status(addon, sheetName, FIRST + 1)).toBe("2 accountable");
    expect(status(addon, sheetName, FIRST + 2)).toBe("OK");
    // Summary of CEO: A (A/R counts) 3, R 2, C 0, I 0
    expect(sheet.getRange("C3:C6").getValues().flat()).toEqual([3, 2, 0, 0]);
    expect(sheet.getRange("F3:F6").getValues().flat()).toEqual([0, 0, 1, 1]);
    // No alias is highlighted as "not a RACI code"; the double-A row is coloured as such.
    const report = addon.analyze(sheetName);
    expect(report.findings.filter((f) => f.rule === "INVALID_CODE")).toEqual([]);
    for (const [a1] of typed) expect(colours(addon, sheetName, a1)).not.toContain("#f0e442");
    const double = colours(addon, sheetName, `B${FIRST + 1}`);
    const gap = colours(addon, sheetName, `B${FIRST + 3}`);
    expect(double).toHaveLength(1);
    expect(gap).toHaveLength(1);
    expect(double[0]).not.toBe(gap[0]);
  });

  it("Check's convertAliases writes the leftovers canonically and touches nothing else", () => {
    const { addon, sheetName } = setup();
    addon.emulator.burst(() => {
      addon.emulator.editAsUser(addon.app, sheetName, `B${FIRST + 3}`, "ra"); // a name, not a code
      for (const [a1, value] of [
        [`C${FIRST}`, "a"],
        [`D${FIRST}`, " r "],
        [`E${FIRST}`, "consulted"],
        [`F${FIRST}`, "maybe"],
      ])
        addon.emulator.editAsUser(addon.app, sheetName, a1, value);
    });
    const result = addon.app.convertAliases(sheetName) as { converted: number };
    expect(result.converted).toBe(2);
    const sheet = addon.sheet(sheetName);
    expect(sheet.getRange(`B${FIRST + 3}:F${FIRST + 3}`).getValues()[0][0]).toBe("ra");
    expect(sheet.getRange(`C${FIRST}:F${FIRST}`).getValues()).toEqual([["A", "R", "C", "maybe"]]);
    expect(status(addon, sheetName, FIRST)).toBe("1 invalid code");
  });
});

describe("the spellings of the cell grammar, in the Status", () => {
  it.each([
    [["A", "R", "", ""], "OK"],
    [["a", "responsible", "", ""], "OK"],
    [[" A / R ", "", "", ""], "OK"],
    [["RA", "a,r", "", ""], "2 accountable"],
    [["Accountable", "", "c", "I"], "No one responsible"],
    [["", "", "c", ""], "No one accountable; No one responsible"],
    [["A", "R", "?", "xx"], "2 invalid codes"],
    [["i", "", "r", ""], "No one accountable"],
  ])("%j reads as %j", (codes, expected) => {
    const { addon, sheetName } = setup();
    addon.sheet(sheetName).getRange(`C${FIRST}:F${FIRST}`).setValues([codes]);
    expect(status(addon, sheetName, FIRST)).toBe(expected);
  });

  it("an owner pair holding aliases of R or A is flagged as shared", () => {
    const { addon, sheetName } = setup();
    addon
      .sheet(sheetName)
      .getRange(`C${FIRST}:F${FIRST}`)
      .setValues([["", "ar", "Responsible", ""]]);
    expect(status(addon, sheetName, FIRST)).toBe("COO and Chief of Staff both own it");
  });
});

describe("the check column", () => {
  it("is hidden, and a matrix from before it gets a new column rather than losing someone's notes", () => {
    const { addon, sheetName } = setup();
    const sheet = addon.sheet(sheetName);
    expect(sheet.isColumnHiddenByUser(8)).toBe(true);
    // An older matrix: no check column, and a collaborator's notes right of Status.
    sheet.deleteColumn(8);
    sheet.insertColumnAfter(7);
    sheet.getRange(`H${FIRST}`).setValue("my note");
    addon.refresh(sheetName);
    expect(sheet.getRange(`I${FIRST}`).getValue()).toBe("my note");
    expect(sheet.getRange("H8").getValue()).toBe("RACI check");
  });
});
