/**
 * The onEdit simple trigger (AuthMode.LIMITED, 30 s, user edits only:
 * https://developers.google.com/apps-script/guides/triggers): canonical codes for single cells and pasted
 * blocks, touching only the edited cells; nothing outside a matrix; never throwing; a fixed number of calls.
 */
import type { Addon } from "../helpers/addon";
import { FIRST, LOG_SHEET_NAME, setup } from "../helpers/fixtures";

const value = (addon: Addon, sheetName: string, a1: string) => addon.sheet(sheetName).getRange(a1).getValue();

describe("onEdit canonicalises codes typed into code cells", () => {
  it.each([
    ["ra", "A/R"],
    [" r / a ", "A/R"],
    ["A+R", "A/R"],
    ["responsible", "R"],
    ["Accountable", "A"],
    ["c", "C"],
    ["informed", "I"],
    ["a", "A"],
  ])("%j becomes %j", (typed, canonical) => {
    const { addon, sheetName } = setup();
    addon.edit(sheetName, `D${FIRST}`, typed);
    expect(value(addon, sheetName, `D${FIRST}`)).toBe(canonical);
  });

  it("leaves invalid text exactly as typed, for the highlighting to flag", () => {
    const { addon, sheetName } = setup();
    addon.edit(sheetName, `D${FIRST}`, "maybe");
    expect(value(addon, sheetName, `D${FIRST}`)).toBe("maybe");
  });

  it("rewrites a pasted block in one write, and only the cells that need it", () => {
    const { addon, sheetName } = setup();
    addon.edit(sheetName, `C${FIRST}:E${FIRST + 1}`, [
      ["ra", "x", "c"],
      ["I", "", "Responsible"],
    ]);
    expect(
      addon
        .sheet(sheetName)
        .getRange(`C${FIRST}:E${FIRST + 1}`)
        .getValues(),
    ).toEqual([
      ["A/R", "x", "C"],
      ["I", "", "R"],
    ]);
  });

  it("touches only the code cells of a paste that also covers names", () => {
    const { addon, sheetName } = setup();
    addon.edit(sheetName, `B${FIRST}:D${FIRST}`, [["responsible budget", "ra", "c"]]);
    const sheet = addon.sheet(sheetName);
    expect(sheet.getRange(`B${FIRST}:D${FIRST}`).getValues()).toEqual([["responsible budget", "A/R", "C"]]);
  });

  it("keeps a formula pasted into code cells as a formula", () => {
    const { addon, sheetName } = setup();
    addon.edit(sheetName, `C${FIRST}:D${FIRST}`, [['=IF(TRUE,"A","R")', "ra"]]);
    const sheet = addon.sheet(sheetName);
    expect(sheet.getRange(`C${FIRST}`).getFormula()).toBe('=IF(TRUE,"A","R")');
    expect(sheet.getRange(`D${FIRST}`).getValue()).toBe("A/R");
  });

  it("ignores edits outside the code cells: names, the header, another sheet", () => {
    const { addon, sheetName } = setup();
    addon.edit(sheetName, `B${FIRST}`, "ra");
    expect(value(addon, sheetName, `B${FIRST}`)).toBe("ra");
    addon.edit(sheetName, "C8", "ra");
    expect(value(addon, sheetName, "C8")).toBe("ra");
    addon.edit("Sheet1", "A1", "ra");
    expect(value(addon, "Sheet1", "A1")).toBe("ra");
  });

  it("finds the matrix after rows were inserted above it", () => {
    const { addon, sheetName } = setup();
    addon.sheet(sheetName).insertRowsBefore(1, 3);
    addon.edit(sheetName, `D${FIRST + 3}`, "ra");
    expect(value(addon, sheetName, `D${FIRST + 3}`)).toBe("A/R");
  });

  it("never throws, even when a service fails: it logs the failure for the Executions page", () => {
    const errors: string[] = [];
    const quiet = { ...console, error: (...args: unknown[]) => void errors.push(args.join(" ")) };
    const { addon, sheetName } = setup({
      console: quiet,
      roles: ["CEO", "COO"],
      initiatives: [{ name: "X" }],
    });
    for (let n = 1; n <= 12; n++) {
      addon.emulator.failOnCall(n);
      expect(() => addon.edit(sheetName, `D${FIRST}`, "ra")).not.toThrow();
    }
    expect(errors.length).toBeGreaterThan(0);
    // A failure of the change log alone is reported as such: the code was rewritten all the same.
    expect(
      errors.every((line) =>
        /^(onEdit|The change log was not written): (Service Spreadsheets failed|We're sorry, a server error)/.test(
          line,
        ),
      ),
    ).toBe(true);
    addon.emulator.failOnCall(null);
    expect(() => addon.app.onEdit(undefined)).not.toThrow();
    expect(() => addon.bundle.onEdit({})).not.toThrow();
  });

  it("costs the same few calls on a 10-row and a 2,000-row matrix, for one cell and for a 100-cell paste", () => {
    const calls = (rows: number, a1: string, values: unknown) => {
      const { addon, sheetName } = setup({ initiatives: rows });
      addon.edit(sheetName, "C9", "A"); // the log sheet exists from here on
      addon.emulator.calls.reset();
      addon.edit(sheetName, a1, values);
      return addon.emulator.calls.total;
    };
    const single = calls(10, "D10", "ra");
    expect(calls(2000, "D10", "ra")).toBe(single);
    // the range's numbers, header read, the sheet's mark, the name column (the extent), row read, the formula
    // check and rewrite, the log row under the lock and its length (the log's cap)
    expect(single).toBeLessThanOrEqual(28);
    const block = Array.from({ length: 34 }, () => ["ra", "c", "i"]);
    expect(calls(2000, "C10:E43", block)).toBe(calls(40, "C10:E43", block));
  });
});

describe("the change log", () => {
  it("records a single-cell edit with the old and new value, the user, initiative and role", () => {
    const { addon, sheetName } = setup();
    addon.edit(sheetName, `D${FIRST}`, "A");
    addon.emulator.editAsUser(addon.bundle, sheetName, `D${FIRST}`, "ra", {
      user: "coo@example.com",
      revealUser: true, // a same-domain editor (https://developers.google.com/apps-script/reference/base/user)
    });
    const log = addon.app.getChangeLog(sheetName, "Initiative 1");
    expect(log[0]).toMatchObject({
      old: "A",
      new: "A/R",
      role: "COO",
      cell: `D${FIRST}`,
      user: "coo@example.com",
    });
    expect(log[1]).toMatchObject({ old: "", new: "A" });
  });

  it("records a blank user when the trigger gets no address, as simple triggers usually do (reference/base/user)", () => {
    const { addon, sheetName } = setup();
    addon.emulator.editAsUser(addon.bundle, sheetName, `D${FIRST}`, "A", { user: "coo@example.com" });
    const log = addon.app.getChangeLog(sheetName, "Initiative 1");
    expect(log[0]).toMatchObject({ user: "", new: "A" });
  });

  it("records each cell of a pasted block, saying Apps Script gives no old value", () => {
    const { addon, sheetName } = setup();
    addon.edit(sheetName, `C${FIRST}:D${FIRST + 1}`, [
      ["a", "r"],
      ["c", "i"],
    ]);
    const log = addon.app.getChangeLog(sheetName);
    expect(log).toHaveLength(4);
    expect(log.map((entry) => entry.new).sort()).toEqual(["A", "C", "I", "R"]);
    expect(log.every((entry) => entry.old === "(not given for pasted blocks)")).toBe(true);
  });

  it("keeps the log sheet hidden and leaves the user on their sheet", () => {
    const { addon, sheetName } = setup();
    addon.edit(sheetName, `D${FIRST}`, "A");
    const log = addon.emulator.spreadsheet.getSheetByName(LOG_SHEET_NAME);
    expect(log?.isSheetHidden()).toBe(true);
    expect(addon.emulator.spreadsheet.getActiveSheet().getName()).toBe(sheetName);
  });
});
