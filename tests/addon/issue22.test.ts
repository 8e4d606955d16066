/**
 * Issue 22's findings, one regression test each: what a collaborator typed is never lost to the add-on's
 * own writes (people names, Decision cells, Undo, onEdit's restore, a full property store, someone else's
 * Undo), writes are committed before the lock is released, pasted codes count as changes, and dates read
 * back in the spreadsheet's time zone.
 */
import { loadAddon, type Addon, type Report } from "../helpers/addon";

// Blank template, no people row: A Area · B Initiative · C CEO · D COO · E Chief of Staff · F Status ·
// G Decision · H Decided on · I Notes · J the hidden check; the header on row 8, initiatives from row 9.
const FIRST = 9;
const ROLES = ["CEO", "COO", "Chief of Staff"];

type Initiative = { name: string; area?: string; assignments?: Record<string, string> };

function matrix(initiatives: Initiative[], options: Parameters<typeof loadAddon>[0] = {}, people = false) {
  const addon = loadAddon({ user: "owner@example.com", ...options });
  const { sheetName } = addon.generate({ template: "blank", title: "M", roles: ROLES, initiatives, people });
  return { addon, sheetName, sheet: addon.sheet(sheetName) };
}

const errorOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    // The bundle's errors are of its own realm (node:vm): read their message, not `instanceof Error`.
    return String((error as { message?: unknown }).message ?? error);
  }
  throw new Error("expected an error");
};

/** The change log's rows (Time, User, Matrix, Sheet id, Initiative, Role, Cell, Old, New, Change). */
function logRows(addon: Addon): string[][] {
  const log = addon.emulator.spreadsheet.getSheetByName("RACI change log");
  if (!log || log.getLastRow() < 2) return [];
  return log
    .getRange(2, 1, log.getLastRow() - 1, 10)
    .getValues()
    .map((row) => row.map(String));
}
const logged = (addon: Addon, cell: string) => logRows(addon).filter((row) => row[6] === cell);

const isDate = (value: unknown) => Object.prototype.toString.call(value) === "[object Date]";

describe("finding 1: Settings › People saves only the names the panel changed", () => {
  // People row 9 under the header; the initiatives from row 10.
  function withPeople() {
    const setup = matrix([{ name: "Budget" }], {}, true);
    const directory = setup.addon.emulator.spreadsheet.insertSheet("Directory");
    directory.getRange("B2").setValue("Dana Lee");
    setup.sheet.getRange("C9").setValue("Ali");
    setup.sheet.getRange("D9").setFormula("=Directory!B2");
    // What the panel read when it opened.
    const seen = { CEO: "Ali", COO: "Dana Lee", "Chief of Staff": "" };
    return { ...setup, seen };
  }
  const save = (addon: Addon, sheetName: string, people: unknown, seen: unknown) =>
    addon.app.setPeople(sheetName, people, seen);

  it("writes the one name changed, keeps =Directory!B2 a formula, and keeps a name a collaborator typed meanwhile", () => {
    const { addon, sheetName, sheet, seen } = withPeople();
    addon.edit(sheetName, "E9", "Sam"); // typed in the sheet after the panel read the row
    const result = save(addon, sheetName, { ...seen, CEO: "Alex" }, seen);
    expect(result.changed).toBe(1);
    expect(sheet.getRange("C9").getValue()).toBe("Alex");
    expect(sheet.getRange("D9").getFormula()).toBe("=Directory!B2");
    expect(sheet.getRange("E9").getValue()).toBe("Sam");
  });

  it("refuses, naming the cell, when the name it changes was changed in the sheet since the panel read it", () => {
    const { addon, sheetName, sheet, seen } = withPeople();
    addon.edit(sheetName, "C9", "Bo");
    expect(errorOf(() => save(addon, sheetName, { ...seen, CEO: "Alex" }, seen))).toMatch(
      /^Nothing was changed: .*C9.*"Bo"/,
    );
    expect(sheet.getRange("C9").getValue()).toBe("Bo");
  });

  it("refuses to write over a name that comes from a formula, naming the cell", () => {
    const { addon, sheetName, sheet, seen } = withPeople();
    expect(errorOf(() => save(addon, sheetName, { ...seen, COO: "Lee" }, seen))).toMatch(
      /^Nothing was changed: .*D9.*formula/,
    );
    expect(sheet.getRange("D9").getFormula()).toBe("=Directory!B2");
  });
});

describe("finding 2: onEdit writes Decision and Decided on only in the cells that change", () => {
  const three = () =>
    matrix([
      { name: "Budget", assignments: { CEO: "A", COO: "R" } },
      { name: "Hiring", assignments: { COO: "A", "Chief of Staff": "R" } },
      { name: "Board deck", assignments: { CEO: "A", "Chief of Staff": "R" } },
    ]);

  it("a paste over three rows marks the two Agreed ones and leaves the row between, formula and all", () => {
    const { addon, sheetName, sheet } = three();
    addon.edit(sheetName, "G9", "Agreed");
    addon.edit(sheetName, "G11", "Agreed");
    sheet.getRange("G10").setFormula('=IF(1=1,"Proposed","")'); // someone's own logic
    addon.emulator.pasteAsUser(addon.bundle, sheetName, "C9:C11", [["C"], ["C"], ["C"]]);
    expect(sheet.getRange("G9").getValue()).toBe("Changed since agreed");
    expect(sheet.getRange("G11").getValue()).toBe("Changed since agreed");
    expect(sheet.getRange("G10").getFormula()).toBe('=IF(1=1,"Proposed","")');
    expect(sheet.getRange("H10").getValue()).toBe("");
  });

  it("a Decision formula that evaluates to Agreed is never replaced when a code changes", () => {
    const { addon, sheetName, sheet } = three();
    sheet.getRange("G9").setFormula('=IF(1=1,"Agreed","")');
    addon.edit(sheetName, "D9", "C");
    expect(sheet.getRange("G9").getFormula()).toBe('=IF(1=1,"Agreed","")');
  });
});

describe("finding 3: Undo finds the fixed row by what it holds, not by its initiative's name", () => {
  it("with two initiatives of the same name and a sort in between, Undo reverts the fix and keeps the code typed on the other row", () => {
    const { addon, sheetName, sheet } = matrix([
      { name: "Process optimisation", area: "Z", assignments: { CEO: "C" } },
      { name: "Process optimisation", area: "A", assignments: { CEO: "A", "Chief of Staff": "C" } },
    ]);
    const fixed = addon.app.fixFindings(
      sheetName,
      ["NO_ACCOUNTABLE"],
      [{ row: FIRST, initiative: "Process optimisation" }],
    );
    expect(fixed.changes.map((c) => [c.cell, c.new])).toEqual([[`D${FIRST}`, "A"]]);
    // Someone sorts the table by Area: the fixed row goes down, the other one up.
    sheet.getRange(`A${FIRST}:I${FIRST + 1}`).sort(1);
    expect(sheet.getRange(`A${FIRST}:A${FIRST + 1}`).getValues()).toEqual([["A"], ["Z"]]);
    addon.edit(sheetName, `D${FIRST}`, "A"); // and types an A on the other row
    const undone = addon.app.undoFixes(sheetName);
    expect(undone).toMatchObject({ restored: 1, skipped: 0 });
    expect(sheet.getRange(`D${FIRST}:D${FIRST + 1}`).getValues()).toEqual([["A"], [""]]);
  });
});

describe("finding 4: onEdit restores only the add-on's formula cells, and what was typed over them is kept", () => {
  const one = () => matrix([{ name: "Budget", assignments: { CEO: "A", COO: "R" } }]);

  it("text typed in the legend row above a role and in a summary row's Area cell stays", () => {
    const { addon, sheetName, sheet } = one();
    addon.edit(sheetName, "D2", "see notes below");
    addon.edit(sheetName, "A3", "Q3");
    expect(sheet.getRange("D2").getValue()).toBe("see notes below");
    expect(sheet.getRange("A3").getValue()).toBe("Q3");
  });

  it("a summary count typed over is written back, and the log keeps the number that was typed", () => {
    const { addon, sheetName, sheet } = one();
    const formula = sheet.getRange("C3").getFormula();
    addon.edit(sheetName, "C3", "12");
    expect(sheet.getRange("C3").getFormula()).toBe(formula);
    expect(logged(addon, "C3").map((row) => row[7])).toEqual(["12"]);
  });

  it("a wide row pasted over a matrix row: the hidden check formula is back, and the log keeps what was pasted there", () => {
    const { addon, sheetName, sheet } = one();
    // … F Status · G Decision · H Decided on · I Agreed by · J Notes · K the hidden check · L outside
    const check = sheet.getRange(`K${FIRST}`).getFormula();
    addon.emulator.pasteAsUser(addon.bundle, sheetName, `A${FIRST}:L${FIRST}`, [
      ["Ops", "Budget", "A", "R", "", "done", "Agreed", "", "", "", "from the old tracker", "kept"],
    ]);
    expect(sheet.getRange(`K${FIRST}`).getFormula()).toBe(check);
    expect(sheet.getRange(`L${FIRST}`).getValue()).toBe("kept");
    expect(logged(addon, `K${FIRST}`).map((row) => row[7])).toEqual(["from the old tracker"]);
    expect(logged(addon, `F${FIRST}`).map((row) => row[7])).toEqual(["done"]);
    expect(sheet.getRange(`G${FIRST}`).getValue()).toBe("Agreed"); // the Decision pasted with the row stands
  });
});

describe("finding 5: the Undo store is pruned, and a save that fails never leaves an older record to undo", () => {
  const keys = (addon: Addon, prefix: string) =>
    Object.keys(addon.emulator.toJSON().properties.document).filter((k) => k.startsWith(prefix));
  const storeBytes = (addon: Addon) =>
    Object.entries(addon.emulator.toJSON().properties.document).reduce(
      (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(String(v)),
      0,
    );

  /** A matrix whose every code cell holds shorthand ("r", "c", "i") a dropped onEdit left: rows × roles cells. */
  function shorthand(addon: Addon, title: string, rows: number, roles = 20): string {
    const names = Array.from({ length: roles }, (_, i) => `Role ${i + 1}`);
    const { sheetName } = addon.generate({
      template: "blank",
      title,
      roles: names,
      initiatives: Array.from({ length: rows }, (_, i) => ({ name: `Initiative ${i + 1}` })),
    });
    const codes = Array.from({ length: rows }, (_, r) => names.map((_, c) => "rci"[(r + c) % 3]));
    addon.sheet(sheetName).getRange(FIRST, 3, rows, roles).setValues(codes);
    return sheetName;
  }

  /** Fills the document store with another script's properties until `room` bytes are left. */
  function fillStore(addon: Addon, room: number): void {
    const store = (
      addon.emulator.globals as unknown as {
        PropertiesService: GoogleAppsScript.Properties.PropertiesService;
      }
    ).PropertiesService.getDocumentProperties();
    for (let i = 0; ; i++) {
      const left = 500 * 1024 - storeBytes(addon) - room;
      const key = `other.${i}`;
      const size = Math.min(9000, left - key.length);
      if (size <= 0) break;
      store.setProperty(key, "x".repeat(size));
    }
  }

  it("Undo removes every part of a large record", () => {
    const addon = loadAddon();
    const sheetName = shorthand(addon, "Big", 100);
    addon.app.convertCodes(sheetName);
    expect(keys(addon, "raci.undo.").length).toBeGreaterThan(1);
    addon.app.undoFixes(sheetName);
    expect(keys(addon, "raci.undo.")).toEqual([]);
  });

  it("the records and charters of deleted sheets are pruned before the next save", () => {
    const addon = loadAddon();
    const gone = shorthand(addon, "Gone", 5, 3);
    addon.app.convertCodes(gone);
    addon.app.saveCharter(gone, "Role 1", ["Runs operations"]);
    addon.emulator.spreadsheet.deleteSheet(addon.sheet(gone));
    const kept = shorthand(addon, "Kept", 5, 3);
    addon.app.convertCodes(kept);
    const id = String(addon.sheet(kept).getSheetId());
    expect(keys(addon, "raci.").filter((k) => k.split(".")[2] !== id)).toEqual([]);
  });

  it("a fix whose record does not fit says so, and Undo then never reverts the earlier fix", () => {
    const addon = loadAddon();
    const sheetName = shorthand(addon, "M", 40);
    const sheet = addon.sheet(sheetName);
    const codes = sheet.getRange(FIRST + 1, 3, 39, 20).getValues();
    sheet.getRange(FIRST + 1, 3, 39, 20).setValue("A"); // only row 9 is shorthand for the first conversion
    const first = addon.app.convertCodes(sheetName);
    expect(first.undoable).toBe(true);
    expect(first.changes).toHaveLength(20);
    sheet.getRange(FIRST + 1, 3, 39, 20).setValues(codes); // the others left as shorthand again
    fillStore(addon, 200);
    const second = addon.app.convertCodes(sheetName);
    expect(second.changes).toHaveLength(780);
    expect(second.undoable).toBe(false);
    expect(second.notUndoableBecause).toMatch(/storage for add-ons is full/);
    const before = sheet.getDataRange().getValues();
    expect(errorOf(() => addon.app.undoFixes(sheetName))).toMatch(/no fix to undo/);
    expect(sheet.getDataRange().getValues()).toEqual(before);
  });

  it("a store full of Undo records: the oldest give way, and a new matrix, a charter and a fix still work", () => {
    const addon = loadAddon();
    fillStore(addon, 40 * 1024); // another script's properties, which the add-on never touches
    const names = [1, 2, 3, 4].map((i) => shorthand(addon, `Large ${i}`, 100));
    for (const name of names) expect(addon.app.convertCodes(name).undoable).toBe(true);
    expect(storeBytes(addon)).toBeGreaterThan(480 * 1024);
    const fresh = addon.generate({ title: "After" }).sheetName;
    expect(() => addon.app.saveCharter(fresh, "COO", ["Runs operations"])).not.toThrow();
    expect(addon.app.undoFixes(names[3])).toMatchObject({ restored: 2000, skipped: 0 });
    expect(errorOf(() => addon.app.undoFixes(names[0]))).toMatch(/no fix to undo/); // the oldest gave way
    expect(keys(addon, "other.").length).toBeGreaterThan(0);
  });

  it("filled with nothing the add-on may give up, a save is refused in words that say what to do", () => {
    const addon = loadAddon();
    const sheetName = shorthand(addon, "M", 5, 3);
    fillStore(addon, 100);
    const lines = ["Runs operations", "Hires and trains the operations team", "Owns the budget of the sites"];
    const message = errorOf(() => addon.app.saveCharter(sheetName, "Role 1", lines));
    expect(message).toMatch(/^The charters were not saved: this spreadsheet's storage for add-ons is full/);
    expect(message).toMatch(/delete matrices you no longer need/);
    expect(message).not.toMatch(/quota/);
  });

  it("the records of matrices deleted since are gone at the next save", () => {
    const addon = loadAddon();
    for (const i of [1, 2]) {
      const sheetName = shorthand(addon, `Large ${i}`, 100);
      addon.app.convertCodes(sheetName);
      addon.emulator.spreadsheet.deleteSheet(addon.sheet(sheetName));
    }
    expect(() => addon.generate({ title: "After" })).not.toThrow();
    expect(keys(addon, "raci.undo.")).toEqual([]);
  });
});

describe("finding 6: Undo is per person", () => {
  it("after A fixes one row and B converts another, A's Undo reverts only A's fix", () => {
    const { addon, sheetName, sheet } = matrix([
      { name: "Process optimisation", assignments: { CEO: "C" } },
      { name: "Board deck", assignments: { CEO: "A", "Chief of Staff": "R" } },
    ]);
    addon.emulator.asUser("a@example.com", () =>
      addon.app.fixFindings(
        sheetName,
        ["NO_ACCOUNTABLE"],
        [{ row: FIRST, initiative: "Process optimisation" }],
      ),
    );
    sheet.getRange(`D${FIRST + 1}`).setValue("c"); // shorthand a dropped onEdit left
    addon.emulator.asUser("b@example.com", () => addon.app.convertCodes(sheetName));
    expect(sheet.getRange(`D${FIRST}:D${FIRST + 1}`).getValues()).toEqual([["A"], ["C"]]);
    const undone = addon.emulator.asUser("a@example.com", () => addon.app.undoFixes(sheetName));
    expect(undone).toMatchObject({ restored: 1, skipped: 0 });
    expect(sheet.getRange(`D${FIRST}:D${FIRST + 1}`).getValues()).toEqual([[""], ["C"]]);
  });
});

describe("finding 7: onEdit commits its writes before it releases the lock", () => {
  it("a second person's edit run at the release appends its log row below the first one's, not over it", () => {
    const { addon, sheetName } = matrix([{ name: "Budget" }, { name: "Hiring" }]);
    addon.edit(sheetName, `C${FIRST}`, "A"); // the log sheet exists from here on
    addon.emulator.onNextRelease(() => addon.edit(sheetName, `D${FIRST + 1}`, "r"));
    addon.emulator.pasteAsUser(addon.bundle, sheetName, `D${FIRST}`, [["R"]]);
    expect(logRows(addon).map((row) => row[6])).toEqual([`C${FIRST}`, `D${FIRST}`, `D${FIRST + 1}`]);
    expect(addon.emulator.releasesWithPendingWrites).toEqual([]);
  });
});

describe("finding 8: a pasted, filled or fixed code on an Agreed row makes it Changed since agreed", () => {
  const agreed = () => {
    const setup = matrix([
      { name: "Process optimisation", assignments: { CEO: "A", COO: "R" } },
      { name: "Hiring", assignments: { COO: "A", "Chief of Staff": "R" } },
    ]);
    setup.addon.edit(setup.sheetName, `G${FIRST}`, "Agreed");
    setup.addon.edit(setup.sheetName, `G${FIRST + 1}`, "Agreed");
    return setup;
  };

  it("a code pasted into one cell", () => {
    const { addon, sheetName, sheet } = agreed();
    addon.emulator.pasteAsUser(addon.bundle, sheetName, `E${FIRST}`, [["C"]]);
    expect(sheet.getRange(`G${FIRST}`).getValue()).toBe("Changed since agreed");
  });

  it("a code filled down from the row above", () => {
    const { addon, sheetName, sheet } = agreed();
    addon.emulator.fillAsUser(addon.bundle, sheetName, `C${FIRST}:C${FIRST + 1}`);
    expect(sheet.getRange(`G${FIRST + 1}`).getValue()).toBe("Changed since agreed");
  });

  it("Fix all, and the log says so", () => {
    const { addon, sheetName, sheet } = agreed();
    sheet.getRange(`C${FIRST}`).setValue(""); // the row loses its A (by a script: no onEdit)
    const { changes } = addon.app.fixFindings(sheetName);
    expect(changes.map((c) => c.cell)).toContain(`D${FIRST}`); // the COO's R becomes A/R
    expect(sheet.getRange(`G${FIRST}`).getValue()).toBe("Changed since agreed");
    expect(isDate(sheet.getRange(`H${FIRST}`).getValue())).toBe(true);
    expect(logged(addon, `G${FIRST}`).map((row) => [row[7], row[8]])).toContainEqual([
      "Agreed",
      "Changed since agreed",
    ]);
  });
});

describe("finding 11: dates read from the sheet are the spreadsheet's dates", () => {
  it("an initiative named by a date reads as that day in a time zone east of UTC", () => {
    const { addon, sheetName } = matrix([{ name: "Budget" }], { timeZone: "Asia/Tokyo" });
    addon.edit(sheetName, `B${FIRST + 1}`, "2024-01-31"); // Sheets reads it as a date
    addon.edit(sheetName, `C${FIRST + 1}`, "A");
    addon.edit(sheetName, `C${FIRST}`, "A");
    const report = addon.analyze(sheetName) as Report;
    expect(report.findings.filter((f) => f.rule === "NO_RESPONSIBLE").map((f) => f.initiative)).toEqual([
      "Budget",
      "2024-01-31",
    ]);
  });
});
