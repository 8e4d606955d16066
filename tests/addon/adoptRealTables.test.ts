/**
 * Adopting the tables people really keep (issue 22, finding 9; issue 26, items 4 and 8): section or phase
 * rows, a Total row of formulas and blank rows inside the table; a table beside another one; a notes column
 * between the name and the roles; the COO / Chief of Staff pair under any of its titles; adopting a sheet
 * again after Remove add-on data. Each `it` names the finding it guards.
 */
import { loadAddon, type Addon, type Result } from "../helpers/addon";
import { sheetOf } from "./user-content";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const OFFSITE = "Offsite";

/** A new sheet named `name` holding `rows` from A1, as someone typed them. */
function sheetWith(addon: Addon, name: string, rows: unknown[][]): Sheet {
  addon.emulator.spreadsheet.insertSheet(name).getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return sheetOf(addon, name);
}

/**
 * An executive team's table: a title, sections merged across the table ("Operations", "Strategy"), a blank
 * row between them, a Total row of formulas, a Notes column right of the roles and a legend further down.
 */
function offsiteTable(): Addon {
  const addon = loadAddon({ user: "a@x.com" });
  const sheet = sheetWith(addon, OFFSITE, [
    ["Exec team RACI, second half", "", "", "", ""],
    ["", "", "", "", ""],
    ["Workstream", "COO", "Chief of Staff", "CEO", "Notes"],
    ["Operations", "", "", "", ""],
    ["Vendor contracts renewal", "A", "C", "I", "u1"],
    ["Office move logistics", "A/R", "I", "I", ""],
    ["", "", "", "", ""],
    ["Strategy", "", "", "", ""],
    ["Board meeting preparation", "C", "A/R", "I", ""],
    ["Quarterly planning cycle", "I", "A/R", "C", "u2"],
    ["Total", "=COUNTA(B5:B10)", "=COUNTA(C5:C10)", "=COUNTA(D5:D10)", ""],
    ["", "", "", "", ""],
    ["Legend: A owns it, R does the work", "", "", "", ""],
  ]);
  sheet.getRange("A4:D4").merge();
  sheet.getRange("A8:D8").merge();
  return addon;
}

const described = (addon: Addon, name: string) =>
  addon.app.describeActiveSheet(name).matrix?.initiatives ?? [];

describe("issue 22, finding 9: adopting a real table", () => {
  let addon: Addon;
  let sheet: Sheet;
  let preview: Result<"previewAdoption">;

  beforeAll(() => {
    addon = offsiteTable();
    sheet = sheetOf(addon, OFFSITE);
    preview = addon.app.previewAdoption(OFFSITE);
    addon.app.adoptMatrix(OFFSITE);
  });

  it("22.9 section rows are no initiatives: they become the areas of the rows below them", () => {
    expect(described(addon, OFFSITE)).toEqual([
      { name: "Vendor contracts renewal", area: "Operations", row: 5 },
      { name: "Office move logistics", area: "Operations", row: 6 },
      { name: "Board meeting preparation", area: "Strategy", row: 9 },
      { name: "Quarterly planning cycle", area: "Strategy", row: 10 },
    ]);
    expect(preview.initiatives).toBe(4);
    expect(preview.understood.join(" ")).toMatch(/rows? 4 and 8 .*section/i);
  });

  it("22.9 a blank row does not end the table: the rows past it are adopted, and the preview says so", () => {
    expect(preview.understood.join(" ")).toMatch(/row 7 is blank/i);
    expect(sheet.getRange("E9:E10").getValues().flat()).toEqual(["OK", "OK"]);
  });

  it("22.9 a Total row of formulas is no initiative: no Status, no dropdown, no highlighting, no finding", () => {
    expect(preview.understood.join(" ")).toMatch(/row 11 .*total/i);
    const report = addon.analyze(OFFSITE);
    expect(report.findings.filter((f) => /Total|Operations|Strategy/.test(f.initiative ?? ""))).toEqual([]);
    for (const row of [4, 7, 8, 11]) {
      expect(sheet.getRange(row, 5).getFormula()).toBe("");
      expect(sheet.getRange(row, 2).getDataValidation()).toBeNull();
      expect(addon.emulator.highlights(OFFSITE, `A${row}:E${row}`)).toEqual([]);
    }
    expect(sheet.getRange("B5").getDataValidation()).not.toBeNull();
    expect(sheet.getRange("B11:D11").getFormulas()).toEqual([
      ["=COUNTA(B5:B10)", "=COUNTA(C5:C10)", "=COUNTA(D5:D10)"],
    ]);
    // The legend under the blank row after the table is not part of it.
    expect(sheet.getRange("E13").getFormula()).toBe("");
  });

  it("22.9 Fix all never writes codes into a merged section row", () => {
    sheet.getRange("B6").setValue("I"); // Office move logistics: no one accountable now
    addon.app.fixFindings(OFFSITE);
    expect(sheet.getRange("A4:D4").getValues()).toEqual([["Operations", "", "", ""]]);
    expect(sheet.getRange("A8:D8").getValues()).toEqual([["Strategy", "", "", ""]]);
    expect(sheet.getRange("A11:D11").getValues()).toEqual([["Total", 4, 4, 4]]);
  });
});

describe("issue 22, finding 9: a table beside another table", () => {
  it("22.9 a table starting at column D beside someone's tracker is found, and the tracker is left alone", () => {
    const addon = loadAddon();
    const sheet = sheetWith(addon, "Side by side", [
      ["Task", "Owner", "Status"],
      ["Book venue", "Dana", "Done"],
      ["Send agenda", "Lee", "Late"],
      ["Print packs", "Dana", ""],
    ]);
    sheet.getRange("D3:G6").setValues([
      ["Activity", "COO", "Chief of Staff", "CEO"],
      ["Offsite agenda", "C", "A/R", "I"],
      ["Vendor review", "A/R", "I", "I"],
      ["Budget sign-off", "C", "R", "A"],
    ]);
    const tracker = sheet.getRange("A1:C4").getValues();
    const preview = addon.app.previewAdoption("Side by side");
    expect(preview.roles).toEqual(["COO", "Chief of Staff", "CEO"]);
    addon.app.adoptMatrix("Side by side");
    expect(sheet.getRange("A1:C4").getValues()).toEqual(tracker);
    expect(sheet.getRange("H3:H6").getValues().flat()).toEqual(["Status", "OK", "OK", "OK"]);
    const report = addon.analyze("Side by side");
    expect(report.roles.map((r) => r.role)).toEqual(["COO", "Chief of Staff", "CEO"]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("issue 26, item 4: adoption sees the owner pair", () => {
  function pairTable(): Addon {
    const addon = loadAddon();
    sheetWith(addon, "Pair", [
      ["Workstream", "Notes", "COO", "CoS", "CEO", ""],
      ["Hiring plan", "ask Dana", "A", "R", "I", ""],
      ["Board deck", "", "I", "A/R", "C", ""],
    ]);
    return addon;
  }

  it("26.4 a Workstream | COO | CoS table gets the pair; the preview says so; COO A with CoS R is shared ownership", () => {
    const addon = pairTable();
    const preview = addon.app.previewAdoption("Pair");
    expect(preview.ownerPair).toEqual(["COO", "CoS"]);
    expect(preview.understood.join(" ")).toMatch(/owner pair.*COO.*CoS/i);
    addon.app.adoptMatrix("Pair");
    const shared = addon.analyze("Pair").findings.filter((f) => f.rule === "SHARED_OWNERSHIP");
    expect(shared.map((f) => f.initiative)).toEqual(["Hiring plan"]);
    expect(addon.sheet("Pair").getRange("F2").getValue()).toBe("COO and CoS both own it");
  });

  it("26.4 a Notes column between the name and the roles is kept as it is, never read as a role", () => {
    const addon = pairTable();
    const preview = addon.app.previewAdoption("Pair");
    expect(preview.roles).toEqual(["COO", "CoS", "CEO"]);
    expect(preview.understood.join(" ")).toMatch(/Column B "Notes" is not a role/);
    addon.app.adoptMatrix("Pair");
    const sheet = addon.sheet("Pair");
    expect(sheet.getRange("A1:F1").getValues()).toEqual([
      ["Workstream", "Notes", "COO", "CoS", "CEO", "Status"],
    ]);
    expect(sheet.getRange("B2:B3").getValues()).toEqual([["ask Dana"], [""]]);
    expect(sheet.getRange("B2").getDataValidation()).toBeNull();
    addon.edit("Pair", "B3", "ra"); // typed in Notes: kept as typed, not turned into a code
    expect(sheet.getRange("B3").getValue()).toBe("ra");
    expect(addon.analyze("Pair").findings.filter((f) => f.rule === "INVALID_CODE")).toEqual([]);
  });

  it("26.4 Owner, Status and Due date columns before the roles are skipped too", () => {
    const addon = loadAddon();
    const sheet = sheetWith(addon, "Tracker RACI", [
      ["Project", "Owner", "Status", "Due date", "Chief Operating Officer", "Chief of Staff"],
      ["Hiring plan", "Dana", "On track", "2025-09-30", "A", "R"],
      ["Board deck", "Lee", "Late", "2025-10-15", "I", "A/R"],
    ]);
    const preview = addon.app.previewAdoption("Tracker RACI");
    expect(preview.roles).toEqual(["Chief Operating Officer", "Chief of Staff"]);
    expect(preview.ownerPair).toEqual(["Chief Operating Officer", "Chief of Staff"]);
    addon.app.adoptMatrix("Tracker RACI");
    expect(sheet.getRange("A1:G1").getValues()[0]).toEqual([
      "Project",
      "Owner",
      "Status",
      "Due date",
      "Chief Operating Officer",
      "Chief of Staff",
      "Status",
    ]);
    expect(sheet.getRange("B2:C3").getValues()).toEqual([
      ["Dana", "On track"],
      ["Lee", "Late"],
    ]);
    expect(addon.analyze("Tracker RACI").findings.map((f) => f.rule)).toContain("SHARED_OWNERSHIP");
  });

  it.each(["Project", "Workstream", "Deliverable", "Decision"])(
    '26.4 "%s" is accepted as the name header',
    (label) => {
      const addon = loadAddon();
      sheetWith(addon, "T", [
        [label, "COO", "CEO"],
        ["Pricing", "R", "A"],
      ]);
      expect(addon.app.previewAdoption("T").initiatives).toBe(1);
    },
  );

  it("26.4 a refusal says which headers it looked for and which rule the roles follow", () => {
    const addon = loadAddon();
    sheetWith(addon, "Budget", [
      ["Item", "Cost"],
      ["Venue", 1200],
    ]);
    let message = "";
    try {
      addon.app.previewAdoption("Budget");
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toMatch(/"Initiative", .*"Project", .*"Workstream", .*"Deliverable", .*"Decision"/);
    expect(message).toMatch(/R, A, C or I/);
    expect(message).toMatch(/Notes, Owner, Status, Due date/);
  });
});

describe("issue 26, item 8: adopting again after Remove add-on data", () => {
  it("26.8 reuses the Status column: one Status, and it agrees with the analysis", () => {
    const addon = loadAddon();
    const sheet = sheetWith(addon, "Again", [
      ["Task", "Alice", "Bob", "Carol", "Notes"],
      ["Brief", "A", "r", "C", "u1"],
      ["Design", "I", "A", "R", ""],
      ["Build", "", "R", "c", ""],
      ["Launch", "A", "R", "I", "u3"],
    ]);
    addon.app.adoptMatrix("Again");
    addon.emulator.ui.answers = ["YES"];
    addon.app.menuRemoveAddonData();
    sheet.getRange("B5").setValue(""); // Launch loses its A while the add-on is away
    const preview = addon.app.previewAdoption("Again");
    expect(preview.adds[0]).toMatch(/"Status" in column E/);
    addon.app.adoptMatrix("Again");
    const header = sheet.getRange(1, 1, 1, sheet.getMaxColumns()).getValues()[0];
    expect(header.filter((value) => value === "Status")).toHaveLength(1);
    expect(sheet.getRange("E1:F1").getValues()).toEqual([["Status", "Notes"]]);
    const report = addon.analyze("Again");
    const noA = report.findings.filter((f) => f.rule === "NO_ACCOUNTABLE").map((f) => f.initiative);
    expect(noA).toEqual(["Build", "Launch"]);
    expect(sheet.getRange("E2:E5").getValues().flat()).toEqual([
      "OK",
      "OK",
      "No one accountable",
      "No one accountable",
    ]);
  });
});
