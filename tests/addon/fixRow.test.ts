/**
 * Fixing one finding's row on the real bundle (fixFindings' third parameter, rows): only that row changes, the
 * other rows' findings stay as they were, Undo puts the row back, and a row that now holds another initiative is
 * not fixed by surprise.
 */
import { loadAddon, type Addon } from "../helpers/addon";

const values = (addon: Addon, sheetName: string) => addon.sheet(sheetName).getDataRange().getValues();
const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0]);

function brokenMatrix(addon: Addon): string {
  return addon.generate({
    template: "blank",
    initiatives: [
      { name: "Reduce cloud costs", assignments: { "Department heads": "R" } }, // a gap
      { name: "Board deck preparation", assignments: { CEO: "A", "Chief of Staff": "A" } }, // double A
      { name: "Streamline expense approvals", assignments: { COO: "A", "Chief of Staff": "R" } }, // shared
    ],
  }).sheetName;
}

describe("fixFindings limited to one row", () => {
  it("fixes that row only, leaves the other rows' findings untouched, and Undo restores it", () => {
    const addon = loadAddon();
    const sheetName = brokenMatrix(addon);
    const before = values(addon, sheetName);
    const findingsBefore = addon.analyze(sheetName).findings;
    const preview = addon.app.previewFixes(sheetName);
    const target = preview.changes.find((c) => c.initiative === "Reduce cloud costs");
    if (!target) throw new Error("the preview has no fix for the gap");
    const row = rowOf(target.cell);
    const only = [{ row, initiative: "Reduce cloud costs" }];

    const limited = addon.app.previewFixes(sheetName, undefined, only);
    expect(limited.changes).toEqual(preview.changes.filter((c) => rowOf(c.cell) === row));
    const result = addon.app.fixFindings(sheetName, undefined, only);
    expect(result.changes).toEqual(limited.changes);
    expect(result.undoable).toBe(true);

    const after = values(addon, sheetName);
    // The other initiatives' rows are as they were (the summary below the grid recounts, as it should).
    for (const other of ["Board deck preparation", "Streamline expense approvals"]) {
      const at = before.findIndex((cells) => cells.includes(other));
      expect(at).toBeGreaterThan(0);
      expect(after[at]).toEqual(before[at]);
    }
    expect(after[row - 1]).not.toEqual(before[row - 1]);
    const findingsAfter = addon.analyze(sheetName).findings;
    expect(findingsAfter.filter((f) => f.initiative === "Reduce cloud costs")).toEqual([]);
    expect(findingsAfter).toEqual(findingsBefore.filter((f) => f.initiative !== "Reduce cloud costs"));

    expect(addon.app.undoFixes(sheetName)).toEqual({
      sheetName,
      restored: result.changes.length,
      skipped: 0,
    });
    expect(values(addon, sheetName)).toEqual(before);
    expect(addon.analyze(sheetName).findings).toEqual(findingsBefore);
  });

  it("leaves a row alone when it now holds another initiative than the one the preview showed", () => {
    const addon = loadAddon();
    const sheetName = brokenMatrix(addon);
    const preview = addon.app.previewFixes(sheetName);
    const target = preview.changes.find((c) => c.initiative === "Reduce cloud costs");
    if (!target) throw new Error("the preview has no fix for the gap");
    const row = rowOf(target.cell);
    addon.sheet(sheetName).insertRowsBefore(row, 1); // someone inserts a row above it since the preview
    addon.sheet(sheetName).getRange(row, 2).setValue("Office move logistics");
    const before = values(addon, sheetName);
    const result = addon.app.fixFindings(sheetName, undefined, [{ row, initiative: "Reduce cloud costs" }]);
    expect(result.changes).toEqual([]);
    expect(result.skipped[0].reason).toMatch(
      new RegExp(`^row ${row} now holds "Office move logistics", not "Reduce cloud costs"`),
    );
    expect(values(addon, sheetName)).toEqual(before);
  });

  it("refuses a bad row with a message naming the field, before reading or writing anything", () => {
    const addon = loadAddon();
    const sheetName = brokenMatrix(addon);
    const before = values(addon, sheetName);
    expect(() => addon.app.fixFindings(sheetName, undefined, [{ row: 0, initiative: "x" }])).toThrow(
      /rows\[0\]\.row must be a sheet row number/,
    );
    expect(() => addon.bundle.previewFixes(sheetName, undefined, [{ row: 3 }])).toThrow(
      /rows\[0\]\.initiative must be the initiative's name as text/,
    );
    expect(values(addon, sheetName)).toEqual(before);
  });
});
