/**
 * The built dist/Code.js as Apps Script sees it: entry points are top-level function declarations
 * (https://developers.google.com/apps-script/guides/triggers), there is no module syntax, and loading it
 * makes no service call (it runs on every execution, simple triggers in AuthMode.NONE included).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { createEmulator, loadBundle } from "../../emulator";

const codePath = join(__dirname, "../../dist/Code.js");
const code = readFileSync(codePath, "utf8");

describe("dist/Code.js", () => {
  it("declares every export of src/index.ts as a top-level function", async () => {
    const result = await esbuild.build({
      entryPoints: [join(__dirname, "../../src/index.ts")],
      bundle: true,
      format: "esm",
      write: false,
      metafile: true,
    });
    const exported = Object.values(result.metafile.outputs)[0].exports;
    expect(exported.length).toBeGreaterThan(5);
    for (const name of exported) expect(code).toMatch(new RegExp(`^function ${name}\\(`, "m"));
  });

  it("contains no import or export statement", () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it("makes no service call when loaded", () => {
    const emulator = createEmulator();
    emulator.calls.reset();
    loadBundle(emulator, codePath);
    expect(emulator.calls.total).toBe(0);
  });

  it("builds a menu in onOpen whose every item names a global function of the bundle", () => {
    const emulator = createEmulator();
    const app = loadBundle(emulator, codePath);
    app.onOpen({ authMode: "NONE" });
    const items = emulator.ui.menus
      .flatMap((menu) => menu.items)
      .flatMap((item) => (typeof item === "object" && "functionName" in item ? [item] : []));
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const item of items) expect(typeof app[item.functionName]).toBe("function");
  });

  it("onOpen in AuthMode.NONE (installed, not yet used in this document) only builds the menu (editor add-on authorization)", () => {
    const emulator = createEmulator();
    const app = loadBundle(emulator, codePath);
    emulator.open(app, "NONE");
    expect(emulator.triggerRuns.map((run) => run.error)).toEqual([undefined]);
    expect(emulator.ui.menus).toHaveLength(1);
  });

  it("onInstall builds the same menu as onOpen (Google's add-on samples)", () => {
    const emulator = createEmulator();
    loadBundle(emulator, codePath).onInstall({ authMode: "FULL" });
    expect(emulator.ui.menus).toHaveLength(1);
  });
});
