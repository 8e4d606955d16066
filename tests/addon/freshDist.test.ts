/**
 * The add-on tests never run an old bundle: jest's globalSetup (tests/helpers/freshDist.ts) rebuilds dist/
 * when an output is missing or older than any file the build reads.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { isStale } from "../helpers/freshDist";

const INPUTS = ["src", "package.json"];
const OUTPUTS = ["dist/Code.js", "dist/sidebar.html"];

/** A project folder whose files have the given modification times (seconds). */
function project(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), "fresh-dist-"));
  for (const [path, seconds] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), "");
    utimesSync(join(root, path), seconds, seconds);
  }
  return root;
}

describe("dist/ is rebuilt before the bundle tests", () => {
  const built = { "dist/Code.js": 2000, "dist/sidebar.html": 2000 };

  it("is fresh when every output is newer than every input, however deep in a folder", () => {
    const root = project({ "src/core/plan/a.ts": 1000, "package.json": 1000, ...built });
    expect(isStale(root, INPUTS, OUTPUTS)).toBe(false);
  });

  it("is stale when a file deep in a source folder changed after the build", () => {
    const root = project({ "src/core/plan/a.ts": 3000, "package.json": 1000, ...built });
    expect(isStale(root, INPUTS, OUTPUTS)).toBe(true);
  });

  it("is stale when a single input file changed after the build (the version comes from package.json)", () => {
    const root = project({ "src/a.ts": 1000, "package.json": 3000, ...built });
    expect(isStale(root, INPUTS, OUTPUTS)).toBe(true);
  });

  it("is stale when only one output is older than an input, or missing", () => {
    const older = project({ "src/a.ts": 1500, "package.json": 1000, ...built, "dist/sidebar.html": 1200 });
    expect(isStale(older, INPUTS, OUTPUTS)).toBe(true);
    const missing = project({ "src/a.ts": 1000, "package.json": 1000, "dist/Code.js": 2000 });
    expect(isStale(missing, INPUTS, OUTPUTS)).toBe(true);
  });

  it("has run for this test run: the bundle under test is not older than this checkout's sources", () => {
    expect(isStale(join(__dirname, "../.."))).toBe(false);
  });
});
