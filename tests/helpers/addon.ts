/**
 * Loads the built add-on on the emulator, as Apps Script would run it, with its entry points typed from the
 * server module itself: a test reads the server's own result types, so a changed result breaks the typecheck
 * of every test that reads it, and no test re-declares or casts one.
 */
import { join } from "node:path";
import { createEmulator, loadBundle, type Bundle, type Emulator, type EmulatorOptions } from "../../emulator";
import type * as Server from "../../src/index";

export const DIST = join(__dirname, "../../dist");
export const CODE_PATH = join(DIST, "Code.js");

/** Every public call of the add-on, as src/index.ts exports it. */
export type AddonApp = typeof Server;
/** What the public call `name` returns. */
export type Result<Name extends keyof AddonApp> = ReturnType<AddonApp[Name]>;
export type Report = Result<"analyzeMatrix">;
export type Generated = Result<"generateMatrix">;
export type MatrixSpec = NonNullable<Parameters<AddonApp["generateMatrix"]>[0]>;

/**
 * Loads dist/Code.js into an emulator: `bundle` takes any arguments, as google.script.run or another
 * script may send them; `app` is the same functions typed as the server declares them (bundle.test.ts
 * proves the build makes one global per export of src/index.ts).
 */
export function loadApp(emulator: Emulator, codePath = CODE_PATH): { bundle: Bundle; app: AddonApp } {
  const bundle = loadBundle(emulator, codePath);
  return { bundle, app: bundle as unknown as AddonApp };
}

/**
 * The add-on on a new spreadsheet, or on a saved one when `options.state` is an `emulator.toJSON()`.
 * `strictFlush` is on unless a test turns it off: a lock released with writes pending throws, so every call a
 * test makes proves it commits its writes before it lets the lock go.
 */
export function loadAddon(options: EmulatorOptions = {}) {
  const emulator = createEmulator({ htmlRoot: DIST, strictFlush: true, ...options });
  const { bundle, app } = loadApp(emulator);
  return {
    emulator,
    app,
    bundle,
    generate: (spec: MatrixSpec): Generated => app.generateMatrix(fixtureSpec(spec)),
    analyze: (sheetName?: string): Report => app.analyzeMatrix(sheetName),
    refresh: (sheetName?: string): Generated => app.refreshMatrix(sheetName),
    sheet: (name: string) => {
      const sheet = emulator.spreadsheet.getSheetByName(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      return sheet;
    },
    edit: (sheetName: string, a1: string, values: unknown) =>
      emulator.editAsUser(bundle, sheetName, a1, values),
  };
}

/**
 * The suite's fixtures were written for the layout without the people row (the first initiative on row 9),
 * which every matrix made before that row keeps and which must keep working; so `generate` leaves the row
 * out unless the spec says `people: true`. New matrices get it by default: tests/addon/people.test.ts.
 */
function fixtureSpec(spec: MatrixSpec): MatrixSpec {
  return "people" in spec ? spec : { ...spec, people: false };
}

export type Addon = ReturnType<typeof loadAddon>;

/**
 * A fresh add-on with one blank-template matrix "M" of CEO, COO and Chief of Staff: Area A, Initiative B, the
 * roles C to E, Status F, Decision, Decided on and Notes G to I, the hidden check J; the first initiative on
 * row 9 (on row 10 under the people row, with `people`).
 */
export function executiveMatrix(
  initiatives: MatrixSpec["initiatives"],
  people = false,
): { addon: Addon; sheetName: string } {
  const addon = loadAddon();
  const roles = ["CEO", "COO", "Chief of Staff"];
  const { sheetName } = addon.generate({ template: "blank", title: "M", people, roles, initiatives });
  return { addon, sheetName };
}
export type { Emulator };
