/**
 * `npm run package` → artifacts/raci-matrix-for-sheets-<version>.zip: the three files of dist/ that make the
 * add-on (Code.js, sidebar.html, appsscript.json) and INSTALL.txt (from docs/INSTALL.txt), for someone who wants the add-on in one
 * spreadsheet today without Node or clasp: they paste the files into Extensions › Apps Script.
 * The zip is written with fflate (pure JavaScript, no native code); it is a dev dependency, never bundled.
 */
import { strToU8, zipSync } from "fflate";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const root = join(__dirname, "..");

/** The files a pasted install needs, as dist/ names them. */
export const PACKAGED_FILES = ["Code.js", "sidebar.html", "appsscript.json"] as const;

/** docs/INSTALL.txt (readable in the repository too) with the version filled in. */
export async function installText(version: string): Promise<string> {
  const template = await readFile(join(root, "docs/INSTALL.txt"), "utf8");
  return template.replace(/\{\{version\}\}/g, version);
}

/** Zips dist/'s add-on files and INSTALL.txt into `outFile`; returns the names in the zip. */
export async function packageAddon(distDir: string, outFile: string, version: string): Promise<string[]> {
  const entries: Record<string, Uint8Array> = {};
  for (const name of PACKAGED_FILES) entries[name] = await readFile(join(distDir, name));
  entries["INSTALL.txt"] = strToU8(await installText(version));
  // A fixed time keeps the zip byte-for-byte the same for the same files (zip times have 2 s steps from 1980).
  const zip = zipSync(entries, { level: 9, mtime: new Date(Date.UTC(2026, 0, 1)) });
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, zip);
  return Object.keys(entries);
}

async function main(): Promise<void> {
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string };
  const outFile = join(root, "artifacts", `raci-matrix-for-sheets-${pkg.version}.zip`);
  const names = await packageAddon(join(root, "dist"), outFile, pkg.version);
  console.log(`wrote ${outFile} (${names.join(", ")})`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
