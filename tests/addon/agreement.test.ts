/**
 * The agreement of each initiative (issue 15): Decision (Proposed, Agreed, Disputed), the date it was last
 * set, and Notes, right of Status. onEdit dates a Decision set by hand and turns an Agreed row whose codes
 * change into "Changed since agreed", in one write, with the change in the log.
 */
import { type Addon, loadAddon } from "../helpers/addon";
import { FIRST, OWNED, cells, describedMatrix, logRows, setup } from "../helpers/fixtures";

// A Area · B Initiative · C CEO · D COO · E Chief of Staff · F Status · G Decision · H Decided on · I Agreed by · J Notes
const owned = () => setup({ initiatives: OWNED });

// By tag, not instanceof: the bundle runs in another realm (node:vm) than the test's Date.
const isDate = (value: unknown) => Object.prototype.toString.call(value) === "[object Date]";

/** The log's Cell, Old and New of the Decision changes, oldest first. */
function decisionLog(addon: Addon): string[][] {
  return logRows(addon)
    .filter((row) => row[5] === "Decision")
    .map((row) => [row[6], row[7], row[8]].map(String));
}

describe("the agreement columns of a new matrix", () => {
  it("has Decision, Decided on, Agreed by and Notes right of Status, every initiative Proposed and no date yet", () => {
    const { addon, sheetName } = owned();
    expect(cells(addon, sheetName, "F8:J8")).toEqual([
      ["Status", "Decision", "Decided on", "Agreed by", "Notes"],
    ]);
    expect(cells(addon, sheetName, `G${FIRST}:H${FIRST + 3}`)).toEqual([
      ["Proposed", ""],
      ["Proposed", ""],
      ["Proposed", ""],
      ["", ""], // a spare row: no initiative, no decision
    ]);
  });

  it("offers Proposed, Agreed, Disputed and the add-on's own Changed since agreed in warning mode (no red corner on it): a value outside the list is kept", () => {
    const { addon, sheetName } = owned();
    const rule = addon.sheet(sheetName).getRange(`G${FIRST}`).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(["Proposed", "Agreed", "Disputed", "Changed since agreed"]);
    expect(rule?.getAllowInvalid()).toBe(true);
    addon.edit(sheetName, `G${FIRST}`, "Parked");
    expect(cells(addon, sheetName, `G${FIRST}`)).toEqual([["Parked"]]);
  });
});

describe("the agreement cycle on onEdit", () => {
  it("Proposed → Agreed → a code changes → Changed since agreed → Agreed again, dated and logged", () => {
    const { addon, sheetName } = owned();
    addon.edit(sheetName, `G${FIRST}`, "Agreed");
    const [[, agreedOn]] = cells(addon, sheetName, `G${FIRST}:H${FIRST}`);
    expect(isDate(agreedOn)).toBe(true);

    addon.edit(sheetName, `D${FIRST}`, "c"); // COO's R becomes C
    expect(cells(addon, sheetName, `D${FIRST}:G${FIRST}`)[0]).toEqual([
      "C",
      "",
      "No one responsible",
      "Changed since agreed",
    ]);
    expect(isDate(cells(addon, sheetName, `H${FIRST}`)[0][0])).toBe(true);
    // The other rows were not agreed: a code change leaves their decision alone.
    addon.edit(sheetName, `E${FIRST + 1}`, "I");
    expect(cells(addon, sheetName, `G${FIRST + 1}`)).toEqual([["Proposed"]]);

    addon.edit(sheetName, `G${FIRST}`, "Agreed");
    expect(cells(addon, sheetName, `G${FIRST}`)).toEqual([["Agreed"]]);
    expect(decisionLog(addon)).toEqual([
      [`G${FIRST}`, "Proposed", "Agreed"],
      [`G${FIRST}`, "Agreed", "Changed since agreed"],
      [`G${FIRST}`, "Changed since agreed", "Agreed"],
    ]);
  });

  it("keeps a date typed by hand in Decided on, and clears the date when the Decision is cleared", () => {
    const { addon, sheetName } = owned();
    addon.edit(sheetName, `H${FIRST}`, "early March, per the board");
    expect(cells(addon, sheetName, `G${FIRST}:H${FIRST}`)).toEqual([
      ["Proposed", "early March, per the board"],
    ]);
    addon.edit(sheetName, `G${FIRST}:H${FIRST}`, [["Agreed", "2026-03-02"]]); // pasted together: the date stands
    const [[decision, date]] = cells(addon, sheetName, `G${FIRST}:H${FIRST}`);
    expect(decision).toBe("Agreed");
    // The pasted date stands (as text, or as the date Sheets parsed it into), not the time of the edit.
    const march = isDate(date) ? (date as Date).getUTCMonth() === 2 : date === "2026-03-02";
    expect(march).toBe(true);
    addon.edit(sheetName, `G${FIRST}`, "");
    expect(cells(addon, sheetName, `G${FIRST}:H${FIRST}`)).toEqual([["", ""]]);
  });

  it("keeps an Agreed row agreed when a code is retyped as what it already was (an alias of it too)", () => {
    const { addon, sheetName } = owned();
    addon.edit(sheetName, `G${FIRST}`, "Agreed");
    addon.edit(sheetName, `C${FIRST}`, "accountable");
    expect(cells(addon, sheetName, `G${FIRST}`)).toEqual([["Agreed"]]);
  });

  it("turns every Agreed row of a pasted block of codes into Changed since agreed, and only those", () => {
    const { addon, sheetName } = owned();
    addon.edit(sheetName, `G${FIRST}`, "Agreed");
    addon.edit(sheetName, `G${FIRST + 2}`, "Agreed");
    addon.edit(sheetName, `C${FIRST}:E${FIRST + 2}`, [
      ["A", "R", "I"],
      ["R", "A", "I"],
      ["A", "I", "R"],
    ]);
    expect(cells(addon, sheetName, `G${FIRST}:G${FIRST + 2}`)).toEqual([
      ["Changed since agreed"],
      ["Proposed"],
      ["Changed since agreed"],
    ]);
  });

  // The agreement cells' formulas are read (a formula there is someone's, never replaced), Decision and Agreed
  // by are written (Decided on keeps the day it was agreed), the day is read in the spreadsheet's time zone,
  // and the reopening has a log line of its own.
  it("costs eight calls more on an Agreed row's code edit than on a Proposed row's", () => {
    const calls = (agreed: boolean) => {
      const { addon, sheetName } = owned();
      if (agreed) addon.edit(sheetName, `G${FIRST}`, "Agreed");
      addon.edit(sheetName, `E${FIRST + 2}`, "I"); // the log sheet exists from here on
      addon.emulator.calls.reset();
      addon.edit(sheetName, `D${FIRST}`, "c");
      return addon.emulator.calls.total;
    };
    expect(calls(true)).toBe(calls(false) + 8);
  });
});

describe("the agreement columns stay with their rows", () => {
  it("sorting the matrix's rows by Decision keeps each row's codes, decision, date and notes together", () => {
    const { addon, sheetName } = owned();
    addon.edit(sheetName, `G${FIRST + 1}`, "Agreed");
    addon.edit(sheetName, `I${FIRST + 1}`, "=SUM(1,2) is how the COO put it");
    addon.edit(sheetName, `I${FIRST + 2}`, "Board asked for it");
    const before = cells(addon, sheetName, `B${FIRST}:I${FIRST + 2}`);
    addon
      .sheet(sheetName)
      .getRange(`A${FIRST}:I${FIRST + 2}`)
      .sort({ column: 7, ascending: true });
    const after = cells(addon, sheetName, `B${FIRST}:I${FIRST + 2}`);
    expect(after[0][0]).toBe("Hiring"); // "Agreed" sorts first
    const key = (row: unknown[]) => JSON.stringify([row[0], row[1], row[2], row[3], row[5], row[7]]);
    expect(after.map(key).sort()).toEqual(before.map(key).sort());
  });
});

describe("addAgreementColumns on a matrix made before them", () => {
  function oldMatrix() {
    const { addon, sheetName } = owned();
    const sheet = addon.sheet(sheetName);
    sheet.deleteColumns(7, 4);
    addon.refresh(sheetName);
    sheet.getRange("H12").setValue("my own note"); // the users' cell right of the matrix
    return { addon, sheetName };
  }

  it("works without them until asked: onEdit and Refresh leave the columns right of Status alone", () => {
    const { addon, sheetName } = oldMatrix();
    addon.edit(sheetName, `D${FIRST}`, "c");
    // Only the hidden check column, which Refresh gives every matrix made before it, stands right of Status.
    expect(cells(addon, sheetName, "G8:I8")).toEqual([["RACI check", "", ""]]);
    expect(addon.sheet(sheetName).isColumnHiddenByUser(7)).toBe(true);
    expect(cells(addon, sheetName, "H12")).toEqual([["my own note"]]);
  });

  it("inserts Decision, Decided on, Agreed by and Notes after Status, every initiative Proposed, users' cells moved along", () => {
    const { addon, sheetName } = oldMatrix();
    // What Settings reads to offer the columns, before and after.
    const offered = () => describedMatrix(addon, sheetName).agreement;
    expect(offered()).toBe(false);
    addon.app.addAgreementColumns(sheetName);
    expect(offered()).toBe(true);
    expect(cells(addon, sheetName, "F8:J8")).toEqual([
      ["Status", "Decision", "Decided on", "Agreed by", "Notes"],
    ]);
    expect(cells(addon, sheetName, `G${FIRST}:G${FIRST + 3}`)).toEqual([
      ["Proposed"],
      ["Proposed"],
      ["Proposed"],
      [""],
    ]);
    expect(cells(addon, sheetName, "L12")).toEqual([["my own note"]]);
    expect(addon.sheet(sheetName).getRange(`G${FIRST}`).getDataValidation()?.getAllowInvalid()).toBe(true);
    expect(() => addon.app.addAgreementColumns(sheetName)).toThrow(/already has/);
  });
});

describe("highlighting of the Decision cells (conditional formats evaluated by HyperFormula)", () => {
  const decisionColour = (addon: Addon, sheetName: string, row: number) =>
    addon.emulator.highlights(sheetName, `G${row}`).map((h) => h.background)[0];

  it("marks Disputed, Changed since agreed and a value outside the list; Proposed, Agreed and Status stay as they were", () => {
    const { addon, sheetName } = owned();
    expect(decisionColour(addon, sheetName, FIRST)).toBeUndefined(); // Proposed
    const status = cells(addon, sheetName, `F${FIRST}:F${FIRST + 2}`);
    addon.edit(sheetName, `G${FIRST}`, "Disputed");
    addon.edit(sheetName, `G${FIRST + 1}`, "Agreed");
    addon.edit(sheetName, `G${FIRST + 2}`, "Parked");
    expect(decisionColour(addon, sheetName, FIRST)).toBe("#f4b6a0");
    expect(decisionColour(addon, sheetName, FIRST + 1)).toBeUndefined();
    expect(decisionColour(addon, sheetName, FIRST + 2)).toBe("#f0e442");
    addon.edit(sheetName, `E${FIRST + 1}`, "I");
    expect(decisionColour(addon, sheetName, FIRST + 1)).toBe("#e8c8dc");
    // Status is about the codes only: the Decision changes left it as it was.
    expect(cells(addon, sheetName, `F${FIRST}:F${FIRST + 2}`)).toEqual(status);
  });

  it("the COO vs Chief of Staff template starts with every initiative Proposed and nothing highlighted", () => {
    const addon = loadAddon();
    const { sheetName, initiatives } = addon.generate({ template: "coo-cos" });
    // coo-cos: A Area · B Initiative · C..F four roles · G Status · H Decision · I Decided on · J Agreed by · K Notes
    expect(cells(addon, sheetName, "G8:K8")).toEqual([
      ["Status", "Decision", "Decided on", "Agreed by", "Notes"],
    ]);
    const decisions = cells(addon, sheetName, `H${FIRST}:H${FIRST + initiatives - 1}`).map((r) => r[0]);
    expect(new Set(decisions)).toEqual(new Set(["Proposed"]));
    expect(addon.emulator.highlights(sheetName, `H${FIRST}:J${FIRST + initiatives + 19}`)).toEqual([]);
    expect(addon.analyze(sheetName).agreement).toMatchObject({ agreed: 0, total: initiatives });
  });
});
