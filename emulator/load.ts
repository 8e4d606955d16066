/**
 * Runs the built add-on (dist/Code.js) the way Apps Script does: one global scope holding the services,
 * the file executed once, entry points found as top-level function declarations. The vm context gets only
 * the emulator's globals and console — no require, process or timers, which Apps Script lacks too.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import vm from "node:vm";
import type { Bundle } from "./edit";
import { type Realm, kernels } from "./kernel";

export interface LoadableEmulator {
  globals: Record<string, unknown>;
}

export function loadBundle(emulator: LoadableEmulator, codePath = "dist/Code.js"): Bundle {
  const k = kernels.get(emulator);
  if (!k) throw new Error("loadBundle expects an emulator made by createEmulator()");
  const file = resolve(codePath);
  const code = readFileSync(file, "utf8");
  const context = vm.createContext({ ...emulator.globals }, { name: "Apps Script (emulator)" });
  k.realm = vm.runInContext("({ Error: Error, Date: Date })", context) as Realm;
  // The script's clock (Kernel.clock), for Date.now() and for `new Date()` alike, as in Apps Script; a Date
  // made with a time, or called as a function, is the language's own.
  k.realm.Date.now = () => k.now();
  vm.runInContext(SCRIPT_DATE, context);
  vm.runInContext(code, context, { filename: file });
  const injected = new Set([...Object.keys(emulator.globals), "Date"]); // Date: SCRIPT_DATE's, not the add-on's
  const bundle: Bundle = {};
  for (const name of Object.getOwnPropertyNames(context)) {
    const fn: unknown = (context as Record<string, unknown>)[name];
    if (injected.has(name) || typeof fn !== "function") continue;
    const entry = fn as (...args: unknown[]) => unknown;
    // a direct call is one execution in AuthMode.FULL, unless it runs inside one already (a trigger)
    bundle[name] = (...args: unknown[]) =>
      k.exec.startedAt !== 0 ? entry(...args) : k.run("FULL", null, () => entry(...args));
  }
  return bundle;
}

/** The bundle's `Date`: `new Date()` reads the script's clock; every Date made is an ordinary one. */
const SCRIPT_DATE = `(() => {
  const Real = Date;
  function ScriptDate(...args) {
    if (new.target === undefined) return Real();
    return args.length === 0 ? new Real(Real.now()) : new Real(...args);
  }
  ScriptDate.prototype = Real.prototype;
  ScriptDate.now = () => Real.now();
  ScriptDate.parse = Real.parse;
  ScriptDate.UTC = Real.UTC;
  globalThis.Date = ScriptDate;
})();`;
