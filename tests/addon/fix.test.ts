/**
 * Suggestions, fixes and undo on the real bundle: the pasted initiatives come out assigned, a matrix with a gap,
 * a double A and a shared row is fixed in one call as the charters divide the work, Undo puts every cell back,
 * and the service calls stay constant as the matrix grows.
 */
import { loadAddon, type Addon, type MatrixSpec } from "../helpers/addon";
import { logRows } from "../helpers/fixtures";

const FIXED_RULES = ["NO_ACCOUNTABLE", "MULTIPLE_ACCOUNTABLE", "SHARED_OWNERSHIP", "NO_RESPONSIBLE"];

const fix = (addon: Addon, sheetName?: string, rules?: string[]) => addon.app.fixFindings(sheetName, rules);
const values = (addon: Addon, sheetName: string) => addon.sheet(sheetName).getDataRange().getValues();

describe("suggested owners on a new matrix", () => {
  const PASTED = [
    "Board deck preparation",
    "Reduce cloud costs",
    "Vendor contracts renewal",
    "Quarterly OKR review",
    "Streamline expense approvals",
    "Weekly leadership meeting agenda",
    "Office move logistics",
    "Key project status updates",
  ];

  it("assigns the eight pasted initiatives, each with a reason, and the matrix checks clean", () => {
    const addon = loadAddon();
    const spec: MatrixSpec = { template: "blank", initiatives: PASTED.map((name) => ({ name })) };
    const suggestions = addon.app.suggestAssignments(spec);
    for (const s of suggestions.initiatives) {
      expect(s.owner === "COO" || s.owner === "Chief of Staff").toBe(true);
      expect(s.reasons[0]).toMatch(/mentions '.+' — /);
    }
    const { sheetName } = addon.generate({ ...spec, suggest: true });
    const report = addon.analyze(sheetName);
    expect(report.counts).toMatchObject({ error: 0, warning: 0 });
    expect(values(addon, sheetName).find((row) => row[1] === "Board deck preparation")).toEqual([
      "",
      "Board deck preparation",
      "C",
      "I",
      "A/R",
      "I",
      "OK",
      "Proposed",
      "", // Decided on
      "", // Agreed by
      "", // Notes
      1001, // the hidden check: one A and one R (A/R counts as both)
    ]);
  });

  it("keeps the codes of rows that have them and fills only the others", () => {
    const addon = loadAddon();
    const { sheetName } = addon.generate({
      template: "blank",
      suggest: true,
      initiatives: [
        { name: "Reduce cloud costs", assignments: { CEO: "A/R" } },
        { name: "Reduce cloud costs again" },
        { name: "Walk the dog" },
      ],
    });
    const rows = values(addon, sheetName).filter((row) => String(row[1]).match(/cloud|dog/));
    expect(rows.map((row) => row.slice(2, 6))).toEqual([
      ["A/R", "", "", ""],
      ["I", "A", "I", "R"],
      ["", "", "", ""], // no evidence: no codes
    ]);
  });

  it("refuses charters that would not fit the matrix's storage, before creating anything", () => {
    const addon = loadAddon();
    const lines = Array.from({ length: 30 }, (_, i) => `${i} ${"x".repeat(480)}`);
    const sheets = addon.emulator.spreadsheet.getSheets().length;
    expect(() => addon.generate({ charters: { CEO: lines }, suggest: true })).toThrow(
      /at most 9 KB per matrix/,
    );
    expect(addon.emulator.spreadsheet.getSheets().length).toBe(sheets);
  });
});

describe("fixFindings and undoFixes", () => {
  function brokenMatrix(addon: Addon): string {
    return addon.generate({
      template: "blank",
      initiatives: [
        { name: "Reduce cloud costs", assignments: { "Department heads": "R" } }, // a gap
        { name: "Board deck preparation", assignments: { CEO: "A", "Chief of Staff": "A" } }, // double A
        { name: "Streamline expense approvals", assignments: { COO: "A", "Chief of Staff": "R" } }, // shared
        { name: "Walk the dog", assignments: { COO: "R" } }, // no evidence: left alone
      ],
    }).sheetName;
  }

  it("fixes a gap, a double A and a shared row in one call as the article divides the work, and logs each change", () => {
    const addon = loadAddon();
    const sheetName = brokenMatrix(addon);
    const preview = addon.app.previewFixes(sheetName);
    const result = fix(addon, sheetName);
    expect(result.changes).toEqual(preview.changes);
    expect(result.changes.map((c) => [c.initiative, c.role, c.old, c.new])).toEqual([
      ["Reduce cloud costs", "COO", "", "A"],
      ["Board deck preparation", "CEO", "A", "R"],
      ["Streamline expense approvals", "Chief of Staff", "R", "C"],
      ["Streamline expense approvals", "Department heads", "", "R"],
    ]);
    expect(result.changes[0].reason).toMatch(
      /^COO becomes A: mentions 'costs' — Efficiency and operating costs/,
    );
    expect(result.skipped).toContainEqual(
      expect.objectContaining({ rule: "NO_ACCOUNTABLE", initiative: "Walk the dog" }),
    );
    const left = addon.analyze(sheetName).findings.filter((f) => FIXED_RULES.includes(f.rule));
    expect(left.map((f) => f.initiative)).toEqual(["Walk the dog"]);
    const users = logRows(addon).map((row) => row[1]);
    expect(users).toEqual(
      [
        "'RACI Matrix for Sheets (fix: NO_ACCOUNTABLE)",
        "'RACI Matrix for Sheets (fix: MULTIPLE_ACCOUNTABLE)",
        "'RACI Matrix for Sheets (fix: SHARED_OWNERSHIP)",
        "'RACI Matrix for Sheets (fix: NO_RESPONSIBLE)",
      ].map((u) => u.slice(1)),
    );
    // The sidebar's History says what each fix did in words, not by the rule's name.
    const history = addon.app.getChangeLog(sheetName, "Board deck preparation") as { user: string }[];
    expect(history.map((line) => line.user)).toEqual([
      "RACI Matrix for Sheets (fix: two or more accountable → kept one)",
    ]);
  });

  it("previewFixes writes nothing", () => {
    const addon = loadAddon();
    const sheetName = brokenMatrix(addon);
    const before = values(addon, sheetName);
    addon.emulator.calls.reset();
    addon.app.previewFixes(sheetName);
    expect(
      Object.keys(addon.emulator.calls.byMethod).filter((m) => /\.(set|clear|insert|delete)/.test(m)),
    ).toEqual([]);
    expect(values(addon, sheetName)).toEqual(before);
  });

  it("undo puts every cell back", () => {
    const addon = loadAddon();
    const sheetName = brokenMatrix(addon);
    const before = values(addon, sheetName);
    const { changes } = fix(addon, sheetName);
    expect(changes.length).toBe(4);
    expect(addon.app.undoFixes(sheetName)).toEqual({ sheetName, restored: 4, skipped: 0 });
    expect(values(addon, sheetName)).toEqual(before);
    expect(() => addon.app.undoFixes(sheetName)).toThrow(/no fix to undo/);
  });

  it("undo leaves a cell someone changed since the fix as it is now", () => {
    const addon = loadAddon();
    const sheetName = brokenMatrix(addon);
    const { changes } = fix(addon, sheetName);
    addon.sheet(sheetName).getRange(changes[0].cell).setValue("C");
    expect(addon.app.undoFixes(sheetName)).toMatchObject({ restored: 3, skipped: 1 });
    expect(addon.sheet(sheetName).getRange(changes[0].cell).getValue()).toBe("C");
  });

  it("undo finds the fixed rows wherever a row inserted above moved them", () => {
    const addon = loadAddon();
    const sheetName = brokenMatrix(addon);
    const before = values(addon, sheetName);
    const { changes } = fix(addon, sheetName);
    const first = Number(/\d+/.exec(changes[0].cell)?.[0]);
    addon.sheet(sheetName).insertRowsBefore(first, 1); // someone inserts a row above the fixed rows
    expect(addon.app.undoFixes(sheetName)).toMatchObject({ restored: 4, skipped: 0 });
    addon.sheet(sheetName).deleteRow(first);
    expect(values(addon, sheetName)).toEqual(before);
  });

  it("previewFixes offers Undo only while it can put something back: not after Remove add-on data, nor once the rows changed", () => {
    const undoCells = (addon: Addon, sheetName: string) => addon.app.previewFixes(sheetName).undoCells;
    const addon = loadAddon();
    const sheetName = brokenMatrix(addon);
    expect(undoCells(addon, sheetName)).toBeUndefined();
    const { changes } = fix(addon, sheetName);
    expect(undoCells(addon, sheetName)).toBe(changes.length);
    for (const change of changes) addon.edit(sheetName, change.cell, "I"); // everyone moved on
    expect(undoCells(addon, sheetName)).toBeUndefined();

    const other = loadAddon();
    const again = brokenMatrix(other);
    fix(other, again);
    other.emulator.ui.answers = ["YES"];
    other.app.menuRemoveAddonData();
    other.app.adoptMatrix(again); // a matrix again, with no Undo record left
    expect(undoCells(other, again)).toBeUndefined();
  });

  it("fixes only the rules named, and rejects an unknown rule name", () => {
    const addon = loadAddon();
    const sheetName = brokenMatrix(addon);
    expect(fix(addon, sheetName, ["NO_ACCOUNTABLE"]).changes.map((c) => c.rule)).toEqual(["NO_ACCOUNTABLE"]);
    expect(() => fix(addon, sheetName, ["__proto__"])).toThrow(/"__proto__" is not a rule name/);
  });

  it("previewFixes says exactly how many cells a fix of each rule alone writes (what 'Fix these (n changes)' shows)", () => {
    const preview = (() => {
      const addon = loadAddon();
      return addon.app.previewFixes(brokenMatrix(addon));
    })();
    // Fixing the shared row alone makes the Chief of Staff C, then settles the missing R it would leave: two
    // cells, though only one of the whole preview's changes is the shared-ownership rule's own.
    expect(preview.changes.filter((c) => c.rule === "SHARED_OWNERSHIP")).toHaveLength(1);
    expect(preview.byRule?.SHARED_OWNERSHIP).toBe(2);
    for (const rule of FIXED_RULES) {
      const addon = loadAddon();
      const written = fix(addon, brokenMatrix(addon), [rule]).changes.length;
      expect([rule, preview.byRule?.[rule]]).toEqual([rule, written]);
    }
  });

  it("never writes over a code cell holding a formula: someone's own logic is skipped, with why", () => {
    const addon = loadAddon();
    const sheetName = brokenMatrix(addon);
    const planned = addon.app.previewFixes(sheetName).changes;
    const double = planned.find((c) => c.initiative === "Board deck preparation");
    if (!double) throw new Error("the preview has no fix for the double A");
    addon.sheet(sheetName).getRange(double.cell).setFormula('="A"');
    const result = fix(addon, sheetName);
    expect(result.changes.map((c) => c.cell)).not.toContain(double.cell);
    expect(result.skipped).toContainEqual(
      expect.objectContaining({
        initiative: "Board deck preparation",
        reason: `${double.cell} holds a formula: the add-on leaves it to you.`,
      }),
    );
    expect(addon.sheet(sheetName).getRange(double.cell).getFormula()).toBe('="A"');
  });

  it("waits for nobody: a busy document lock fails cleanly and writes nothing", () => {
    const addon = loadAddon();
    const sheetName = brokenMatrix(addon);
    const before = values(addon, sheetName);
    addon.emulator.documentLock.heldByOther = true;
    expect(() => fix(addon, sheetName)).toThrow(/Someone else is changing this matrix/);
    expect(values(addon, sheetName)).toEqual(before);
  });
});

describe("service calls of fixFindings", () => {
  /** Every row a gap with evidence: "Reduce costs" gives the A to the COO. */
  function gaps(addon: Addon, initiatives: number, extraRoles: number): string {
    const roles = [
      "CEO",
      "COO",
      "Chief of Staff",
      "Department heads",
      ...Array.from({ length: extraRoles }, (_, i) => `Role ${i + 5}`),
    ];
    return addon.generate({
      template: "blank",
      roles,
      initiatives: Array.from({ length: initiatives }, (_, i) => ({
        name: `${i % 2 ? "Reduce costs" : "Board preparation"} ${i + 1}`,
        assignments: { "Department heads": "R" },
      })),
    }).sheetName;
  }

  function calls(addon: Addon, run: () => unknown): number {
    addon.emulator.calls.reset();
    run();
    return addon.emulator.calls.total;
  }

  // The only differences allowed: the change log sheet grows its rows once (one insertRowsAfter) when a block of
  // entries outgrows it, because a range write cannot extend a sheet by itself; and Undo's record has a part per
  // 9 KB.
  it("is constant from 10 × 4 to 1,000 × 12, and so is undo", () => {
    const small = loadAddon();
    const large = loadAddon();
    const a = gaps(small, 10, 0);
    const b = gaps(large, 1000, 8);
    const smallFix = calls(small, () => fix(small, a));
    const largeFix = calls(large, () => fix(large, b));
    expect(largeFix - smallFix).toBeGreaterThanOrEqual(0);
    expect(largeFix - smallFix).toBeLessThanOrEqual(1);
    // Including creating the change log sheet, reading the charters and the company's words (two each), the
    // flush before the lock is released, and the pruning of what deleted sheets left in the store (one call per
    // sheet of the spreadsheet) before the Undo record is saved.
    expect(largeFix).toBeLessThanOrEqual(52);
    const smallUndo = calls(small, () => small.app.undoFixes(a));
    const largeUndo = calls(large, () => large.app.undoFixes(b));
    // Undo removes every part of its record, one call each: 1,000 fixed rows take four 9 KB parts; and the flush
    // before the lock is released.
    expect(largeUndo - smallUndo).toBeLessThanOrEqual(3);
    expect(largeUndo).toBeLessThanOrEqual(36);
    expect(large.analyze(b).findings.filter((f) => f.rule === "NO_ACCOUNTABLE")).toHaveLength(1000);
  });
});
