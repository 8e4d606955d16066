/**
 * onEdit where real Sheets differs from the happy path (https://developers.google.com/apps-script/guides/triggers,
 * Event objects: Edit): AuthMode.NONE, an absent e.value, whole-row edits, dropped events; and a refresh by a
 * collaborator who may not remove the add-on's protections (Protection reference: canEdit).
 */
import type { SpreadsheetAppApi } from "../../emulator/spreadsheet";
import { loadAddon } from "../helpers/addon";

const FIRST = 9;

function setup(options: Parameters<typeof loadAddon>[0] = {}) {
  const addon = loadAddon({ user: "owner@example.com", ...options });
  const { sheetName } = addon.generate({
    template: "blank",
    title: "M",
    roles: ["CEO", "COO", "Chief of Staff"],
    initiatives: [{ name: "Initiative 1" }, { name: "Initiative 2" }, { name: "Initiative 3" }],
  });
  const value = (a1: string) => addon.sheet(sheetName).getRange(a1).getValue();
  return { addon, sheetName, value };
}

describe("onEdit in AuthMode.NONE (editor add-ons, guides/triggers)", () => {
  it("returns at once: no call, no error, the typed alias stays for Check to convert", () => {
    const { addon, sheetName, value } = setup();
    addon.emulator.calls.reset();
    addon.emulator.editAsUser(addon.app, sheetName, `D${FIRST}`, "ra", { authMode: "NONE" });
    expect(addon.emulator.calls.total).toBe(0);
    expect(addon.emulator.triggerRuns.at(-1)).toMatchObject({ name: "onEdit", authMode: "NONE" });
    expect(addon.emulator.triggerRuns.at(-1)?.error).toBeUndefined();
    expect(value(`D${FIRST}`)).toBe("ra");
  });
});

describe("single-cell edits without e.value (a paste, a typed formula)", () => {
  it("fall back to the value just read: a pasted alias is still rewritten and logged", () => {
    const { addon, sheetName, value } = setup();
    const event = addon.emulator.editAsUser(addon.app, sheetName, `D${FIRST}`, "ra", { omitValue: true });
    expect(event.value).toBeUndefined();
    expect(value(`D${FIRST}`)).toBe("A/R");
    const log = addon.app.getChangeLog(sheetName) as { cell: string; new: string }[];
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
    addon.emulator.editAsUser(addon.app, sheetName, `${FIRST + 1}:${FIRST + 1}`, [row]);
    expect(sheet.getRange(`A${FIRST + 1}:E${FIRST + 1}`).getValues()).toEqual([
      ["Ops", "Initiative 2", "A/R", "C", "R"],
    ]);
  });
});

describe("a refresh by a collaborator who may not remove the add-on's protections", () => {
  it("succeeds, keeps the creator's protections without doubling them, and the owner's refresh replaces them", () => {
    const { addon, sheetName } = setup({ user: "a@x.com", owner: "owner@example.com" });
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
    addon.emulator.asUser("owner@example.com", () => addon.refresh(sheetName));
    expect(protections()).toEqual(before);
  });
});
