/**
 * Sign-off (issue 26): markAgreed agrees the rows Check ticked in one batched, logged write through the write
 * path; Agreed by records who agreed, in the sidebar and in the sheet; a later code change keeps Decided on;
 * and with sign-off by both owners on, a row counts as agreed only once both owners agreed.
 */
import type { OpenRow } from "../../src/core/types";
import { executiveMatrix, type Addon } from "../helpers/addon";

// A Area · B Initiative · C CEO · D COO · E Chief of Staff · F Status · G Decision · H Decided on · I Agreed by ·
// J Notes; the people row on 9, the first initiative on 10.
function setup(): { addon: Addon; sheetName: string } {
  const made = executiveMatrix(
    [
      { name: "Budget", assignments: { CEO: "A", COO: "R" } },
      { name: "Board deck", assignments: { COO: "A", "Chief of Staff": "R" } },
      { name: "Vendors", assignments: { COO: "A/R" } },
    ],
    true,
  );
  made.addon.edit(made.sheetName, "D9:E9", [["Dana Lee", "Sam Roe"]]);
  return made;
}

const openRows = (addon: Addon, sheetName: string): OpenRow[] =>
  addon.app.analyzeMatrix(sheetName).agreement?.open ?? [];
const agree = (addon: Addon, sheetName: string, rows: OpenRow[], as: string | null) =>
  addon.app.markAgreed(sheetName, rows, as);
const row = (addon: Addon, sheetName: string, r: number) =>
  addon.sheet(sheetName).getRange(`G${r}:I${r}`).getValues()[0] as unknown[];
const isDate = (value: unknown) => Object.prototype.toString.call(value) === "[object Date]";

describe("markAgreed: several rows at once", () => {
  it("writes Decision, Decided on and Agreed by of every row ticked in one batch, and logs each cell", () => {
    const { addon, sheetName } = setup();
    const [budget, , vendors] = openRows(addon, sheetName);
    addon.emulator.calls.reset();
    expect(agree(addon, sheetName, [budget, vendors], "COO")).toEqual({
      sheetName,
      agreed: 2,
      already: 0,
      skipped: [],
      signedAs: "COO (Dana Lee)",
    });
    for (const r of [10, 12]) {
      const [decision, decided, agreedBy] = row(addon, sheetName, r);
      expect([decision, isDate(decided), agreedBy]).toEqual(["Agreed", true, "COO (Dana Lee)"]);
    }
    expect(row(addon, sheetName, 11)[0]).toBe("Proposed");
    // The same three cells of both rows: one RangeList per value, not a write per row.
    const { byMethod } = addon.emulator.calls;
    expect((byMethod["RangeList.setValue"] ?? 0) + (byMethod["Range.setValue"] ?? 0)).toBeLessThanOrEqual(3);
    const log = addon.sheet("RACI change log").getDataRange().getValues() as unknown[][];
    // Time · User · Matrix · Sheet id · Initiative · Role · Cell · Old · New · Change
    const decisions = log
      .filter((line) => line[5] === "Decision")
      .map((line) => [line[1], line[6], line[7], line[8]]);
    const by = "RACI Matrix for Sheets (agreed as COO (Dana Lee))";
    expect(decisions).toEqual([
      [by, "G10", "Proposed", "Agreed"],
      [by, "G12", "Proposed", "Agreed"],
    ]);
    expect(openRows(addon, sheetName).map((r) => r.initiative)).toEqual(["Board deck"]);
  });

  it("refuses the whole call, naming the cell, when a row changed since Check read it, and writes nothing", () => {
    const { addon, sheetName } = setup();
    const [budget, deck] = openRows(addon, sheetName);
    addon.edit(sheetName, "G11", "Disputed");
    expect(() => agree(addon, sheetName, [budget, deck], "COO")).toThrow(
      /^Nothing was changed: G11 says “Disputed” now, not “Proposed”/,
    );
    expect(row(addon, sheetName, 10)).toEqual(["Proposed", "", ""]);
  });

  it("never writes over a formula: a Decision someone computes is theirs, and its row is reported, not agreed", () => {
    const { addon, sheetName } = setup();
    addon.sheet(sheetName).getRange("G12").setFormula('=IF(C12="","Proposed","Proposed")');
    const [budget, , vendors] = openRows(addon, sheetName);
    const result = agree(addon, sheetName, [budget, vendors], "Chief of Staff");
    expect(result).toMatchObject({ agreed: 1, skipped: ["G12"] });
    expect(addon.sheet(sheetName).getRange("G12").getFormula()).toBe('=IF(C12="","Proposed","Proposed")');
    expect(row(addon, sheetName, 12).slice(1)).toEqual(["", ""]);
  });

  it("names an unnamed editor when the person did not say which role they agree as, and refuses an unknown role", () => {
    const { addon, sheetName } = setup();
    const [budget, deck] = openRows(addon, sheetName);
    expect(() => agree(addon, sheetName, [budget], "CFO")).toThrow(/no role "CFO"/);
    expect(agree(addon, sheetName, [deck], null).signedAs).toBe("unnamed editor");
    expect(row(addon, sheetName, 11)[2]).toBe("unnamed editor");
  });
});

describe("two people agreeing the same row at once", () => {
  it("the first agrees it; the second, who read it Proposed, is refused naming the cell, then adds their name", () => {
    const { addon, sheetName } = setup();
    const coosRead = openRows(addon, sheetName);
    const cosRead = openRows(addon, sheetName);
    agree(addon, sheetName, [coosRead[1]], "COO");
    expect(() => agree(addon, sheetName, [cosRead[1]], "Chief of Staff")).toThrow(
      /G11 says “Agreed” now, not “Proposed”: someone changed it since Check read it/,
    );
    // Checked again, the row reads Agreed: agreeing it now adds the second owner and keeps the first.
    const deck = { ...cosRead[1], decision: "Agreed" };
    expect(agree(addon, sheetName, [deck], "Chief of Staff")).toMatchObject({ agreed: 1 });
    expect(row(addon, sheetName, 11)[2]).toBe("COO (Dana Lee), Chief of Staff (Sam Roe)");
    expect(agree(addon, sheetName, [deck], "Chief of Staff")).toMatchObject({
      agreed: 0,
      already: 1,
    });
  });
});

describe("sign-off by both owners (a setting, off by default)", () => {
  it("keeps a row one owner agreed open, waiting for the other, until both agreed", () => {
    const { addon, sheetName } = setup();
    const [budget] = openRows(addon, sheetName);
    agree(addon, sheetName, [budget], "COO");
    expect(openRows(addon, sheetName).map((r) => r.initiative)).toEqual(["Board deck", "Vendors"]);

    addon.app.saveMatrixSettings(sheetName, { pairSignOff: true });
    const waiting = openRows(addon, sheetName)[0];
    expect(waiting).toMatchObject({
      initiative: "Budget",
      decision: "Agreed",
      waiting: "Agreed by COO (Dana Lee), waiting for Chief of Staff",
    });
    expect(addon.analyze(sheetName).agreement).toMatchObject({ agreed: 0, total: 3 });
    agree(addon, sheetName, [waiting], "Chief of Staff");
    expect(openRows(addon, sheetName).map((r) => r.initiative)).toEqual(["Board deck", "Vendors"]);
    expect(addon.analyze(sheetName).agreement).toMatchObject({ agreed: 1, total: 3 });
  });
});

describe("Agreed set in the sheet, and a later code change", () => {
  it("records the editor's role from the people row when Sheets gives their address, else their address or nobody", () => {
    const { addon, sheetName } = setup();
    const edit = (a1: string, value: string, user: string, revealUser: boolean) =>
      addon.emulator.editAsUser(addon.bundle, sheetName, a1, value, { user, revealUser });
    edit("G10", "Agreed", "dana.lee@example.com", true);
    expect(row(addon, sheetName, 10)[2]).toBe("COO (Dana Lee)");
    edit("G10", "Agreed", "sam@example.com", true); // typed over Agreed: a second owner agreeing
    expect(row(addon, sheetName, 10)[2]).toBe("COO (Dana Lee), Chief of Staff (Sam Roe)");
    edit("G11", "Agreed", "lee.other@example.org", true);
    expect(row(addon, sheetName, 11)[2]).toBe("lee.other@example.org");
    edit("G12", "Agreed", "dana.lee@example.com", false); // a simple trigger often gets no address
    expect(row(addon, sheetName, 12)[2]).toBe("unnamed editor");
    edit("G12", "Disputed", "dana.lee@example.com", true);
    expect(row(addon, sheetName, 12)[2]).toBe("");
  });

  it("keeps Decided on, the day the row was agreed, and gives the change its own day in Agreed by", () => {
    const { addon, sheetName } = setup();
    const [budget] = openRows(addon, sheetName);
    agree(addon, sheetName, [budget], "COO");
    const sheet = addon.sheet(sheetName);
    sheet.getRange("H10").setValue(new Date("2026-03-02T12:00:00Z")); // agreed at the last offsite
    addon.edit(sheetName, "D10", "C");
    const [decision, decided, agreedBy] = row(addon, sheetName, 10);
    expect(decision).toBe("Changed since agreed");
    expect((decided as Date).toISOString().slice(0, 10)).toBe("2026-03-02");
    expect(agreedBy).toMatch(/^COO \(Dana Lee\); codes changed \d{4}-\d\d-\d\d$/);
    expect(openRows(addon, sheetName)[0]).toMatchObject({
      initiative: "Budget",
      decision: "Changed since agreed",
    });
  });
});
