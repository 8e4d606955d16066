/**
 * Every public call that writes, and onEdit, commits its writes with SpreadsheetApp.flush() before it lets the
 * document lock go: "You should call SpreadsheetApp.flush() prior to releasing the lock, to commit all pending
 * changes to the spreadsheet while you still have exclusive access to it" (Lock.releaseLock reference). The
 * emulator records each release made with writes pending, and under strictFlush throws on it.
 */
import { loadAddon, type Addon } from "../helpers/addon";
import { addLookAlike, LOOK_ALIKE } from "./user-content";

const M = "M";

function setup(): Addon {
  const addon = loadAddon({ user: "owner@example.com", strictFlush: true });
  addon.generate({ template: "coo-cos", title: M, people: true });
  addLookAlike(addon); // "Tracker": a table someone keeps, for adoptMatrix
  return addon;
}

const calls: [string, (addon: Addon) => unknown][] = [
  ["generateMatrix", (addon) => addon.generate({ title: "Another" })],
  ["refreshMatrix", (addon) => addon.refresh(M)],
  ["addRole", (addon) => addon.app.addRole(M, "CFO")],
  ["renameRole", (addon) => addon.app.renameRole(M, "CEO", "Chief executive")],
  ["removeRole", (addon) => addon.app.removeRole(M, "Department heads")],
  ["addInitiative", (addon) => addon.app.addInitiative(M, "Hiring plan", "Operations")],
  ["removeInitiative", (addon) => addon.app.removeInitiative(M, "Set the operational strategy")],
  ["moveInitiative", (addon) => addon.app.moveInitiative(M, "Set the operational strategy", "down")],
  [
    "addAgreementColumns",
    (addon) => {
      const roles = ["CEO", "COO", "Chief of Staff"];
      const { sheetName } = addon.generate({ template: "blank", title: "Before them", roles, people: false });
      addon.sheet(sheetName).deleteColumns(7, 4); // Decision, Decided on, Agreed by, Notes: a matrix made before them
      return addon.app.addAgreementColumns(sheetName);
    },
  ],
  ["setPeople", (addon) => addon.app.setPeople(M, { COO: "Dana Lee" })],
  [
    "addPeopleRow",
    (addon) => addon.app.addPeopleRow(addon.generate({ title: "No people", people: false }).sheetName),
  ],
  ["saveMatrixSettings", (addon) => addon.app.saveMatrixSettings(M, { maxResponsible: 2 })],
  ["saveCharter", (addon) => addon.app.saveCharter(M, "COO", ["Runs operations"])],
  ["fixFindings", (addon) => addon.app.fixFindings(M)],
  ["convertCodes", (addon) => addon.app.convertCodes(M)],
  ["adoptMatrix", (addon) => addon.app.adoptMatrix(LOOK_ALIKE)],
  ["runSelfCheck", (addon) => addon.app.runSelfCheck()],
];

describe("SpreadsheetApp.flush() before every release of the lock that follows writes", () => {
  it.each(calls)("%s", (_, call) => {
    const addon = setup();
    addon.edit(M, "D11", ""); // a gap for Fix all
    addon.sheet(M).getRange("E12").setValue("ra"); // shorthand for convertCodes
    call(addon);
    expect(addon.emulator.releasesWithPendingWrites).toEqual([]);
  });

  it("undoFixes", () => {
    const addon = setup();
    addon.edit(M, "D11", "");
    addon.app.fixFindings(M);
    addon.app.undoFixes(M);
    expect(addon.emulator.releasesWithPendingWrites).toEqual([]);
  });

  it("onEdit: a typed code, a paste, a Decision, a name in the people row, Status and a summary count typed over", () => {
    const addon = setup();
    addon.edit(M, "D11", "ra");
    addon.emulator.pasteAsUser(addon.bundle, M, "C11:E12", [
      ["a", "r", "c"],
      ["i", "", "R"],
    ]);
    addon.edit(M, "J11", "Agreed");
    addon.edit(M, "D12", "c");
    addon.edit(M, "D9", "Dana Lee");
    addon.edit(M, "I11", "done");
    addon.edit(M, "C3", "12");
    expect(addon.emulator.triggerRuns.filter((run) => run.error !== undefined)).toEqual([]);
    expect(addon.emulator.releasesWithPendingWrites).toEqual([]);
  });
});
