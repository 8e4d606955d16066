/**
 * onEdit where real Sheets differs from the happy path (https://developers.google.com/apps-script/guides/triggers,
 * Event objects: Edit): AuthMode.NONE, an absent e.value, whole-row edits, dropped events; and a refresh by a
 * collaborator who may not remove the add-on's protections (Protection reference: canEdit).
 */
import type { SpreadsheetAppApi } from "../../emulator/spreadsheet";
import { FIRST, OWNER, setup } from "../helpers/fixtures";

describe("onEdit in AuthMode.NONE (editor add-ons, guides/triggers)", () => {
  it("returns at once: no call, no error, the typed alias stays for Check to convert", () => {
    const { addon, sheetName } = setup();
    const value = (a1: string) => addon.sheet(sheetName).getRange(a1).getValue();
    addon.emulator.calls.reset();
    addon.emulator.editAsUser(addon.bundle, sheetName, `D${FIRST}`, "ra", { authMode: "NONE" });
    expect(addon.emulator.calls.total).toBe(0);
    expect(addon.emulator.triggerRuns.at(-1)).toMatchObject({ name: "onEdit", authMode: "NONE" });
    expect(addon.emulator.triggerRuns.at(-1)?.error).toBeUndefined();
    expect(value(`D${FIRST}`)).toBe("ra");
  });
});

describe("single-cell edits without e.value (a paste, a typed formula)", () => {
  it("fall back to the value just read: a pasted alias is still rewritten and logged", () => {
    const { addon, sheetName } = setup();
    const value = (a1: string) => addon.sheet(sheetName).getRange(a1).getValue();
    const event = addon.emulator.editAsUser(addon.bundle, sheetName, `D${FIRST}`, "ra", { omitValue: true });
    expect(event.value).toBeUndefined();
    expect(value(`D${FIRST}`)).toBe("A/R");
    const log = addon.app.getChangeLog(sheetName);
    expect(log[0]).toMatchObject({ cell: `D${FIRST}`, new: "A/R" });
  });

  it("never overwrite a formula whose result reads like an alias", () => {
    const { addon, sheetName } = setup();
    addon.edit(sheetName, `D${FIRST}`, '="ra"');
    expect(addon.sheet(sheetName).getRange(`D${FIRST}`).getFormula()).toBe('="ra"');
  });
});

describe("whole-row edits use the range's row and size, not its A1 notation", () => {
  it("a row pasted over row 10 ('10:10') has its code cells rewritten and nothing else", () => {
    const { addon, sheetName } = setup();
    const sheet = addon.sheet(sheetName);
    const width = sheet.getMaxColumns();
    const row = Array.from(
      { length: width },
      (_, i) => ["Ops", "Initiative 2", "ra", "c", "responsible"][i] ?? "",
    );
    addon.emulator.editAsUser(addon.bundle, sheetName, `${FIRST + 1}:${FIRST + 1}`, [row]);
    expect(sheet.getRange(`A${FIRST + 1}:E${FIRST + 1}`).getValues()).toEqual([
      ["Ops", "Initiative 2", "A/R", "C", "R"],
    ]);
  });
});

describe("a refresh by a collaborator who may not remove the add-on's protections", () => {
  it("succeeds, keeps the creator's protections without doubling them, and the owner's refresh replaces them", () => {
    const { addon, sheetName } = setup({ user: "a@x.com", owner: OWNER });
    const protections = () =>
      addon
        .sheet(sheetName)
        .getProtections((addon.emulator.globals.SpreadsheetApp as SpreadsheetAppApi).ProtectionType.RANGE)
        .map((p) => `${p.getDescription()} ${p.getRange().getA1Notation()}`)
        .sort();
    const before = protections();
    expect(before.length).toBeGreaterThan(0);
    const result = addon.emulator.asUser("b@x.com", () => addon.refresh(sheetName));
    expect(result.sheetName).toBe(sheetName);
    expect(protections()).toEqual(before);
    addon.emulator.asUser(OWNER, () => addon.refresh(sheetName));
    expect(protections()).toEqual(before);
  });
});
