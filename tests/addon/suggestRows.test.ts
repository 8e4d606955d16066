/**
 * Suggest owners for these rows on a matrix that exists (suggestForRows, fillSuggestedRows): rows without codes,
 * or the rows of the selection, get the suggested row written into their empty code cells only, through the
 * fixes' write: logged, undoable, and never on a row that changed since the preview.
 */
import type { SuggestedRows } from "../../src/core/api";
import { loadAddon, type Addon } from "../helpers/addon";
import { addLookAlike, LOOK_ALIKE, workbook } from "./user-content";

function matrix(addon: Addon): string {
  return addon.generate({
    title: "Plan",
    template: "blank",
    initiatives: [
      { name: "Reduce cloud costs" },
      { name: "Board deck preparation" },
      { name: "Walk the dog" },
      { name: "Budget", assignments: { CEO: "A", "Department heads": "R" } },
    ],
  }).sheetName;
}

const targets = (found: SuggestedRows) => found.rows.map(({ row, initiative }) => ({ row, initiative }));
const values = (addon: Addon, sheetName: string) =>
  addon
    .sheet(sheetName)
    .getDataRange()
    .getValues()
    .map((row) => row.map(String));

describe("suggestForRows", () => {
  it("suggests a whole row for each row without codes, says why, leaves a row nothing points to, and writes nothing", () => {
    const addon = loadAddon();
    const sheetName = matrix(addon);
    const before = workbook(addon);
    const found = addon.app.suggestForRows(sheetName);
    expect(found.rows.map((r) => [r.initiative, r.owner])).toEqual([
      ["Reduce cloud costs", "COO"],
      ["Board deck preparation", "Chief of Staff"],
    ]);
    const costs = found.rows[0];
    expect(costs.codes.map((c) => `${c.role} ${c.code}`)).toContain("COO A");
    expect(costs.codes.every((c) => /^[C-F]9$/.test(c.cell))).toBe(true);
    expect(costs.reasons[0]).toContain("'costs'");
    expect(found.skipped).toEqual([
      { row: 11, initiative: "Walk the dog", reason: expect.stringContaining("no word of it points to") },
    ]);
    expect(workbook(addon)).toBe(before);
  });

  it("suggests for the rows of the selection, and says why a row with codes is left to the fixes", () => {
    const addon = loadAddon();
    const sheetName = matrix(addon);
    addon.sheet(sheetName).getRange("A10:B12").activate();
    const found = addon.app.suggestForRows(sheetName, "selection");
    expect(found.rows.map((r) => r.initiative)).toEqual(["Board deck preparation"]);
    expect(found.skipped.map((s) => [s.initiative, s.reason])).toEqual([
      ["Walk the dog", expect.stringContaining("no word of it points to")],
      ["Budget", "it has codes already: Check's fixes settle what is wrong with them."],
    ]);
  });

  it("refuses a table the add-on did not make, saying how to adopt it", () => {
    const addon = loadAddon();
    addLookAlike(addon);
    expect(() => addon.app.suggestForRows(LOOK_ALIKE)).toThrow(/Adopt this table as a matrix/);
  });
});

describe("fillSuggestedRows", () => {
  it("writes the suggested codes into the empty cells in one batch, logs them, and Undo puts them back", () => {
    const addon = loadAddon();
    const sheetName = matrix(addon);
    const before = values(addon, sheetName);
    const found = addon.app.suggestForRows(sheetName);
    const filled = addon.app.fillSuggestedRows(sheetName, targets(found));
    expect(filled.undoable).toBe(true);
    expect(filled.rows).toEqual(found.rows);
    const sheet = addon.sheet(sheetName);
    for (const { cell, code } of found.rows.flatMap((r) => r.codes))
      expect(sheet.getRange(cell).getValue()).toBe(code);
    expect(
      addon
        .analyze(sheetName)
        .findings.filter((f) => f.rule === "NO_ACCOUNTABLE")
        .map((f) => f.initiative),
    ).toEqual(["Walk the dog"]);

    const log = addon.app.getChangeLog(sheetName, "Reduce cloud costs") as { user: string; new: string }[];
    expect(log.length).toBe(found.rows[0].codes.length);
    expect(new Set(log.map((l) => l.user))).toEqual(new Set(["RACI Matrix for Sheets (suggested owners)"]));

    expect(addon.app.undoFixes(sheetName)).toMatchObject({
      restored: found.rows.flatMap((r) => r.codes).length,
    });
    expect(values(addon, sheetName)).toEqual(before);
  });

  it("leaves a row that changed since the preview: renamed, or given a code by someone", () => {
    const addon = loadAddon();
    const sheetName = matrix(addon);
    const found = addon.app.suggestForRows(sheetName);
    addon.edit(sheetName, "B9", "Cut cloud spend");
    addon.edit(sheetName, "D10", "C");
    const filled = addon.app.fillSuggestedRows(sheetName, targets(found));
    expect(filled.rows).toEqual([]);
    expect(filled.skipped.map((s) => s.reason)).toEqual([
      'row 9 now holds "Cut cloud spend", not "Reduce cloud costs": suggest again.',
      "it has codes already: Check's fixes settle what is wrong with them.",
    ]);
    expect(addon.sheet(sheetName).getRange("C9:F9").getValues()).toEqual([["", "", "", ""]]);
  });

  it("reads the company's words", () => {
    const addon = loadAddon();
    const { sheetName } = addon.generate({
      template: "blank",
      initiatives: [{ name: "Nightingale readiness" }],
    });
    expect(addon.app.suggestForRows(sheetName).rows).toEqual([]);
    addon.app.saveGlossary([{ term: "Nightingale", role: "COO" }]);
    expect(addon.app.suggestForRows(sheetName).rows.map((r) => r.owner)).toEqual(["COO"]);
  });

  it("refuses rows given in a shape it cannot read, before anything is read", () => {
    const addon = loadAddon();
    const sheetName = matrix(addon);
    // Hostile input goes through the untyped bundle, as google.script.run may send anything.
    expect(() => addon.bundle.fillSuggestedRows(sheetName, [{ row: "9" }])).toThrow(
      /rows\[0\]\.row must be a sheet row/,
    );
    expect(() => addon.bundle.fillSuggestedRows(sheetName)).toThrow(/rows must list the rows to fill/);
  });
});
