/**
 * Fault injection over every public write call: with the emulator's services throwing on each call number in
 * turn, the spreadsheet ends either unchanged or complete, never half-built. (A failed Apps Script service
 * call throws "Service Spreadsheets failed while accessing document…"; real ones are usually transient.)
 */
import { loadAddon, type Addon } from "../helpers/addon";
import { snapshot as workbookSnapshot } from "./structure-oracle";

interface Operation {
  name: string;
  /** Brings a fresh add-on to the state the operation starts from; returns the matrix's sheet name. */
  setup(addon: Addon): string;
  run(addon: Addon, sheetName: string): unknown;
}

const template = (addon: Addon) => addon.generate({ template: "coo-cos", title: "M" }).sheetName;

const OPERATIONS: Operation[] = [
  {
    name: "generateMatrix",
    setup: () => "",
    run: (addon) => addon.generate({ template: "coo-cos", title: "M" }),
  },
  {
    name: "refreshMatrix after initiatives were typed below the prepared rows",
    setup: (addon) => {
      const sheetName = template(addon);
      const sheet = addon.sheet(sheetName);
      sheet.insertRowsAfter(sheet.getMaxRows(), 5); // "Add more rows" at the bottom of the grid
      addon.edit(sheetName, "A38:D39", [
        ["Ops", "Late initiative", "ra", "c"],
        ["Ops", "Another", "", "A"],
      ]);
      return sheetName;
    },
    run: (addon, sheetName) => addon.refresh(sheetName),
  },
  { name: "addRole", setup: template, run: (addon, s) => addon.app.addRole(s, "CFO") },
  {
    name: "renameRole",
    setup: template,
    run: (addon, s) => addon.app.renameRole(s, "COO", "Operations lead"),
  },
  { name: "removeRole", setup: template, run: (addon, s) => addon.app.removeRole(s, "CEO") },
  {
    name: "addInitiative",
    setup: template,
    run: (addon, s) => addon.app.addInitiative(s, "Hiring plan", "Operations"),
  },
  {
    name: "removeInitiative",
    setup: template,
    run: (addon, s) => addon.app.removeInitiative(s, String(addon.sheet(s).getRange("B10").getValue())),
  },
  {
    name: "moveInitiative",
    setup: template,
    run: (addon, s) => addon.app.moveInitiative(s, String(addon.sheet(s).getRange("B10").getValue()), "down"),
  },
  {
    name: "saveMatrixSettings",
    setup: template,
    run: (addon, s) =>
      addon.app.saveMatrixSettings(s, {
        ownerPair: ["CEO", "COO"],
        maxResponsible: 1,
        maxConsulted: 3,
        maxInformed: 5,
        overloadShare: 0.6,
        overloadMinInitiatives: 4,
      }),
  },
];

const snapshot = (addon: Addon): string => JSON.stringify(workbookSnapshot(addon));

type Snapshot = { sheets: { name: string; hidden?: boolean; frozenRows?: number }[] };
const LOG = "RACI change log";
const withoutLog = (state: string): string => {
  const parsed = JSON.parse(state) as Snapshot;
  return JSON.stringify({ ...parsed, sheets: parsed.sheets.filter((s) => s.name !== LOG) });
};
const logOf = (state: string): Snapshot["sheets"][number] | undefined =>
  (JSON.parse(state) as Snapshot).sheets.find((s) => s.name === LOG);
/** The log is as it was, or a whole new one: hidden, header frozen (only the line is missing). */
const logIsWhole = (after: string, before: string): boolean => {
  const log = logOf(after);
  if (JSON.stringify(log) === JSON.stringify(logOf(before))) return true;
  return log !== undefined && log.hidden === true && log.frozenRows === 1;
};

function fresh(operation: Operation): { addon: Addon; sheetName: string } {
  const addon = loadAddon();
  const sheetName = operation.setup(addon);
  return { addon, sheetName };
}

describe.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
  "%s with a service failing on each call in turn",
  (_name, operation) => {
    it("leaves the spreadsheet unchanged or complete, and fails with a readable message", () => {
      const reference = fresh(operation);
      const before = snapshot(reference.addon);
      reference.addon.emulator.calls.reset();
      operation.run(reference.addon, reference.sheetName);
      const calls = reference.addon.emulator.calls.total;
      const complete = snapshot(reference.addon);
      expect(complete).not.toBe(before);

      const outcomes = { unchanged: 0, complete: 0 };
      for (let n = 1; n <= calls; n++) {
        const { addon, sheetName } = fresh(operation);
        addon.emulator.failOnCall(n);
        try {
          operation.run(addon, sheetName);
        } catch (error) {
          // Our own errors, or Apps Script's service exception passed through (it names the failure).
          expect(["Error", "Exception"]).toContain((error as Error).name);
          expect((error as Error).message).toMatch(/\w{3,}/);
        }
        addon.emulator.failOnCall(null);
        const after = snapshot(addon);
        if (after === before) outcomes.unchanged++;
        else if (after === complete) outcomes.complete++;
        // A sidebar change is done, but its change-log line could not be written: the change stands.
        else if (withoutLog(after) === withoutLog(complete) && logIsWhole(after, before)) outcomes.complete++;
        else
          throw new Error(
            `call ${n} of ${calls} (${JSON.stringify(addon.emulator.calls.byMethod)}) left a half-built state`,
          );
        expect(addon.emulator.documentLock.holder).toBeNull();
      }
      expect(outcomes.unchanged + outcomes.complete).toBe(calls);
    });
  },
);
