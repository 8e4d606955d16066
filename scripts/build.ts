/**
 * `npm run build` → dist/, the folder clasp pushes (.clasp.json rootDir).
 * - dist/Code.js: the add-on as one IIFE plus one top-level function per export of src/index.ts,
 *   because Apps Script finds entry points (triggers, menu items, google.script.run) only as top-level
 *   function declarations, and it has no module system.
 * - dist/sidebar.html: the sidebar's script and CSS inlined, because HtmlService serves one file.
 * - dist/appsscript.json: the manifest.
 */
import { build } from "esbuild";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { updateTable } from "./lexicon";

const root = join(__dirname, "..");
const dist = join(root, "dist");
const GLOBAL_NAME = "RaciApp";

/**
 * The one version source is package.json; the build writes it into the add-on and the sidebar as the
 * constant __ADDON_VERSION__ (declared in src/version.ts), so Help and the sidebar's footer never disagree.
 */
async function versionDefine(): Promise<Record<string, string>> {
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string };
  return { __ADDON_VERSION__: JSON.stringify(pkg.version) };
}

/** The names src/index.ts exports, read from esbuild's metafile rather than by running the code. */
async function exportNames(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    write: false,
    metafile: true,
  });
  const output = Object.values(result.metafile.outputs)[0];
  return [...output.exports].sort();
}

async function buildServer(): Promise<void> {
  const entry = join(root, "src/index.ts");
  const names = await exportNames(entry);
  // Each stub forwards to the bundle; Apps Script lists these in its function menu and calls them by name.
  const stubs = names.map((name) => `function ${name}(...args) { return ${GLOBAL_NAME}.${name}(...args); }`);
  await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: GLOBAL_NAME,
    target: "es2020", // V8 runtime; es2020 keeps the output readable in the Apps Script editor
    platform: "neutral",
    outfile: join(dist, "Code.js"),
    footer: { js: stubs.join("\n") },
    legalComments: "none",
    define: await versionDefine(),
  });
}

async function buildSidebar(): Promise<void> {
  const dir = join(root, "sidebar");
  const script = await build({
    entryPoints: [join(dir, "main.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    minify: true,
    write: false,
    // Escapes "</script" inside strings so the inlined script cannot close its own tag early.
    supported: { "inline-script": false },
    define: await versionDefine(),
  });
  const style = await build({
    entryPoints: [join(dir, "styles.css")],
    bundle: true,
    minify: true,
    write: false,
    loader: { ".css": "css" },
  });
  const template = await readFile(join(dir, "index.html"), "utf8");
  // Function replacers: a string replacement would interpret "$&" and "$'" inside the minified code.
  const html = template
    .replace("<!-- inline:style -->", () => `<style>${style.outputFiles[0].text.trim()}</style>`)
    .replace("<!-- inline:script -->", () => `<script>${script.outputFiles[0].text.trim()}</script>`);
  if (html.includes("<!-- inline:"))
    throw new Error("sidebar/index.html: an inline placeholder was not replaced");
  await writeFile(join(dist, "sidebar.html"), html);
}

async function main(): Promise<void> {
  // The suggestion engine's lexicon is generated from WordNet and committed: remade here when a seed changed.
  if (await updateTable()) console.log("remade src/core/suggest/lexiconTable.ts (its inputs changed)");
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  await Promise.all([
    buildServer(),
    buildSidebar(),
    copyFile(join(root, "appsscript.json"), join(dist, "appsscript.json")),
  ]);
  console.log("built dist/Code.js, dist/sidebar.html, dist/appsscript.json");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
