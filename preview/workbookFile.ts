/**
 * The preview's workbook file: the emulator's toJSON() in a small envelope, written atomically (a
 * temporary file, then a rename) so a crash mid-write never leaves half a file. A file that cannot be
 * read is renamed aside, never deleted, so a hand-edited workbook can still be repaired and reloaded.
 * Files set aside keep the ".json" ending so the project's `.preview-workbook*.json` git-ignore rule
 * covers them: ".preview-workbook.corrupt-<time>.json", ".preview-workbook.reset-<time>.json".
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, extname } from "node:path";

const APP = "raci-matrix-for-sheets/preview";
const FORMAT = 1;

export type LoadResult =
  { kind: "missing" } | { kind: "loaded"; workbook: unknown } | { kind: "unreadable"; reason: string };

/** Reads and unwraps the file; says why when it cannot. */
export function readWorkbookFile(file: string): LoadResult {
  if (!existsSync(file)) return { kind: "missing" };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return { kind: "unreadable", reason: error instanceof Error ? error.message : String(error) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      kind: "unreadable",
      reason: `it is not valid JSON (${error instanceof Error ? error.message : "parse error"})`,
    };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { kind: "unreadable", reason: "it does not hold a JSON object" };
  }
  const envelope = parsed as Record<string, unknown>;
  if (envelope.app !== APP)
    return { kind: "unreadable", reason: `it was not written by the preview (no "app": "${APP}")` };
  if (envelope.format !== FORMAT) {
    return {
      kind: "unreadable",
      reason: `it has format ${String(envelope.format)}; this preview reads format ${FORMAT}`,
    };
  }
  if (typeof envelope.workbook !== "object" || envelope.workbook === null) {
    return { kind: "unreadable", reason: 'it has no "workbook" object' };
  }
  return { kind: "loaded", workbook: envelope.workbook };
}

/** The envelope around an already serialised workbook (kept as text: no second stringify of a big object). */
export function workbookFileText(workbookJson: string): string {
  return `{"app":${JSON.stringify(APP)},"format":${FORMAT},"savedAt":${JSON.stringify(new Date().toISOString())},"workbook":${workbookJson}}\n`;
}

/** Beside the file, with a name the same git-ignore rule covers. */
function temporaryName(file: string): string {
  const ext = extname(file) || ".json";
  const stem = extname(file) ? file.slice(0, -ext.length) : file;
  return `${stem}.saving-${process.pid}${ext}`;
}

/** Writes the file atomically. */
export async function writeWorkbookFile(file: string, workbookJson: string): Promise<void> {
  const temporary = temporaryName(file);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(temporary, workbookFileText(workbookJson), "utf8");
  await rename(temporary, file);
}

/** The synchronous twin, for the last save when the process is exiting. */
export function writeWorkbookFileSync(file: string, workbookJson: string): void {
  const temporary = temporaryName(file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(temporary, workbookFileText(workbookJson), "utf8");
  renameSync(temporary, file);
}

/** Renames `file` to a sibling tagged with `why` and the time; returns the new path. */
export function setAside(file: string, why: "corrupt" | "reset", now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const ext = extname(file) || ".json";
  const stem = extname(file) ? file.slice(0, -ext.length) : file;
  let target = `${stem}.${why}-${stamp}${ext}`;
  for (let n = 2; existsSync(target); n++) target = `${stem}.${why}-${stamp}-${n}${ext}`;
  renameSync(file, target);
  return target;
}
