/**
 * Structural edits that respect what people did to the sheet (issue 22, finding 11): a role renamed keeps
 * its own charter; a column someone inserts between Initiative and the roles is theirs, not a role; and
 * Sort range over the people row does not turn it into an initiative.
 */
import { executiveMatrix } from "../helpers/addon";

const setup = (people = false) =>
  executiveMatrix(
    [
      { name: "Budget", assignments: { CEO: "A", COO: "R" } },
      { name: "Hiring", assignments: { CEO: "R", COO: "A", "Chief of Staff": "C" } },
      { name: "Board deck", assignments: { CEO: "A", "Chief of Staff": "R" } },
    ],
    people,
  );

describe("issue 22, finding 11", () => {
  it("22.11 a role rename carries its own charter", () => {
    const { addon, sheetName } = setup();
    addon.app.saveCharter(sheetName, "COO", ["Runs the plants", "Owns the supply chain"]);
    addon.app.renameRole(sheetName, "COO", "Ops lead");
    const charters = addon.app.getCharters(sheetName).roles;
    expect(charters.find((c) => c.role === "Ops lead")).toEqual({
      role: "Ops lead",
      lines: ["Runs the plants", "Owns the supply chain"],
      source: "matrix",
    });
  });

  it("22.11 a column inserted by hand between Initiative and the roles is not read as a role", () => {
    const { addon, sheetName } = setup();
    const sheet = addon.sheet(sheetName);
    sheet.insertColumnAfter(2);
    sheet.getRange("C8:C11").setValues([["Priority"], ["High"], ["Low"], ["High"]]);
    sheet.getRange("C8:C11").setBackground("#fff2cc");
    const report = addon.analyze(sheetName);
    expect(report.roles.map((r) => r.role)).toEqual(["CEO", "COO", "Chief of Staff"]);
    expect(report.findings.filter((f) => f.rule === "INVALID_CODE")).toEqual([]);
    addon.refresh(sheetName);
    expect(sheet.getRange("C8:C11").getValues().flat()).toEqual(["Priority", "High", "Low", "High"]);
    expect(sheet.getRange("C9").getDataValidation()).toBeNull();
    expect(sheet.getRange("C8:C11").getBackgrounds().flat()).toEqual(new Array(4).fill("#fff2cc"));
    expect(sheet.getRange("G9:G11").getValues().flat()).toEqual(["OK", "OK", "OK"]);
  });

  it("a role cannot take the name of a column that is no role (Notes, Owner, Task…): it would not read back as one", () => {
    const { addon, sheetName } = setup();
    expect(() => addon.app.addRole(sheetName, "Notes")).toThrow(/"Notes" names a column of its own/);
    expect(() => addon.app.renameRole(sheetName, "CEO", "Task")).toThrow(/"Task" names a column of its own/);
    expect(addon.analyze(sheetName).roles.map((r) => r.role)).toEqual(["CEO", "COO", "Chief of Staff"]);
  });

  it("22.11 Sort range over the people row does not turn it into an initiative", () => {
    const { addon, sheetName } = setup(true);
    addon.app.setPeople(sheetName, { CEO: "Ana Diaz", COO: "Ra", "Chief of Staff": "Sam Roe" }); // "Ra" reads like a code
    const sheet = addon.sheet(sheetName);
    // Data › Sort range over the people row and the initiatives, by Initiative: "Held by" lands among them.
    sheet.getRange("A9:I12").sort(2);
    expect(sheet.getRange("B9:B12").getValues().flat()).toEqual([
      "Board deck",
      "Budget",
      "Held by",
      "Hiring",
    ]);
    const report = addon.analyze(sheetName);
    expect(report.findings.filter((f) => f.initiative === "Held by")).toEqual([]);
    expect(report.findings.filter((f) => f.rule === "INVALID_CODE")).toEqual([]);
    expect(report.roles.map((r) => r.heldBy)).toEqual(["Ana Diaz", "Ra", "Sam Roe"]);
    addon.refresh(sheetName);
    expect(sheet.getRange("C11:E11").getValues()).toEqual([["Ana Diaz", "Ra", "Sam Roe"]]);
    expect(sheet.getRange("F11").getValue()).toBe("");
    expect(sheet.getRange("C11").getDataValidation()).toBeNull();
  });
});
