/**
 * Fault injection over the public write calls: with the emulator's services throwing on call number k, for
 * each k in turn, the spreadsheet ends either unchanged or complete, never half-built. (A failed Apps Script
 * service call throws "Service Spreadsheets failed while accessing document…"; real ones are usually
 * transient.) Each operation's starting state is built once, saved (emulator.toJSON()) and restored before
 * each k, so the sweep pays for the operation, not for its setup.
 */
import type { EmulatorOptions } from "../../../emulator";
import { loadAddon, type Addon } from "../../helpers/addon";
import { LOG_SHEET_NAME } from "../../helpers/fixtures";
import { cellOf, differences, snapshot as workbookSnapshot } from "../structure-oracle";

export interface Operation {
  name: string;
  /** The emulator's options (the user above all), given again to each restored copy. */
  options?: EmulatorOptions;
  /** Brings a new add-on to the state the operation starts from; returns the sheet it works on. */
  setup(addon: Addon): string;
  run(addon: Addon, sheetName: string): unknown;
  /**
   * What the sweep finds left half-done today, and the issue that rebuilds that write path: the sweep then runs
   * as `it.failing`, and fails (so the note goes) once the write path leaves nothing half-done.
   */
  halfBuiltToday?: string;
}

interface Saved {
  sheets: { name: string; values: [number, number, unknown][]; formulas: [number, number, unknown][] }[];
  properties: { document: Record<string, string> };
}
const parse = (state: string) => JSON.parse(state) as Saved;

/**
 * The state as far as a change goes: without the change log (best effort: a change stands though its line could
 * not be written) and, when the call said `undoable: false`, without the document properties `complete` added
 * (the Undo record could not be saved; the change stands, and the caller was told).
 */
function changeOnly(state: string, before: string, complete: string, undoLost: boolean): string {
  const saved = parse(state);
  const sheets = saved.sheets.filter((s) => s.name !== LOG_SHEET_NAME);
  const kept = parse(before).properties.document;
  const document = Object.entries(saved.properties.document).filter(
    ([key]) => !undoLost || key in kept || !(key in parse(complete).properties.document),
  );
  return JSON.stringify({
    ...saved,
    sheets,
    properties: { ...saved.properties, document: Object.fromEntries(document) },
  });
}

/** The log is as it was, or a whole new one: hidden, header frozen (only the line is missing). */
function logIsWhole(after: string, before: string): boolean {
  const logOf = (state: string) =>
    (JSON.parse(state) as { sheets: { name: string; hidden?: boolean; frozenRows?: number }[] }).sheets.find(
      (s) => s.name === LOG_SHEET_NAME,
    );
  const log = logOf(after);
  if (JSON.stringify(log) === JSON.stringify(logOf(before))) return true;
  return log !== undefined && log.hidden === true && log.frozenRows === 1;
}

/** A state with sheets keyed by name and cells by A1, so that differences name places. */
function readable(state: string): unknown {
  const byCell = (triples: [number, number, unknown][]) =>
    Object.fromEntries(triples.map(([r, c, v]) => [cellOf(r + 1, c + 1), v]));
  const { sheets, ...rest } = parse(state);
  const named = sheets.map((s) => [s.name, { ...s, values: byCell(s.values), formulas: byCell(s.formulas) }]);
  return { ...rest, sheets: Object.fromEntries(named) };
}

/** What a failure left: what it did, and what it did not. */
const halfBuilt = (after: string, before: string, complete: string): string =>
  [
    `  done: ${differences(readable(before), readable(after), 4).join("; ")}`,
    `  not done: ${differences(readable(after), readable(complete), 4).join("; ")}`,
  ].join("\n");

const saidUndoLost = (result: unknown): boolean =>
  typeof result === "object" && result !== null && "undoable" in result && result.undoable === false;

const snapshot = (addon: Addon): string => JSON.stringify(workbookSnapshot(addon));

/** The add-on reports what it could not do (a log line, say) on the console: expected here, by the hundred. */
const quiet: Console = { ...console, error: () => undefined };

/** One test per operation: each of its service calls fails in turn. */
export function sweepFaults(operations: Operation[]): void {
  describe.each(operations.map((operation) => [operation.name, operation] as const))(
    "%s with a service failing on each call in turn",
    (_name, operation) => {
      const test = operation.halfBuiltToday === undefined ? it : it.failing;
      const known =
        operation.halfBuiltToday === undefined ? "" : ` (fails today: ${operation.halfBuiltToday})`;
      test(`leaves the spreadsheet unchanged or complete, and fails with a readable message${known}`, () => {
        const options = { console: quiet, ...operation.options };
        const reference = loadAddon(options);
        const sheetName = operation.setup(reference);
        const start = reference.emulator.toJSON();
        const before = snapshot(reference);
        // Every run sees the same time, so that what it writes (an Undo record, a Decided on date) compares.
        const startedAt = Date.now();
        const restore = () => {
          const addon = loadAddon({ ...options, state: start });
          addon.emulator.clock.frozenAt = startedAt;
          return addon;
        };
        expect(snapshot(restore())).toBe(before);

        reference.emulator.clock.frozenAt = startedAt;
        reference.emulator.calls.reset();
        reference.emulator.calls.record = true;
        operation.run(reference, sheetName);
        const { total: calls, sequence } = reference.emulator.calls;
        const complete = snapshot(reference);
        expect(complete).not.toBe(before);

        const half: string[] = [];
        for (let k = 1; k <= calls; k++) {
          const addon = restore();
          addon.emulator.failOnCall(k);
          let result: unknown;
          try {
            result = operation.run(addon, sheetName);
          } catch (error) {
            // Our own errors, or Apps Script's service exception passed through (it names the failure).
            expect(["Error", "Exception"]).toContain((error as Error).name);
            expect((error as Error).message).toMatch(/\w{3,}/);
          }
          addon.emulator.failOnCall(null);
          expect(addon.emulator.documentLock.holder).toBeNull();
          const after = snapshot(addon);
          if (after === before || after === complete) continue;
          const undoLost = saidUndoLost(result);
          const stands =
            changeOnly(after, before, complete, undoLost) ===
            changeOnly(complete, before, complete, undoLost);
          if (stands && logIsWhole(after, before)) continue;
          half.push(
            `a failure of call ${k} of ${calls} (${sequence[k - 1]}):\n${halfBuilt(after, before, complete)}`,
          );
        }
        expect(half).toEqual([]);
      });
    },
  );
}

/** The starting point most operations share: the COO vs Chief of Staff template as "M". */
export const template = (addon: Addon): string =>
  addon.generate({ template: "coo-cos", title: "M" }).sheetName;
