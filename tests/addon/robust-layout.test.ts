/**
 * analyzeMatrix finds a matrix by its header row, so it keeps reporting correctly after collaborators change
 * the sheet's layout by hand (with the sheet API, as a user would in Sheets): rows inserted, deleted or sorted,
 * role columns inserted or deleted, the sheet renamed, rows inserted above the header, initiatives typed
 * below the last one. After each change every finding's cell points at the right cell, and the findings are
 * the same ones (by rule, initiative and role) unless the change removed what they were about. Sheets that
 * are not matrices get a clear error naming the sheet. (Moving a sheet is not covered: the emulator has no
 * Spreadsheet.moveActiveSheet; the add-on never uses sheet positions, only names and ids.)
 */
import type { WorkbookState } from "../../emulator";
import { loadAddon, type Addon, type Report } from "../helpers/addon";
import {
  columnOf,
  errorOf,
  expectCellsPointRight,
  expectStatusAgrees,
  readGrid,
  rowOf,
  type Grid,
} from "./structure-oracle";

const M = "M";
const IMPROVE = "Improve processes and efficiency"; // row 10
const RUN = "Run day-to-day operations"; // row 11
const LEAD = "Lead the operational teams and departments"; // row 12

/**
 * The template with three problems typed in: an invalid code (F10, which also leaves row 10 with no one
 * responsible), a second A (C11) and a cleared A (D12).
 */
let base: WorkbookState;
let baseFindings: string[];
beforeAll(() => {
  const addon = loadAddon();
  addon.generate({ template: "coo-cos", title: M });
  addon.edit(M, "F10", "x?");
  addon.edit(M, "C11", "A");
  addon.edit(M, "D12", "");
  base = addon.emulator.toJSON();
  baseFindings = keys(addon.analyze(M));
  expect(baseFindings).toEqual([
    `INVALID_CODE|${IMPROVE}|Department heads`,
    `MULTIPLE_ACCOUNTABLE|${RUN}|`,
    `NO_ACCOUNTABLE|${LEAD}|`,
    `NO_RESPONSIBLE|${IMPROVE}|`,
  ]);
});

/** What each finding is about, whatever cell it sits on. */
function keys(report: Report): string[] {
  return report.findings.map((f) => `${f.rule}|${f.initiative ?? ""}|${f.role ?? ""}`).sort();
}

const fresh = (): Addon => loadAddon({ state: base });

/** Analyses the sheet and checks the report against what the sheet now shows. */
function analyzeAndCheck(addon: Addon, sheetName = M): { report: Report; grid: Grid } {
  const report = addon.analyze(sheetName);
  const grid = readGrid(addon, sheetName);
  expect(report.sheetName).toBe(sheetName);
  expect(report.roles.map((r) => r.role)).toEqual(grid.roles.map((r) => r.name));
  expectCellsPointRight(grid, report);
  for (const finding of report.findings.filter((f) => f.rule === "INVALID_CODE"))
    expect(
      addon
        .sheet(sheetName)
        .getRange(finding.cell ?? "")
        .getValue(),
    ).toBe("x?");
  return { report, grid };
}

describe("rows", () => {
  it("inserted inside the matrix (before and after initiatives): same findings, cells follow the rows", () => {
    const addon = fresh();
    const sheet = addon.sheet(M);
    sheet.insertRowsBefore(11, 2);
    sheet.insertRowsAfter(14, 3);
    const { report, grid } = analyzeAndCheck(addon);
    expect(keys(report)).toEqual(baseFindings);
    expect(rowOf(grid, RUN)).toBe(13);
    expect(rowOf(grid, LEAD)).toBe(14);
    expect(report.findings.find((f) => f.rule === "MULTIPLE_ACCOUNTABLE")?.cell).toBe("B13");
    expectStatusAgrees(grid, report);
  });

  it("an initiative typed into an inserted row is analysed at its row, and Refresh gives it a Status", () => {
    const addon = fresh();
    addon.sheet(M).insertRowsAfter(12, 1);
    addon.edit(M, "B13:D13", [["Typed in between", "R", ""]]);
    const { report } = analyzeAndCheck(addon);
    expect(report.findings.find((f) => f.initiative === "Typed in between")).toMatchObject({
      rule: "NO_ACCOUNTABLE",
      cell: "B13",
    });
    addon.refresh(M);
    const after = analyzeAndCheck(addon);
    expect(after.grid.rows.find((r) => r.row === 13)?.status).toBe("No one accountable");
    expectStatusAgrees(after.grid, after.report);
  });

  it("deleted: findings about the deleted initiative go, the others move up with their rows", () => {
    const addon = fresh();
    addon.sheet(M).deleteRow(10);
    const { report, grid } = analyzeAndCheck(addon);
    expect(keys(report)).toEqual(baseFindings.filter((key) => !key.includes(IMPROVE)));
    expect(rowOf(grid, RUN)).toBe(10);
    expectStatusAgrees(grid, report);
  });

  it.each([
    ["by name, A to Z", 2],
    ["by name, Z to A", { column: 2, ascending: false }],
    ["by the COO column", 4],
  ] as const)(
    "sorted %s (including the spare rows): same findings, cells follow the rows",
    (_label, spec) => {
      const addon = fresh();
      addon.sheet(M).getRange(9, 1, 29, 7).sort(spec);
      const { report, grid } = analyzeAndCheck(addon);
      expect(keys(report)).toEqual(baseFindings);
      expect(grid.rows.map((r) => r.row)).toEqual(Array.from({ length: 9 }, (_, i) => 9 + i)); // blanks last
      expectStatusAgrees(grid, report);
    },
  );

  it("inserted above the header: the header is found further down and role findings name its new row", () => {
    const addon = fresh();
    addon.sheet(M).insertRowsBefore(1, 3);
    addon.edit(M, "C12:C20", [["I"], ["I"], ["I"], ["I"], ["I"], ["I"], ["I"], ["C"], ["C"]]); // CEO owns nothing
    const { report, grid } = analyzeAndCheck(addon);
    expect(grid.headerRow).toBe(11);
    expect(report.findings.find((f) => f.rule === "ROLE_WITHOUT_OWNERSHIP")).toMatchObject({
      role: "CEO",
      cell: "C11",
    });
    expectStatusAgrees(grid, report);
  });

  it("inserted above the header until it sits on row 50: still found", () => {
    const addon = fresh();
    addon.sheet(M).insertRowsBefore(1, 42);
    const { report, grid } = analyzeAndCheck(addon);
    expect(grid.headerRow).toBe(50);
    expect(keys(report)).toEqual(baseFindings);
  });

  it("the title and legend deleted: still analysed, and Refresh updates the summary where it now is, inserting nothing", () => {
    const addon = fresh();
    addon.sheet(M).deleteRows(1, 2);
    expect(keys(analyzeAndCheck(addon).report)).toEqual(baseFindings);
    addon.refresh(M);
    const { report, grid } = analyzeAndCheck(addon);
    expect(grid.headerRow).toBe(6); // the summary rows are found by their labels, not put back at offsets
    expect(addon.sheet(M).getRange("C1").getFormula()).toMatch(/^=COUNTIF\(C\$7:C\$/);
    expect(addon.sheet(M).getRange("A1:A2").getValues()).toEqual([[""], [""]]); // no legend written over
    expectStatusAgrees(grid, report);
  });

  it("initiatives typed in the first spare row and below the prepared rows are analysed at their rows", () => {
    const addon = fresh();
    const sheet = addon.sheet(M);
    sheet.insertRowsAfter(sheet.getMaxRows(), 3);
    addon.edit(M, "B18:D18", [["Spare-row initiative", "A", "R"]]);
    addon.edit(M, "B39:D39", [["Below the prepared rows", "", "R"]]);
    const { report, grid } = analyzeAndCheck(addon);
    expect(rowOf(grid, "Below the prepared rows")).toBe(39);
    expect(report.findings.filter((f) => f.initiative === "Spare-row initiative")).toEqual([]);
    expect(report.findings.find((f) => f.initiative === "Below the prepared rows")).toMatchObject({
      rule: "NO_ACCOUNTABLE",
      cell: "B39",
    });
  });
});

describe("columns", () => {
  it("an unnamed column inserted between two roles is reported as 'the unnamed role in column D'", () => {
    const addon = fresh();
    addon.sheet(M).insertColumnAfter(3);
    const { report, grid } = analyzeAndCheck(addon);
    expect(grid.roles.map((r) => r.name)).toEqual(["CEO", "", "COO", "Chief of Staff", "Department heads"]);
    const unnamed = report.findings.filter((f) => f.cell === "D8");
    expect(unnamed).toEqual([
      expect.objectContaining({
        rule: "ROLE_WITHOUT_OWNERSHIP",
        message: expect.stringMatching(/^The unnamed role in column D /) as unknown,
      }),
    ]);
    expect(unnamed[0].role).toBeUndefined();
    expect(keys(report).filter((key) => key !== "ROLE_WITHOUT_OWNERSHIP||")).toEqual(baseFindings);
    expect(report.findings.find((f) => f.rule === "INVALID_CODE")?.cell).toBe("G10");
    expectStatusAgrees(grid, report);
    addon.edit(M, "D9", "r"); // someone starts using the unnamed column
    addon.refresh(M);
    const after = analyzeAndCheck(addon);
    expect(addon.sheet(M).getRange("D9").getValue()).toBe("R");
    expect(after.report.roles[1]).toEqual({ role: "", R: 1, A: 0, C: 0, I: 0 });
    expectStatusAgrees(after.grid, after.report);
  });

  it("a named role column inserted by hand counts as a role, and its codes are analysed", () => {
    const addon = fresh();
    addon.sheet(M).insertColumnBefore(5);
    addon.edit(M, "E8", "CFO");
    addon.edit(M, "E12", "A");
    const { report, grid } = analyzeAndCheck(addon);
    expect(columnOf(grid, "CFO")).toBe(5);
    expect(report.roles.find((r) => r.role === "CFO")).toEqual({ role: "CFO", R: 0, A: 1, C: 0, I: 0 });
    expect(keys(report)).toEqual(baseFindings.filter((key) => !key.startsWith("NO_ACCOUNTABLE")));
    expect(report.findings.find((f) => f.rule === "INVALID_CODE")?.cell).toBe("G10");
  });

  it("a role column deleted by hand: its codes no longer count, other findings keep their cells", () => {
    const addon = fresh();
    addon.sheet(M).deleteColumn(6); // Department heads, where the invalid code was
    const { report, grid } = analyzeAndCheck(addon);
    expect(grid.roles.map((r) => r.name)).toEqual(["CEO", "COO", "Chief of Staff"]);
    expect(report.findings.some((f) => f.rule === "INVALID_CODE")).toBe(false);
    expect(report.findings.find((f) => f.rule === "MULTIPLE_ACCOUNTABLE")?.cell).toBe("B11");
    expectStatusAgrees(grid, report);
  });

  it("a role column dragged elsewhere: the owner pair is still found by name, cells follow the column", () => {
    const addon = fresh();
    const sheet = addon.sheet(M);
    sheet.moveColumns(sheet.getRange("D1"), 7); // COO dragged to the right of Department heads
    addon.edit(M, "D9", "R"); // the Chief of Staff (now in D) also owns row 9, where the COO holds A/R
    const { report, grid } = analyzeAndCheck(addon);
    expect(grid.roles.map((r) => r.name)).toEqual(["CEO", "Chief of Staff", "Department heads", "COO"]);
    expect(report.findings.find((f) => f.rule === "SHARED_OWNERSHIP")).toMatchObject({ cell: "B9" });
    expect(report.findings.find((f) => f.rule === "INVALID_CODE")?.cell).toBe("E10");
    addon.refresh(M);
    const after = analyzeAndCheck(addon);
    expect(after.grid.rows.find((r) => r.row === 9)?.status).toBe("COO and Chief of Staff both own it");
    expectStatusAgrees(after.grid, after.report);
  });

  it("the Area column deleted: the matrix is found from Initiative, and findings move one column left", () => {
    const addon = fresh();
    addon.sheet(M).deleteColumn(1);
    const { report, grid } = analyzeAndCheck(addon);
    expect(grid.nameColumn).toBe(1);
    expect(keys(report)).toEqual(baseFindings);
    expect(report.findings.find((f) => f.rule === "MULTIPLE_ACCOUNTABLE")?.cell).toBe("A11");
    expectStatusAgrees(grid, report);
    addon.refresh(M); // works without an Area column too
    const after = analyzeAndCheck(addon);
    expect(keys(after.report)).toEqual(baseFindings);
    expectStatusAgrees(after.grid, after.report);
  });

  it("the COO column deleted by hand: analysed without the owner pair, and Refresh clears Status of #REF!", () => {
    const addon = fresh();
    addon.sheet(M).deleteColumn(4);
    const { report } = analyzeAndCheck(addon);
    expect(report.findings.some((f) => f.rule === "SHARED_OWNERSHIP")).toBe(false);
    addon.refresh(M);
    const after = analyzeAndCheck(addon);
    expect(after.grid.rows.filter((r) => r.status.startsWith("#"))).toEqual([]);
    expectStatusAgrees(after.grid, after.report);
  });
});

describe("the sheet", () => {
  it("renamed: analysed under its new name with its settings; the old name is no longer found", () => {
    const addon = fresh();
    addon.app.saveMatrixSettings(M, { ownerPair: ["CEO", "COO"] });
    addon.sheet(M).setName("Ownership 2025");
    const { report } = analyzeAndCheck(addon, "Ownership 2025");
    expect(report.findings.find((f) => f.rule === "SHARED_OWNERSHIP")).toMatchObject({
      initiative: RUN,
      cell: "B11",
      message: expect.stringContaining("CEO and COO both own") as unknown,
    });
    expect(errorOf(() => addon.analyze(M)).message).toBe(`There is no sheet named "M" in this spreadsheet.`);
  });

  it("the active sheet is analysed when no name is given", () => {
    const addon = fresh();
    addon.sheet(M).activate();
    expect(addon.analyze().sheetName).toBe(M);
  });
});

describe("sheets that are not matrices", () => {
  let addon: Addon;
  beforeAll(() => {
    addon = fresh();
    const table = addon.emulator.spreadsheet.insertSheet("Budget");
    table.getRange("A1:C3").setValues([
      ["Item", "Owner", "Cost"],
      ["Laptops", "COO", 1200],
      ["Travel", "CEO", 800],
    ]);
    const noRoles = addon.emulator.spreadsheet.insertSheet("No roles");
    noRoles.getRange("A1:C2").setValues([
      ["Area", "Initiative", "Status"],
      ["Ops", "Something", ""],
    ]);
  });

  it.each([
    [
      "an empty sheet",
      "Sheet1",
      /^Sheet "Sheet1" is not a RACI matrix: no header row with "Initiative" and "Status"/,
    ],
    ["a random table", "Budget", /^Sheet "Budget" is not a RACI matrix/],
    [
      "a header without roles",
      "No roles",
      /^Sheet "No roles" has no role columns between "Initiative" and "Status"/,
    ],
    [
      "a sheet that does not exist",
      "No such sheet",
      /^There is no sheet named "No such sheet" in this spreadsheet\.$/,
    ],
  ])("%s gets a clear error naming the sheet", (_label, sheetName, message) => {
    const error = errorOf(() => addon.analyze(sheetName));
    expect(error.name).toBe("Error");
    expect(error.message).toMatch(message);
  });

  it("the active sheet, when it is not a matrix, gets the same error", () => {
    addon.sheet("Budget").activate();
    expect(errorOf(() => addon.analyze()).message).toMatch(/^Sheet "Budget" is not a RACI matrix/);
  });

  it("a matrix header pushed below row 50 is not searched for, and the error says so clearly", () => {
    const pushed = fresh();
    pushed.sheet(M).insertRowsBefore(1, 43);
    expect(errorOf(() => pushed.analyze(M)).message).toMatch(/^Sheet "M" is not a RACI matrix/);
  });
});
