/**
 * The sidebar's structural calls on the COO vs Chief of Staff template (addRole, renameRole, removeRole,
 * addInitiative, removeInitiative, moveInitiative) and refreshMatrix: each keeps every name and code anyone
 * typed (compared by initiative and role name), re-applies Status formulas, dropdowns and highlighting to the
 * matrix's new extent, and leaves analyzeMatrix telling the same story as the Status column. Refused changes
 * say why and leave the spreadsheet exactly as it was.
 */
import type { WorkbookState } from "../../emulator";
import { loadAddon, type Addon } from "../helpers/addon";
import { describedMatrix } from "../helpers/fixtures";
import {
  cellOf,
  codesByName,
  columnOf,
  errorOf,
  expectCellsPointRight,
  expectStatusAgrees,
  letter,
  readGrid,
  rowOf,
  differences,
  snapshot,
  type Grid,
} from "./structure-oracle";

const M = "M";
const SPARE_ROWS = 20;
const COLOURS = {
  invalid: "#f0e442",
  sharedOwnership: "#8cc8ec",
  multipleAccountable: "#d99bc4",
  noAccountable: "#f0a868",
  noResponsible: "#fbe3c4",
};
const OPERATIONAL_STRATEGY = "Set the operational strategy"; // row 9: CEO C, COO A/R, CoS I, Heads C
const IMPROVE = "Improve processes and efficiency"; // row 10
const RUN = "Run day-to-day operations"; // row 11
const LEAD = "Lead the operational teams and departments"; // row 12
const KEEP_ALIGNED = "Keep vision and execution aligned across the executive team"; // row 17, the last

/**
 * The template after collaborators typed: a changed code (C9), an invalid one (F10), a cleared A (D12) and an
 * alias that onEdit canonicalised (E16 "c" → "C"), so that "every code is kept" means more than the template.
 */
let base: WorkbookState;
beforeAll(() => {
  const addon = loadAddon();
  addon.generate({ template: "coo-cos", title: M });
  addon.emulator.editAsUser(addon.bundle, M, "C9", "R", { user: "a@x.com" });
  addon.emulator.editAsUser(addon.bundle, M, "F10", "x?", { user: "b@x.com" });
  addon.emulator.editAsUser(addon.bundle, M, "D12", "", { user: "a@x.com" });
  addon.emulator.editAsUser(addon.bundle, M, "E16", "c", { user: "b@x.com" });
  base = addon.emulator.toJSON();
});

const fresh = (): Addon => loadAddon({ state: base });

/**
 * Every initiative of `before` (but a removed one) still holds, under every role of `before` (but a removed
 * one, and with a renamed one under its new name), the code it held; and keeps its area.
 */
function expectCodesKept(
  before: Grid,
  after: Grid,
  change: { dropRole?: string; dropInitiative?: string; renameRole?: [string, string] } = {},
): void {
  const newName = (role: string) => (change.renameRole?.[0] === role ? change.renameRole[1] : role);
  const expected: Record<string, { area: string; codes: Record<string, string> }> = {};
  for (const row of before.rows) {
    if (row.name === change.dropInitiative) continue;
    const codes = Object.entries(row.codes).filter(([role]) => role !== change.dropRole);
    expected[row.name] = {
      area: row.area,
      codes: Object.fromEntries(codes.map(([role, code]) => [newName(role), code])),
    };
  }
  const actual: typeof expected = {};
  for (const row of after.rows) {
    const wanted = expected[row.name];
    if (!wanted) continue;
    actual[row.name] = {
      area: row.area,
      codes: Object.fromEntries(Object.keys(wanted.codes).map((role) => [role, row.codes[role]])),
    };
  }
  expect(actual).toEqual(expected);
}

/** The A1 ranges of the sheet's conditional format rules, parsed into rectangles. */
function highlightRanges(addon: Addon): { top: number; bottom: number; left: number; right: number }[] {
  return addon
    .sheet(M)
    .getConditionalFormatRules()
    .flatMap((rule) => rule.getRanges() as { getA1Notation(): string }[])
    .map((range) => {
      const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range.getA1Notation());
      if (!match) throw new Error(`unexpected range ${range.getA1Notation()}`);
      const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return {
        top: Number(match[2]),
        bottom: Number(match[4] ?? match[2]),
        left: column(match[1]),
        right: column(match[3] ?? match[1]),
      };
    });
}

/**
 * Every initiative row and the 20 spare rows below the last one are prepared: a Status formula about its
 * own row, the canonical-code dropdown on each code cell, and highlighting rules over the whole row.
 */
function expectPrepared(addon: Addon, grid: Grid): void {
  const sheet = addon.sheet(M);
  const first = grid.roles[0].column;
  const last = grid.roles[grid.roles.length - 1].column;
  const lastInitiative = Math.max(grid.headerRow, ...grid.rows.map((row) => row.row));
  const ranges = highlightRanges(addon);
  // Status reads the row's hidden check, which counts the row's codes.
  const header = sheet.getRange(grid.headerRow, 1, 1, sheet.getMaxColumns()).getValues()[0];
  const check = header.indexOf("RACI check") + 1;
  expect(check).toBeGreaterThan(grid.statusColumn);
  for (let row = grid.headerRow + 1; row <= lastInitiative + SPARE_ROWS; row++) {
    expect({ row, formula: sheet.getRange(row, grid.statusColumn).getFormula() }).toEqual({
      row,
      formula: expect.stringContaining(`$${letter(check)}${row}`),
    });
    expect({ row, formula: sheet.getRange(row, check).getFormula() }).toEqual({
      row,
      formula: expect.stringContaining(`$${letter(first)}${row}:$${letter(last)}${row}`),
    });
    for (const column of [first, last]) {
      const validation = sheet.getRange(row, column).getDataValidation();
      expect({ cell: cellOf(row, column), list: validation?.getCriteriaValues()[0] }).toEqual({
        cell: cellOf(row, column),
        list: ["R", "A", "A/R", "C", "I"],
      });
    }
  }
  const covers = (left: number, right: number) =>
    ranges.some(
      (r) =>
        r.left <= left &&
        r.right >= right &&
        r.top <= grid.headerRow + 1 &&
        r.bottom >= lastInitiative + SPARE_ROWS,
    );
  expect(covers(first, last)).toBe(true); // invalid codes
  expect(covers(grid.nameColumn, grid.statusColumn)).toBe(true); // whole-row gaps and double ownership
}

/** analyzeMatrix reads the same matrix the sheet shows, and agrees with Status row by row. */
function expectConsistent(addon: Addon): Grid {
  const grid = readGrid(addon, M);
  const report = addon.analyze(M);
  expect(report.roles.map((r) => r.role)).toEqual(grid.roles.map((r) => r.name));
  expectStatusAgrees(grid, report);
  expectCellsPointRight(grid, report);
  return grid;
}

const colourAt = (addon: Addon, a1: string) =>
  addon.emulator.highlights(M, a1).find((h) => h.a1 === a1)?.background;

describe("addRole", () => {
  it("adds an empty column after the last role, keeps every code, and prepares the column like the others", () => {
    const addon = fresh();
    const before = readGrid(addon, M);
    const result = addon.app.addRole(M, "CFO");
    expect(result.roles).toEqual(["CEO", "COO", "Chief of Staff", "Department heads", "CFO"]);
    const after = readGrid(addon, M);
    expect(after.roles.map((r) => r.name)).toEqual(result.roles);
    expect(columnOf(after, "CFO")).toBe(7);
    expect(after.statusColumn).toBe(8);
    expect(after.rows.every((row) => row.codes.CFO === "")).toBe(true);
    expectCodesKept(before, after);
    expectPrepared(addon, after);
    expect(addon.sheet(M).getRange(3, 7).getFormula()).toMatch(/^=COUNTIF\(G\$9:G\$/); // its summary
    expectConsistent(addon);
  });

  it("the new column lights up: an invalid code there is yellow, a second A there turns its row red-purple", () => {
    const addon = fresh();
    addon.app.addRole(M, "CFO");
    addon.edit(M, "G9", "X");
    addon.edit(M, `G${11}`, "a");
    expect(addon.sheet(M).getRange("G11").getValue()).toBe("A");
    expect(colourAt(addon, "G9")).toBe(COLOURS.invalid);
    expect(colourAt(addon, "B11")).toBe(COLOURS.multipleAccountable);
    expect(String(addon.sheet(M).getRange("H9").getValue())).toContain("1 invalid code");
    expect(addon.sheet(M).getRange("H11").getValue()).toBe("2 accountable");
    expectConsistent(addon);
  });
});

describe("renameRole", () => {
  it("renames the header only, keeping every code under the new name", () => {
    const addon = fresh();
    const before = readGrid(addon, M);
    addon.app.renameRole(M, "CEO", "Chief Executive");
    const after = readGrid(addon, M);
    expect(after.roles.map((r) => r.name)).toEqual([
      "Chief Executive",
      "COO",
      "Chief of Staff",
      "Department heads",
    ]);
    expectCodesKept(before, after, { renameRole: ["CEO", "Chief Executive"] });
    expectPrepared(addon, after);
    expectConsistent(addon);
  });

  it("renaming the COO updates the owner pair: Status says '<new name> and Chief of Staff both own it'", () => {
    const addon = fresh();
    const before = readGrid(addon, M);
    addon.app.renameRole(M, "COO", "Operations lead");
    const after = readGrid(addon, M);
    expectCodesKept(before, after, { renameRole: ["COO", "Operations lead"] });
    expect(describedMatrix(addon, M).settings.ownerPair).toEqual(["Operations lead", "Chief of Staff"]);

    // The Chief of Staff takes R on a row the (renamed) COO holds A/R on.
    const row = rowOf(after, OPERATIONAL_STRATEGY);
    addon.edit(M, `E${row}`, "R");
    expect(String(addon.sheet(M).getRange(row, 7).getValue())).toContain(
      "Operations lead and Chief of Staff both own it",
    );
    expect(colourAt(addon, `D${row}`)).toBe(COLOURS.sharedOwnership);
    expect(colourAt(addon, `E${row}`)).toBe(COLOURS.sharedOwnership);
    const shared = addon.analyze(M).findings.filter((f) => f.rule === "SHARED_OWNERSHIP");
    expect(shared).toHaveLength(1);
    expect(shared[0].message).toContain("Operations lead and Chief of Staff");
    expect(shared[0].cell).toBe(`B${row}`);
    expectConsistent(addon);
  });
});

describe("removeRole", () => {
  it("deletes the role's column and keeps every other code; Status and highlighting follow", () => {
    const addon = fresh();
    const before = readGrid(addon, M);
    addon.app.removeRole(M, "Department heads");
    const after = readGrid(addon, M);
    expect(after.roles.map((r) => r.name)).toEqual(["CEO", "COO", "Chief of Staff"]);
    expect(after.statusColumn).toBe(6);
    expectCodesKept(before, after, { dropRole: "Department heads" });
    expectPrepared(addon, after);
    expectConsistent(addon);
  });

  it("removing a role of the owner pair leaves no broken reference in Status and ends SHARED_OWNERSHIP", () => {
    const addon = fresh();
    const before = readGrid(addon, M);
    addon.app.removeRole(M, "COO");
    const after = readGrid(addon, M);
    expectCodesKept(before, after, { dropRole: "COO" });
    const statuses = addon.sheet(M).getRange(9, after.statusColumn, 29, 1).getValues().flat().map(String);
    expect(statuses.filter((s) => s.startsWith("#"))).toEqual([]);
    expect(statuses.some((s) => s.includes("both own it"))).toBe(false);
    expectPrepared(addon, after);
    expectConsistent(addon);
  });
});

describe("addInitiative", () => {
  it("adds a row right below the last initiative with its name and area, a Status formula and dropdowns", () => {
    const addon = fresh();
    const before = readGrid(addon, M);
    addon.app.addInitiative(M, "Hiring plan", "Operations");
    const after = readGrid(addon, M);
    const row = rowOf(after, "Hiring plan");
    expect(row).toBe(18);
    expect(after.rows.find((r) => r.row === row)).toMatchObject({
      area: "Operations",
      codes: { CEO: "", COO: "", "Chief of Staff": "", "Department heads": "" },
      status: "No one accountable; No one responsible",
    });
    expect(addon.sheet(M).getRange("G18").getFormula()).toMatch(/^=IF\(/);
    expect(colourAt(addon, "B18")).toBe(COLOURS.noAccountable);
    expectCodesKept(before, after);
    expectPrepared(addon, after);
    expectConsistent(addon);

    addon.edit(M, "D18", "ar");
    expect(addon.sheet(M).getRange("D18").getValue()).toBe("A/R");
    expect(addon.sheet(M).getRange("G18").getValue()).toBe("OK");
  });

  it("writes a name that looks like a formula as the text typed", () => {
    const addon = fresh();
    addon.app.addInitiative(M, '=IMPORTXML("http://x.example","//a")', "+1");
    const range = addon.sheet(M).getRange("A18:B18");
    expect(range.getValues()[0]).toEqual(["+1", '=IMPORTXML("http://x.example","//a")']);
    expect(range.getFormulas()[0]).toEqual(["", ""]);
  });
});

describe("removeInitiative", () => {
  it("deletes the initiative's row; every other row keeps its codes and a Status formula about itself", () => {
    const addon = fresh();
    const before = readGrid(addon, M);
    addon.app.removeInitiative(M, RUN);
    const after = readGrid(addon, M);
    expect(after.rows.map((r) => r.name)).not.toContain(RUN);
    expect(after.rows).toHaveLength(before.rows.length - 1);
    expectCodesKept(before, after, { dropInitiative: RUN });
    expectPrepared(addon, after);
    expectConsistent(addon);
  });

  it("with two initiatives of one name, refuses without a row and removes only the given row with one", () => {
    const addon = fresh();
    addon.edit(M, "B18:D18", [[RUN, "A", "R"]]);
    const message = errorOf(() => addon.app.removeInitiative(M, RUN)).message;
    expect(message).toBe(`Nothing was changed: 2 initiatives are called "${RUN}"; rename one first.`);
    addon.app.removeInitiative(M, RUN, 18);
    const after = readGrid(addon, M);
    expect(after.rows.filter((r) => r.name === RUN).map((r) => [r.row, r.codes])).toEqual([
      [11, { CEO: "I", COO: "A", "Chief of Staff": "I", "Department heads": "R" }],
    ]);
    expectConsistent(addon);
  });
});

describe("moveInitiative", () => {
  it.each([
    ["up", 10, IMPROVE, 11],
    ["down", 12, LEAD, 11],
  ] as const)("moves an initiative %s one place, codes and all", (direction, to, neighbour, neighbourTo) => {
    const addon = fresh();
    const before = readGrid(addon, M);
    addon.app.moveInitiative(M, RUN, direction);
    const after = readGrid(addon, M);
    expect(rowOf(after, RUN)).toBe(to);
    expect(rowOf(after, neighbour)).toBe(neighbourTo);
    expectCodesKept(before, after);
    expectPrepared(addon, after);
    expectConsistent(addon);
  });

  it("refuses a row that no longer holds the initiative (someone moved it), changing nothing", () => {
    const addon = fresh();
    const before = snapshot(addon);
    const { message } = errorOf(() => addon.app.moveInitiative(M, RUN, "up", 12));
    expect(message).toMatch(/row 12 no longer holds "Run day-to-day operations"/);
    expect(differences(before, snapshot(addon))).toEqual([]);
  });
});

describe("refused structural changes say why and change nothing", () => {
  let addon: Addon;
  beforeAll(() => {
    addon = fresh();
  });

  it.each([
    [
      "a duplicate role (case and spaces ignored)",
      () => addon.app.addRole(M, "  coo "),
      /role "COO" already exists/,
    ],
    ["renaming an unknown role", () => addon.app.renameRole(M, "CFO", "Finance"), /there is no role "CFO"/],
    [
      "renaming a role to another role's name",
      () => addon.app.renameRole(M, "COO", "chief of staff"),
      /role "Chief of Staff" already exists/,
    ],
    ["removing an unknown role", () => addon.app.removeRole(M, "CFO"), /there is no role "CFO"/],
    [
      "removing an unknown initiative",
      () => addon.app.removeInitiative(M, "Nope"),
      /there is no initiative "Nope"/,
    ],
    [
      "moving the first initiative up",
      () => addon.app.moveInitiative(M, OPERATIONAL_STRATEGY, "up"),
      /"Set the operational strategy" is already the first initiative/,
    ],
    [
      "moving the last initiative down",
      () => addon.app.moveInitiative(M, KEEP_ALIGNED, "down"),
      /is already the last initiative/,
    ],
    [
      "moving an unknown initiative",
      () => addon.app.moveInitiative(M, "Nope", "down"),
      /no initiative "Nope"/,
    ],
  ])("%s", (_label, run, message) => {
    const before = snapshot(addon);
    const error = errorOf(run);
    expect(error.name).toBe("Error");
    expect(error.message).toMatch(/^Nothing was changed: /);
    expect(error.message).toMatch(message);
    expect(differences(before, snapshot(addon))).toEqual([]);
    expect(addon.emulator.documentLock.holder).toBeNull();
  });

  it("removing the last role", () => {
    const solo = loadAddon();
    solo.generate({ template: "blank", title: "Solo", roles: ["COO"] });
    const before = snapshot(solo);
    expect(errorOf(() => solo.app.removeRole("Solo", "COO")).message).toBe(
      "Nothing was changed: a matrix needs at least one role.",
    );
    expect(differences(before, snapshot(solo))).toEqual([]);
  });
});

describe("refreshMatrix after collaborators typed initiatives below the last prepared row", () => {
  let addon: Addon;
  let before: Grid;
  let after: Grid;
  let displayed: string[][];

  beforeAll(() => {
    addon = fresh();
    const sheet = addon.sheet(M);
    expect(sheet.getMaxRows()).toBe(37); // 9 initiatives from row 9, then 20 spare rows
    sheet.insertRowsAfter(sheet.getMaxRows(), 5); // "Add more rows" at the bottom of the grid
    addon.edit(M, "A38:F39", [
      ["Ops", "Late initiative", "A", "R", "", ""],
      ["Ops", "Another", "", "A", "maybe", ""],
    ]);
    addon.edit(M, "B41", "'=1+1"); // typed with an apostrophe: the text "=1+1"
    // Typed while onEdit could not run (it has 30 seconds and may fail): aliases stay as typed until Refresh.
    sheet.getRange("A40:F40").setValues([["", "Typed offline", "r/a", " responsible ", "i", "nonsense"]]);
    sheet.getRange("C41:F41").setValues([["Accountable", "R", 1, "ra"]]);
    sheet.getRange("B42:F42").setValues([["Odd values", "2024-01-31", "TRUE", "50%", "ra"]]);
    expect(sheet.getRange("G40").getFormula()).toBe(""); // nothing prepared there yet
    displayed = sheet.getRange("C42:E42").getDisplayValues();
    before = readGrid(addon, M);
    addon.refresh(M);
    after = readGrid(addon, M);
  });

  it("canonicalises aliases and keeps invalid text and other values as typed", () => {
    const byName = codesByName(after);
    expect(byName["Typed offline"]).toEqual({
      CEO: "A/R",
      COO: "R",
      "Chief of Staff": "I",
      "Department heads": "nonsense",
    });
    expect(byName["=1+1"]).toEqual({ CEO: "A", COO: "R", "Chief of Staff": "1", "Department heads": "A/R" });
    expect(addon.sheet(M).getRange("E41").getValue()).toBe(1);
    expect(byName.Another["Chief of Staff"]).toBe("maybe");
    // A date, a boolean and a percentage in a row that needed rewriting show as they did.
    expect(addon.sheet(M).getRange("C42:E42").getDisplayValues()).toEqual(displayed);
    expect(addon.sheet(M).getRange("F42").getValue()).toBe("A/R");
  });

  it("never changes a name, an area or a code that was already canonical", () => {
    const canonical = (code: string) => ["", "R", "A", "A/R", "C", "I"].includes(code);
    const kept = (grid: Grid) =>
      grid.rows.map((row) => ({
        row: row.row,
        name: row.name,
        area: row.area,
        codes: Object.fromEntries(Object.entries(row.codes).filter(([, code]) => canonical(code))),
      }));
    const expected = kept(before).map((row) => ({
      ...row,
      codes: expect.objectContaining(row.codes) as unknown,
    }));
    expect(kept(after)).toEqual(expected);
    expect(addon.sheet(M).getRange("B41").getFormula()).toBe("");
  });

  it("extends Status formulas, dropdowns and highlighting to the new rows and 20 spare rows below them", () => {
    expectPrepared(addon, after);
    expect(after.rows.find((r) => r.name === "Typed offline")?.status).toBe("1 invalid code");
    expect(after.rows.find((r) => r.name === "Another")?.status).toBe("No one responsible; 1 invalid code");
    expect(colourAt(addon, "F40")).toBe(COLOURS.invalid);
    expect(colourAt(addon, "B39")).toBe(COLOURS.noResponsible);
    expect(colourAt(addon, "E39")).toBe(COLOURS.invalid);
    expectConsistent(addon);
  });

  it("a second refresh changes nothing", () => {
    const once = snapshot(addon);
    addon.refresh(M);
    expect(differences(once, snapshot(addon))).toEqual([]);
  });
});

describe("refreshMatrix in a row formatted as plain text (Format › Number › Plain text)", () => {
  it("rewrites the alias and keeps every other text exactly as typed, with no apostrophe added", () => {
    const addon = fresh();
    const codes = addon.sheet(M).getRange("C11:F11");
    codes.setNumberFormat("@"); // a collaborator keeps "1/2" from turning into a date
    codes.setValues([["maybe", "ra", "1/2", "R"]]);
    addon.refresh(M);
    expect(codes.getValues()).toEqual([["maybe", "A/R", "1/2", "R"]]);
  });
});
