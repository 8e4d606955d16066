/** renameRole with `everywhere`: when someone leaves, their role is renamed in every matrix that has it. */
import { loadAddon } from "../helpers/addon";

const HEADER_ROW = 8;

describe("renameRole everywhere", () => {
  it("renames the role in every matrix that has it, and leaves the others alone", () => {
    const addon = loadAddon();
    const a = addon.generate({ template: "coo-cos", title: "A" }).sheetName;
    const b = addon.generate({ template: "coo-cos", title: "B" }).sheetName;
    const noCoo = addon.generate({ template: "blank", title: "C", roles: ["CEO", "CFO"] }).sheetName;
    const clash = addon.generate({
      template: "blank",
      title: "D",
      roles: ["COO", "Operations lead"],
    }).sheetName;
    addon.sheet("Sheet1").getRange("A1").setValue("COO"); // not a matrix: untouched

    const result = addon.app.renameRole(a, "COO", "Operations lead", true);

    expect(result.alsoRenamedIn).toEqual([b]);
    /** The role names: the header between Initiative (B) and Status (then Decision, Decided on, Notes). */
    const header = (name: string) => {
      const sheet = addon.sheet(name);
      const row = sheet.getRange(HEADER_ROW, 3, 1, sheet.getLastColumn() - 2).getValues()[0];
      return row.slice(0, row.indexOf("Status"));
    };
    expect(header(a)).toEqual(["CEO", "Operations lead", "Chief of Staff", "Department heads"]);
    expect(header(b)).toEqual(["CEO", "Operations lead", "Chief of Staff", "Department heads"]);
    expect(header(noCoo)).toEqual(["CEO", "CFO"]);
    expect(header(clash)).toEqual(["COO", "Operations lead"]);
    expect(addon.sheet("Sheet1").getRange("A1").getValue()).toBe("COO");
    // The owner pair follows in both renamed matrices: the template stays clean.
    expect(addon.analyze(b).counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(addon.app.describeActiveSheet(b)).toMatchObject({
      matrix: { settings: { ownerPair: ["Operations lead", "Chief of Staff"] } },
    });
  });

  it("without everywhere, renames only the given matrix", () => {
    const addon = loadAddon();
    const a = addon.generate({ template: "coo-cos", title: "A" }).sheetName;
    const b = addon.generate({ template: "coo-cos", title: "B" }).sheetName;
    const result = addon.app.renameRole(a, "COO", "Operations lead");
    expect(result.alsoRenamedIn).toEqual([]);
    expect(addon.sheet(b).getRange(HEADER_ROW, 4).getValue()).toBe("COO");
  });
});
