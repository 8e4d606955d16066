/**
 * Issue 11, case by case: the add-on writes only into what it made. Users' notes, formats, rules and
 * look-alike tables are never rewritten, and a change that would cost a user's cell is refused, naming it,
 * with nothing changed. The property suite (user-content.property.test.ts) checks the same at random.
 */
import { loadAddon, type Addon } from "../helpers/addon";
import { LOG_SHEET_NAME } from "../helpers/fixtures";
import {
  addLookAlike,
  addUserRule,
  fingerprint,
  LOOK_ALIKE,
  sheetOf,
  workbook,
  writeUserCells,
} from "./user-content";

const M = "M"; // the COO vs Chief of Staff template: header row 8, initiatives 9–17, spare rows to 37, Status in G

function fresh(): Addon {
  const addon = loadAddon({ user: "a@x.com" });
  addon.generate({ title: M });
  return addon;
}

const errorOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the call to be refused");
};

const legendCount = (addon: Addon): number =>
  sheetOf(addon, M)
    .getDataRange()
    .getValues()
    .flat()
    .filter((v) => v === "One A and at least one R per initiative; A/R counts as both.").length;

describe("1. a look-alike table is never written (Tracker: Initiative | COO | Status)", () => {
  it("rename everywhere skips it, refresh and structural changes refuse it, onEdit leaves it alone", () => {
    const addon = fresh();
    addLookAlike(addon);
    const before = JSON.stringify(addon.emulator.toJSON().sheets.find((s) => s.name === LOOK_ALIKE));
    const result = addon.app.renameRole(M, "COO", "Chief Operating Officer", true);
    expect(result.alsoRenamedIn).toEqual([]);
    for (const run of [
      () => addon.refresh(LOOK_ALIKE),
      () => addon.app.addRole(LOOK_ALIKE, "CFO"),
      () => addon.app.renameRole(LOOK_ALIKE, "COO", "Ops"),
      () => addon.app.addInitiative(LOOK_ALIKE, "New"),
      () => addon.app.saveMatrixSettings(LOOK_ALIKE, { maxResponsible: 2 }),
    ]) {
      expect(errorOf(run)).toMatch(
        /"Tracker" looks like a RACI table, but the add-on did not make it.*Adopt/,
      );
    }
    addon.edit(LOOK_ALIKE, "B5", "ra");
    addon.edit(LOOK_ALIKE, "C2", "Late: still");
    expect(sheetOf(addon, LOOK_ALIKE).getRange("B5:C5").getValues()).toEqual([["ra", ""]]);
    expect(sheetOf(addon, LOOK_ALIKE).getRange("C2").getValue()).toBe("Late: still");
    addon.edit(LOOK_ALIKE, "C2", "Late: vendor slipped 3 weeks");
    addon.edit(LOOK_ALIKE, "B5", "");
    const after = JSON.stringify(addon.emulator.toJSON().sheets.find((s) => s.name === LOOK_ALIKE));
    expect(after).toBe(before);
  });

  it("is analysed read-only, and the sidebar offers to adopt it", () => {
    const addon = fresh();
    addLookAlike(addon);
    const before = workbook(addon);
    expect(addon.analyze(LOOK_ALIKE).findings.length).toBeGreaterThan(0);
    const state = addon.app.describeActiveSheet(LOOK_ALIKE);
    expect(state).toMatchObject({ matrix: null, adoptable: true });
    expect(workbook(addon)).toBe(before);
  });
});

describe("2. the matrix ends at its last initiative and its spare rows", () => {
  const operations: [string, (addon: Addon) => unknown][] = [
    ["refresh", (a) => a.refresh(M)],
    ["settings", (a) => a.app.saveMatrixSettings(M, { maxResponsible: 2 })],
    ["add role", (a) => a.app.addRole(M, "CFO")],
    ["rename role", (a) => a.app.renameRole(M, "CEO", "Chief Executive")],
    ["remove role", (a) => a.app.removeRole(M, "Department heads")],
    ["add initiative", (a) => a.app.addInitiative(M, "Pricing", "Growth")],
    ["move initiative", (a) => a.app.moveInitiative(M, "Improve processes and efficiency", "down")],
    ["remove initiative", (a) => a.app.removeInitiative(M, "Improve processes and efficiency")],
  ];
  it.each(operations)(
    "%s leaves a note 20 rows below the matrix, a yellow note and far text as they are",
    (_n, run) => {
      const addon = fresh();
      // Row 57: 20 rows below the last spare row (37). Notes in Status and beside; text in Initiative further down.
      writeUserCells(addon, M, [
        { tag: "u1", row: 57, column: 7, note: "ask Sam" },
        { tag: "u2", row: 58, column: 2, background: "#ffff00" },
        { tag: "u3", row: 80, column: 2 },
        { tag: "u4", row: 80, column: 9, fontColor: "#cc0000" },
      ]);
      sheetOf(addon, M).getRange("G57").setValue("Waiting on legal"); // typed in the Status column, below
      const before = fingerprint(addon, M);
      run(addon);
      expect(fingerprint(addon, M)).toEqual(before);
      const sheet = sheetOf(addon, M);
      const texts = sheet.getDataRange().getValues().flat();
      expect(texts).toContain("Waiting on legal");
      expect(addon.analyze(M).findings.some((f) => f.initiative === "u3")).toBe(false);
      // Nothing of the add-on's below its extent: no Status formula, no dropdown, no band.
      const formulas = sheet.getRange(45, 7, 40, 1).getFormulas().flat();
      expect(formulas.every((f) => f === "")).toBe(true);
      expect(sheet.getRange(58, 3).getDataValidation()).toBeNull();
    },
  );
});

describe("3. users' highlighting rules survive a refresh, in their order, after the add-on's", () => {
  it("keeps two user rules on the matrix's sheet", () => {
    const addon = fresh();
    writeUserCells(addon, M, [
      { tag: "u1", row: 9, column: 9 },
      { tag: "u2", row: 12, column: 10 },
    ]);
    addUserRule(addon, M, "I9", "urgent", "#ff0000");
    addUserRule(addon, M, "J12", "late", "#00ff00");
    const before = fingerprint(addon, M);
    addon.refresh(M);
    addon.app.addRole(M, "CFO");
    addon.app.saveMatrixSettings(M, { maxResponsible: 1 });
    expect(fingerprint(addon, M)).toEqual(before);
    const rules = sheetOf(addon, M).getConditionalFormatRules();
    const users = rules.filter((r) => String(r.getBooleanCondition()?.getCriteriaType()) === "TEXT_CONTAINS");
    expect(users.map((r) => r.getBooleanCondition()?.getCriteriaValues()[0])).toEqual(["urgent", "late"]);
    expect(rules.slice(-2)).toEqual(users);
    expect(rules.length).toBe(11); // the add-on's nine (six, and three on Decision), once each, and the users' two
  });
});

describe("4. a row inserted between the summary and the header stays the user's", () => {
  it("is not overwritten, and the legend is not written twice", () => {
    const addon = fresh();
    const sheet = sheetOf(addon, M);
    sheet.insertRowBefore(8); // between the summary (3–7) and the header (now 9)
    writeUserCells(addon, M, [
      { tag: "u1", row: 8, column: 2, note: "review on Friday", background: "#d9ead3" },
      { tag: "u2", row: 8, column: 4 },
    ]);
    sheet.insertRowsBefore(1, 2); // and two rows above the title
    writeUserCells(addon, M, [{ tag: "u3", row: 1, column: 1 }]);
    const before = fingerprint(addon, M);
    addon.refresh(M);
    addon.app.addInitiative(M, "Pricing");
    expect(fingerprint(addon, M)).toEqual(before);
    expect(legendCount(addon)).toBe(1);
    expect(sheet.getRange("C5").getFormula()).toMatch(/^=COUNTIF\(C\$12:C\$/); // the summary, where it is
  });
});

describe("5. removing a role or an initiative never deletes a user's cell", () => {
  it("refuses to remove a role whose column holds a user's note below the matrix, naming it", () => {
    const addon = fresh();
    writeUserCells(addon, M, [{ tag: "u1", row: 60, column: 6, note: "budget owner" }]);
    const before = workbook(addon);
    expect(errorOf(() => addon.app.removeRole(M, "Department heads"))).toBe(
      'Nothing was changed: removing "Department heads" deletes column F, which also holds cells outside ' +
        "the matrix (F60). Move or clear them first.",
    );
    expect(workbook(addon)).toBe(before);
    sheetOf(addon, M).getRange("F60").clear();
    sheetOf(addon, M).getRange("F60").clearNote();
    addon.app.removeRole(M, "Department heads");
    expect(addon.analyze(M).roles.map((r) => r.role)).toEqual(["CEO", "COO", "Chief of Staff"]);
  });

  it("refuses to remove an initiative whose row holds a user's cell beside the matrix, naming it", () => {
    const addon = fresh();
    // Column M: right of Status (G), the agreement columns (H to K) and the hidden check (L).
    writeUserCells(addon, M, [{ tag: "u1", row: 10, column: 13, fontColor: "#0000ff" }]);
    const before = workbook(addon);
    expect(errorOf(() => addon.app.removeInitiative(M, "Improve processes and efficiency"))).toMatch(
      /deletes row 10, which also holds cells outside the matrix \(M10\)/,
    );
    expect(workbook(addon)).toBe(before);
  });

  it("refuses to add or remove a role through a user's merged cell below the matrix", () => {
    const addon = fresh();
    writeUserCells(addon, M, [{ tag: "u1", row: 60, column: 6, merge: { rows: 1, columns: 2 } }]);
    const before = workbook(addon);
    expect(errorOf(() => addon.app.addRole(M, "CFO"))).toBe(
      "Nothing was changed: adding a role inserts a column after column F, which would widen merged cells " +
        "outside the matrix (F60:G60). Unmerge them first.",
    );
    expect(errorOf(() => addon.app.removeRole(M, "Department heads"))).toMatch(/\(F60, F60:G60\)/);
    expect(workbook(addon)).toBe(before);
  });

  it("moves what a user keeps beside an initiative along with it", () => {
    const addon = fresh();
    writeUserCells(addon, M, [{ tag: "u1", row: 10, column: 9, note: "Sam's" }]);
    addon.app.moveInitiative(M, "Improve processes and efficiency", "down");
    const sheet = sheetOf(addon, M);
    expect(sheet.getRange("B11").getValue()).toBe("Improve processes and efficiency");
    expect(sheet.getRange("I11").getValue()).toBe("u1");
    expect(sheet.getRange("I11").getNote()).toBe("Sam's");
  });
});

describe("6. settings of deleted matrices are pruned, and a full store is a clear error", () => {
  it("create-and-delete cycles leave only live matrices' settings", () => {
    const addon = loadAddon();
    for (let i = 0; i < 30; i++) {
      const { sheetName } = addon.generate({ title: "Cycle" });
      addon.emulator.spreadsheet.deleteSheet(addon.sheet(sheetName));
    }
    addon.generate({ title: "Kept" });
    const keys = Object.keys(addon.emulator.toJSON().properties.document).filter((k) =>
      k.startsWith("raci.settings."),
    );
    expect(keys).toHaveLength(1);
  });

  it("a full store refuses a new matrix with a message, and leaves no sheet behind", () => {
    const addon = loadAddon();
    const globals = addon.emulator.globals as unknown as {
      PropertiesService: GoogleAppsScript.Properties.PropertiesService;
    };
    const store = globals.PropertiesService.getDocumentProperties();
    let n = 0;
    for (const size of [9000, 1000, 100, 10]) {
      try {
        for (;;) store.setProperty(`other.${n++}`, "x".repeat(size));
      } catch {
        // this size no longer fits: try a smaller one, until nothing does
      }
    }
    const sheets = addon.emulator.sheetNames();
    expect(errorOf(() => addon.generate({ title: "Q3" }))).toMatch(
      /^The matrix could not be created, and nothing was changed: The matrix's settings could not be saved.*storage for add-ons is full/,
    );
    expect(addon.emulator.sheetNames()).toEqual(sheets);
  });
});

describe("7. the change log", () => {
  it("skips a row edited by hand instead of failing the history", () => {
    const addon = fresh();
    addon.edit(M, "C9", "R");
    addon.edit(M, "C10", "A");
    addon.sheet(LOG_SHEET_NAME).getRange("A2").setValue("yesterday-ish");
    const log = addon.app.getChangeLog(M);
    expect(log.map((e) => e.cell)).toEqual(["C10"]);
  });

  it("reads only the newest 2,000 rows, and trims the oldest beyond 20,000 as a block of rows arrives", () => {
    const addon = fresh();
    addon.edit(M, "C9", "R"); // creates the log; row 2 is this matrix's oldest entry
    const log = addon.sheet(LOG_SHEET_NAME);
    const filler = Array.from({ length: 20_000 }, (_, i) => [
      new Date(2024, 0, 1),
      "",
      "'Other",
      999,
      "'x",
      "'CEO",
      `C${i}`,
      "",
      "R",
    ]);
    log.insertRowsAfter(log.getMaxRows(), 20_000);
    log.getRange(3, 1, 20_000, 9).setValues(filler);
    expect(addon.app.getChangeLog(M)).toEqual([]); // the old entry is beyond the newest 2,000 rows
    addon.edit(M, "C10", "A"); // one typed code: appended with one call, no look at the log's length
    expect(log.getLastRow()).toBe(1 + 20_002);
    addon.edit(M, "C11:E11", [["A", "R", "C"]]); // a pasted block trims
    expect(log.getLastRow()).toBe(1 + 20_000);
    expect(log.getRange("D2").getValue()).toBe(999); // the oldest rows (this matrix's first) were trimmed
    expect(addon.app.getChangeLog(M).map((e) => e.cell)).toEqual(["E11", "D11", "C11", "C10"]);
  });
});

describe("8. a Status cell a collaborator overwrote is restored by onEdit", () => {
  it("writes the formula back at once and logs the overwrite", () => {
    const addon = fresh();
    const sheet = sheetOf(addon, M);
    const formula = sheet.getRange("G10").getFormula();
    addon.edit(M, "G10", "Done, agreed");
    expect(sheet.getRange("G10").getFormula()).toBe(formula);
    const log = addon.app.getChangeLog(M);
    expect(log[0]).toMatchObject({ cell: "G10", role: "Status", old: "Done, agreed" });
  });

  it("restores a summary cell the same way", () => {
    const addon = fresh();
    const sheet = sheetOf(addon, M);
    const formula = sheet.getRange("D3").getFormula();
    addon.edit(M, "D3", "7");
    expect(sheet.getRange("D3").getFormula()).toBe(formula);
  });

  it("leaves a note typed in the Status column below the matrix alone", () => {
    const addon = fresh();
    writeUserCells(addon, M, [{ tag: "u1", row: 60, column: 1 }]);
    addon.edit(M, "G60", "Done, agreed");
    expect(sheetOf(addon, M).getRange("G60").getValue()).toBe("Done, agreed");
  });
});
