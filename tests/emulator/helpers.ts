import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, type EmulatorOptions, createEmulator, loadBundle } from "../../emulator/index";
import type { SheetApi } from "../../emulator/sheet";
import type { SpreadsheetAppApi } from "../../emulator/spreadsheet";

export function setup(options: EmulatorOptions = {}): {
  emu: Emulator;
  sheet: SheetApi;
  app: SpreadsheetAppApi;
} {
  const emu = createEmulator(options);
  const sheet = emu.spreadsheet.getSheetByName("Sheet1");
  if (!sheet) throw new Error("no Sheet1");
  // builders only (not counted); the typed view of the global
  const app = emu.globals.SpreadsheetApp as SpreadsheetAppApi;
  return { emu, sheet, app };
}

/** Writes a small Apps Script file to a temp folder and loads it into the emulator. */
export function bundleFrom(emu: Emulator, source: string): ReturnType<typeof loadBundle> {
  const dir = mkdtempSync(join(tmpdir(), "emu-bundle-"));
  const file = join(dir, "Code.js");
  writeFileSync(file, source);
  return loadBundle(emu, file);
}
