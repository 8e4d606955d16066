/** Loads the built add-on on a fresh emulator, as Apps Script would run it. */
import { join } from "node:path";
import { createEmulator, loadBundle, type Emulator } from "../../emulator";

export const CODE_PATH = join(__dirname, "../../dist/Code.js");

export interface Report {
  sheetName: string;
  findings: {
    rule: string;
    severity: string;
    message: string;
    initiative?: string;
    role?: string;
    cell?: string;
  }[];
  roles: { role: string; R: number; A: number; C: number; I: number; S?: number; heldBy?: string }[];
  counts: { error: number; warning: number; info: number };
  agreement?: {
    agreed: number;
    total: number;
    open: { initiative: string; decision: string; cell: string }[];
  };
}

export interface Generated {
  sheetName: string;
  initiatives: number;
  roles: string[];
}

/**
 * The add-on on a fresh emulator. `strictFlush` is on unless a test turns it off: a lock released with writes
 * pending throws, so every call a test makes proves it commits its writes before it lets the lock go.
 */
export function loadAddon(options: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator({ htmlRoot: join(__dirname, "../../dist"), strictFlush: true, ...options });
  const app = loadBundle(emulator, CODE_PATH);
  return {
    emulator,
    app,
    generate: (spec: unknown) => app.generateMatrix(fixtureSpec(spec)) as Generated,
    analyze: (sheetName?: string) => app.analyzeMatrix(sheetName) as Report,
    refresh: (sheetName?: string) => app.refreshMatrix(sheetName) as Generated,
    sheet: (name: string) => {
      const sheet = emulator.spreadsheet.getSheetByName(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      return sheet;
    },
    edit: (sheetName: string, a1: string, values: unknown) => emulator.editAsUser(app, sheetName, a1, values),
  };
}

/**
 * The suite's fixtures were written for the layout without the people row (the first initiative on row 9),
 * which every matrix made before that row keeps and which must keep working; so `generate` leaves the row
 * out unless the spec says `people: true`. New matrices get it by default: tests/addon/people.test.ts.
 */
function fixtureSpec(spec: unknown): unknown {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec) || "people" in spec) return spec;
  return { ...spec, people: false };
}

export type Addon = ReturnType<typeof loadAddon>;

/**
 * A fresh add-on with one blank-template matrix "M" of CEO, COO and Chief of Staff: Area A, Initiative B, the
 * roles C to E, Status F, Decision, Decided on and Notes G to I, the hidden check J; the first initiative on
 * row 9 (on row 10 under the people row, with `people`).
 */
export function executiveMatrix(initiatives: unknown[], people = false): { addon: Addon; sheetName: string } {
  const addon = loadAddon();
  const roles = ["CEO", "COO", "Chief of Staff"];
  const { sheetName } = addon.generate({ template: "blank", title: "M", people, roles, initiatives });
  return { addon, sheetName };
}
export type { Emulator };
