/**
 * What a first-time user met on the server side (issue 14): the change token the sidebar watches, "Check this
 * matrix" on a sheet that is not a matrix, and role names capped at a header's width.
 */
import { loadAddon } from "../helpers/addon";

const ROLES = ["CEO", "COO", "Chief of Staff"];

function withMatrix() {
  const addon = loadAddon();
  const { sheetName } = addon.generate({
    template: "blank",
    title: "M",
    roles: ROLES,
    initiatives: [{ name: "Pricing", area: "Growth", assignments: { CEO: "A", COO: "R" } }],
  });
  addon.sheet(sheetName).activate();
  return { addon, sheetName, token: () => addon.app.getChangeToken() };
}

describe("getChangeToken", () => {
  it("stays the same while nothing changes, and moves when a person edits a code", () => {
    const { addon, sheetName, token } = withMatrix();
    const before = token();
    expect(token()).toBe(before);
    addon.analyze(sheetName); // reading changes nothing
    expect(token()).toBe(before);
    addon.edit(sheetName, "D9", "C");
    expect(token()).not.toBe(before);
  });

  it("moves when another window renames a role, changes the settings, or another sheet becomes active", () => {
    const { addon, sheetName, token } = withMatrix();
    const start = token();
    addon.app.renameRole(sheetName, "Chief of Staff", "CoS", false);
    const renamed = token();
    expect(renamed).not.toBe(start);
    addon.app.saveMatrixSettings(sheetName, {
      ownerPair: ["CEO", "COO"],
      maxResponsible: 2,
      maxConsulted: 3,
      maxInformed: 5,
      overloadShare: 0.6,
      overloadMinInitiatives: 4,
    });
    const saved = token();
    expect(saved).not.toBe(renamed);
    addon.emulator.spreadsheet.insertSheet("Notes").activate();
    expect(token()).not.toBe(saved);
  });

  it("answers in a few bytes and a few calls, whatever the size, where a full analysis grows", () => {
    const addon = loadAddon();
    const roles = Array.from({ length: 20 }, (_, i) => `Role ${i + 1}`);
    const { sheetName } = addon.generate({
      template: "blank",
      title: "Large",
      roles,
      initiatives: Array.from({ length: 500 }, (_, i) => ({ name: `Initiative ${i + 1}`, area: "A" })),
    });
    addon.sheet(sheetName).activate();
    addon.emulator.calls.reset();
    const token = addon.app.getChangeToken();
    const tokenCalls = addon.emulator.calls.total;
    const report = addon.analyze(sheetName);
    const reportBytes = JSON.stringify(report).length;
    console.log(
      `500 × 20 matrix: change token ${token.length} bytes in ${tokenCalls} calls; analysis ${reportBytes} bytes`,
    );
    expect(tokenCalls).toBeLessThanOrEqual(8);
    expect(token.length).toBeLessThan(24);
    expect(reportBytes).toBeGreaterThan(100 * token.length);
  });
});

describe("Check this matrix", () => {
  it("opens the sidebar on Check, with no dialog, when the active sheet is not a matrix", () => {
    const addon = loadAddon();
    addon.app.menuCheckMatrix();
    expect(addon.emulator.ui.alerts).toEqual([]);
    expect(addon.emulator.ui.sidebar?.title).toBe("RACI Matrix for Sheets");
    expect(addon.app.getSidebarState()).toMatchObject({ view: "check", matrix: null });
  });
});

describe("role names are capped at 60 characters, a header's width", () => {
  it("refuses a longer role in a new matrix, naming the field and the limit", () => {
    const addon = loadAddon();
    expect(() => addon.generate({ template: "blank", roles: ["CEO", "x".repeat(61)] })).toThrow(
      /roles\[1\]: Role name is too long \(61 characters; the limit is 60\)/,
    );
    expect(addon.generate({ template: "blank", roles: ["CEO", "x".repeat(60)] }).roles[1]).toHaveLength(60);
  });

  it("refuses a longer name when a role is added or renamed, changing nothing", () => {
    const { addon, sheetName } = withMatrix();
    const before = addon.sheet(sheetName).getDataRange().getValues();
    expect(() => addon.app.addRole(sheetName, "y".repeat(61))).toThrow(
      /role: Role name is too long \(61 characters; the limit is 60\)/,
    );
    expect(() => addon.app.renameRole(sheetName, "CEO", "y".repeat(61), false)).toThrow(
      /to: New role name is too long \(61 characters; the limit is 60\)/,
    );
    expect(addon.sheet(sheetName).getDataRange().getValues()).toEqual(before);
  });
});

describe("the summary's overloaded share", () => {
  it("has a role column wide enough for “100% overloaded” and an entry of its colour in the key", () => {
    const addon = loadAddon();
    const { sheetName } = addon.generate({
      template: "blank",
      title: "Busy",
      roles: ["CEO", "COO"],
      initiatives: Array.from({ length: 5 }, (_, i) => ({
        name: `Initiative ${i + 1}`,
        assignments: { CEO: "A/R" },
      })),
    });
    const sheet = addon.sheet(sheetName);
    const values = sheet.getDataRange().getDisplayValues();
    const ownsRow = values.findIndex((row) => row.includes("100% overloaded")) + 1;
    expect(ownsRow).toBeGreaterThan(0);
    const ceoColumn = values[ownsRow - 1].indexOf("100% overloaded") + 1;
    // The summary cell turns the overloaded colour…
    const [highlight] = addon.emulator.highlights(
      sheetName,
      sheet.getRange(ownsRow, ceoColumn).getA1Notation(),
    );
    expect(highlight?.background).toBe("#d99bc4");
    // …which the colour key, in the Status column above the header, names.
    const statusColumn = values.find((row) => row.includes("Status"))?.indexOf("Status") ?? -1;
    const keyCells = values.map((row, r) => ({ r, text: row[statusColumn] })).filter((c) => c.text);
    const key = keyCells.find((c) => c.text === "Role overloaded (share owned)");
    expect(key).toBeDefined();
    expect(sheet.getRange((key?.r ?? 0) + 1, statusColumn + 1).getBackground()).toBe("#d99bc4");
    // 15 characters at 10 pt, about 7 px each in Arial, with the cell's padding: 120 px, not 96.
    expect(sheet.getColumnWidth(ceoColumn)).toBeGreaterThanOrEqual(110);
  });
});

describe("the history after changes made from the sidebar", () => {
  it("records role and initiative changes, and shows earlier codes under today's role name and cell", () => {
    const addon = loadAddon();
    const { sheetName } = addon.generate({
      template: "blank",
      title: "M",
      roles: ["CEO", "CFO"],
      initiatives: [
        { name: "Hiring", area: "People" },
        { name: "Pricing", area: "Growth" },
      ],
    });
    addon.sheet(sheetName).activate();
    addon.edit(sheetName, "D10", "A"); // CFO accountable for Pricing (row 10)
    addon.app.renameRole(sheetName, "CFO", "Finance", false);
    addon.app.moveInitiative(sheetName, "Pricing", "up");
    addon.app.addRole(sheetName, "COO");
    addon.app.addInitiative(sheetName, "Budget", "Growth");

    const pricing = addon.app.getChangeLog(sheetName, "Pricing");
    expect(pricing.map((l) => l.change)).toEqual([
      'Role "COO" was added',
      'Initiative "Pricing" was moved up',
      'Role "CFO" was renamed "Finance"',
      "",
    ]);
    // The typed code: under the role's name today, at the cell where it is now (Pricing moved to row 9).
    expect(pricing[3]).toMatchObject({ role: "Finance", cell: "D9", new: "A" });
    expect(addon.sheet(sheetName).getRange("D9").getValue()).toBe("A");

    // Another initiative's history has the matrix-wide changes, not Pricing's move or Budget's arrival.
    const hiring = addon.app.getChangeLog(sheetName, "Hiring");
    expect(hiring.map((l) => l.change)).toEqual(['Role "COO" was added', 'Role "CFO" was renamed "Finance"']);

    addon.app.removeInitiative(sheetName, "Budget");
    addon.app.removeRole(sheetName, "COO");
    const all = addon.app.getChangeLog(sheetName);
    expect(all.slice(0, 2).map((l) => l.change)).toEqual([
      'Role "COO" was removed',
      'Initiative "Budget" was removed',
    ]);
  });
});
