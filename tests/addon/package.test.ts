/**
 * `npm run package`: the zip holds exactly dist/'s three add-on files and INSTALL.txt, and its files, unzipped
 * into an empty folder, run on the emulator as the built bundle does (the same functions, a matrix generated,
 * the sidebar served from the zip's sidebar.html, the manifest's narrow scopes).
 */
import { unzipSync, strFromU8 } from "fflate";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulator, loadBundle } from "../../emulator";
import { PACKAGED_FILES, packageAddon } from "../../scripts/package";

const root = join(__dirname, "../..");
const dist = join(root, "dist");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

let dir: string;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "raci-package-"));
  const zipPath = join(dir, "addon.zip");
  await packageAddon(dist, zipPath, version);
  files = unzipSync(readFileSync(zipPath));
  const unzipped = join(dir, "unzipped");
  mkdirSync(unzipped);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(unzipped, name), bytes);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the zip holds the three add-on files of dist/, unchanged, and INSTALL.txt", () => {
  expect(Object.keys(files).sort()).toEqual([...PACKAGED_FILES, "INSTALL.txt"].sort());
  for (const name of PACKAGED_FILES)
    expect(Buffer.from(files[name]).equals(readFileSync(join(dist, name)))).toBe(true);
});

test("INSTALL.txt says where each file goes and names the version", () => {
  const text = strFromU8(files["INSTALL.txt"]);
  expect(text).toContain(`RACI Matrix for Sheets ${version}`);
  expect(text).toContain("Extensions > Apps Script");
  expect(text).toContain('"Show "appsscript.json" manifest file in editor"');
  expect(text).toMatch(/HTML, and name the new file: sidebar/);
  expect(text).toContain("Code.gs");
});

test("the unzipped Code.js runs on the emulator as the bundle does", () => {
  const unzipped = join(dir, "unzipped");
  const fromZip = loadBundle(createEmulator({ htmlRoot: unzipped }), join(unzipped, "Code.js"));
  const built = loadBundle(createEmulator({ htmlRoot: dist }), join(dist, "Code.js"));
  const functions = (bundle: Record<string, unknown>) =>
    Object.keys(bundle)
      .filter((name) => typeof bundle[name] === "function")
      .sort();
  expect(functions(fromZip)).toEqual(functions(built));
  expect(functions(fromZip)).toEqual(
    expect.arrayContaining(["onOpen", "generateMatrix", "menuRemoveAddonData"]),
  );

  const run = (bundle: typeof built) => {
    const result = bundle.generateMatrix({ template: "coo-cos", title: "Ops" });
    return { result, report: bundle.analyzeMatrix("Ops") };
  };
  expect(run(fromZip)).toEqual(run(built));
});

test("the sidebar is served from the zip's sidebar.html", () => {
  const unzipped = join(dir, "unzipped");
  const emulator = createEmulator({ htmlRoot: unzipped });
  const bundle = loadBundle(emulator, join(unzipped, "Code.js"));
  bundle.showSidebar();
  expect(emulator.ui.sidebar?.html).toBe(strFromU8(files["sidebar.html"]));
});

test("the zip's manifest asks for the two narrow scopes only", () => {
  const manifest = JSON.parse(strFromU8(files["appsscript.json"])) as { oauthScopes: string[] };
  expect(manifest.oauthScopes.sort()).toEqual([
    "https://www.googleapis.com/auth/script.container.ui",
    "https://www.googleapis.com/auth/spreadsheets.currentonly",
  ]);
});
