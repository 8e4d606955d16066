/**
 * Adopting a RACI table someone already keeps (as in the common templates: a title, a Task column, role
 * columns with codes, a Notes column, a legend line below): the preview says what will be added, adopting
 * adds exactly that, and every cell of the table stays as it was. And a matrix of the first release (its
 * settings stored, no mark yet) is recognised and marked on first use.
 */
import { loadAddon, type Addon } from "../helpers/addon";
import { addUserRule, fingerprint, sheetOf, workbook } from "./user-content";

const T = "Relaunch";

function withTable(): Addon {
  const addon = loadAddon({ user: "a@x.com" });
  const sheet = addon.emulator.spreadsheet.insertSheet(T);
  sheet.getRange("A1:E10").setValues([
    ["RACI chart – website relaunch", "", "", "", ""],
    ["Project lead: Dana", "", "", "", ""],
    ["", "", "", "", ""],
    ["Task", "Alice", "Bob", "Carol", "Notes"],
    ["Brief", "A", "r", "C", "u1"],
    ["Design", "I", "A", "R", "u2"],
    ["Build", "", "R", "c", ""],
    ["Launch", "A", "R", "I", "u3"],
    ["", "", "", "", ""],
    ["Legend: R = does the work, A = owns it", "", "", "", ""],
  ]);
  sheet.getRange("A1").setFontWeight("bold").setFontSize(16);
  sheet.getRange("A4:E4").setBackground("#1f4e79").setFontColor("#ffffff");
  sheet.getRange("E5").setNote("check with legal");
  addUserRule(addon, T, "E6", "u", "#ffcc00");
  return addon;
}

describe("previewAdoption", () => {
  it("lists what adopting adds, and changes nothing", () => {
    const addon = withTable();
    const before = workbook(addon);
    const preview = addon.app.previewAdoption(T);
    expect(preview.roles).toEqual(["Alice", "Bob", "Carol"]);
    expect(preview.initiatives).toBe(4);
    expect(preview.adds[0]).toBe(
      'A new column E named "Status", inserted right of D (the columns after it move one to the right).',
    );
    expect(preview.adds.join(" ")).toContain("E5:E8");
    expect(workbook(addon)).toBe(before);
  });

  it("says clearly when there is no table to adopt, or the sheet is already a matrix", () => {
    const addon = withTable();
    addon.generate({ title: "M" });
    expect(() => addon.app.previewAdoption("M")).toThrow(/"M" is already a matrix of the add-on/);
    expect(() => addon.app.previewAdoption("Sheet1")).toThrow(/No RACI table was found on "Sheet1"/);
  });
});

describe("adoptMatrix", () => {
  let addon: Addon;
  let before: unknown[][];

  beforeAll(() => {
    addon = withTable();
    before = sheetOf(addon, T).getRange("A1:E10").getValues();
    expect(addon.app.adoptMatrix(T)).toEqual({
      sheetName: T,
      initiatives: 4,
      roles: ["Alice", "Bob", "Carol"],
    });
  });

  it("keeps every cell of the table as it was: values (codes as typed), formats, notes, the user's rule", () => {
    const sheet = sheetOf(addon, T);
    // Columns A–D as they were; the Notes column (E) moved to F, right of the new Status column.
    expect(sheet.getRange("A1:D10").getValues()).toEqual(before.map((row) => row.slice(0, 4)));
    expect(sheet.getRange("F1:F10").getValues()).toEqual(before.map((row) => row.slice(4)));
    expect(sheet.getRange("A4:D8").getValues()).toEqual([
      ["Task", "Alice", "Bob", "Carol"],
      ["Brief", "A", "r", "C"],
      ["Design", "I", "A", "R"],
      ["Build", "", "R", "c"],
      ["Launch", "A", "R", "I"],
    ]);
    expect(sheet.getRange("F4:F8").getValues().flat()).toEqual(["Notes", "u1", "u2", "", "u3"]);
    expect(sheet.getRange("F5").getNote()).toBe("check with legal");
    expect(sheet.getRange("A1").getFontSize()).toBe(16);
    expect(sheet.getRange("B4").getBackground()).toBe("#1f4e79");
    expect(sheet.getRange("A10").getValue()).toBe("Legend: R = does the work, A = owns it");
    expect(sheet.getFrozenRows()).toBe(0); // the table's own look: nothing frozen, nothing restyled
    const users = sheet
      .getConditionalFormatRules()
      .filter((r) => String(r.getBooleanCondition()?.getCriteriaType()) === "TEXT_CONTAINS");
    expect(users.map((r) => r.getRanges()[0].getA1Notation())).toEqual(["F6"]);
  });

  it("adds Status for the table's rows only; the legend line below is not an initiative", () => {
    const sheet = sheetOf(addon, T);
    expect(sheet.getRange("E4").getValue()).toBe("Status");
    expect(sheet.getRange("E5:E8").getValues().flat()).toEqual(["OK", "OK", "No one accountable", "OK"]);
    expect(sheet.getRange("E9:E10").getFormulas().flat()).toEqual(["", ""]);
    const report = addon.analyze(T);
    expect(report.findings.filter((f) => f.rule === "NO_ACCOUNTABLE").map((f) => f.initiative)).toEqual([
      "Build",
    ]);
    expect(report.findings.some((f) => f.initiative?.startsWith("Legend"))).toBe(false);
  });

  it("is then a matrix: refresh keeps its look, onEdit canonicalises its codes but not the cells below", () => {
    const printBefore = fingerprint(addon, T);
    addon.refresh(T);
    expect(fingerprint(addon, T)).toEqual(printBefore);
    expect(sheetOf(addon, T).getRange("B4").getBackground()).toBe("#1f4e79");
    addon.edit(T, "C7", "ra");
    expect(sheetOf(addon, T).getRange("C7").getValue()).toBe("A/R");
    addon.edit(T, "C12", "ra");
    expect(sheetOf(addon, T).getRange("C12").getValue()).toBe("ra");
  });

  it("refuses a second adoption", () => {
    expect(() => addon.app.adoptMatrix(T)).toThrow(/already a matrix/);
  });
});

describe("a Status column the table already has", () => {
  it("is reused when it is empty, and kept (with a new Status beside it) when it holds typed statuses", () => {
    const addon = loadAddon();
    const empty = addon.emulator.spreadsheet.insertSheet("Empty status");
    empty.getRange("A1:C3").setValues([
      ["Activity", "COO", "Status"],
      ["Hire", "A", ""],
      ["Plan", "R", ""],
    ]);
    addon.app.adoptMatrix("Empty status");
    expect(empty.getRange("A1:D1").getValues()).toEqual([["Activity", "COO", "Status", ""]]);
    expect(empty.getRange("C2").getValue()).toBe("No one responsible");

    const typed = addon.emulator.spreadsheet.insertSheet("Typed status");
    typed.getRange("A1:C2").setValues([
      ["Initiative", "COO", "Status"],
      ["Vendor switch", "r", "Late: vendor slipped 3 weeks"],
    ]);
    addon.app.adoptMatrix("Typed status");
    expect(typed.getRange("A1:D2").getValues()).toEqual([
      ["Initiative", "COO", "Status", "Status"],
      ["Vendor switch", "r", "No one accountable", "Late: vendor slipped 3 weeks"],
    ]);
  });
});

describe("a matrix made by the first release (settings stored, no mark)", () => {
  it("is written to as before, and marked on first use", () => {
    const addon = loadAddon();
    addon.generate({ title: "Old" });
    const sheet = sheetOf(addon, "Old");
    for (const metadata of sheet.getDeveloperMetadata()) metadata.remove();
    expect(sheet.getDeveloperMetadata()).toHaveLength(0);
    addon.app.addRole("Old", "CFO");
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ["raci.matrix", "generated"],
    ]);
    expect(String(sheet.getDeveloperMetadata()[0].getVisibility())).toBe("PROJECT");
  });
});

describe("a matrix copied from another spreadsheet (no mark, no settings)", () => {
  it("is adopted as the add-on's own: marked and refreshed, with no second Status column", () => {
    const addon = loadAddon();
    addon.generate({ title: "Copied" });
    const sheet = sheetOf(addon, "Copied");
    for (const metadata of sheet.getDeveloperMetadata()) metadata.remove();
    const store = (
      addon.emulator.globals as unknown as {
        PropertiesService: GoogleAppsScript.Properties.PropertiesService;
      }
    ).PropertiesService.getDocumentProperties();
    store.deleteAllProperties();
    expect(() => addon.refresh("Copied")).toThrow(/did not make it/);
    const preview = addon.app.previewAdoption("Copied");
    expect(preview.adds[0]).toMatch(/was made by the add-on/);
    addon.app.adoptMatrix("Copied");
    // No Status column inserted (the refresh may add empty columns at the sheet's right edge, for the chart).
    expect(sheet.getRange("G8").getValue()).toBe("Status");
    const header = sheet.getRange(8, 1, 1, sheet.getMaxColumns()).getValues()[0];
    expect(header.filter((value) => value === "Status")).toHaveLength(1);
    expect(() => addon.refresh("Copied")).not.toThrow();
  });
});
