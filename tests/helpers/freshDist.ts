/**
 * jest's globalSetup for the tests that run the built add-on: when dist/ is missing or older than anything
 * the build reads, build it once, so running one test folder never tests an old bundle.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

/** What `npm run build` reads (package.json gives the version it writes into both files). */
export const BUILD_INPUTS = ["src", "sidebar", "scripts/build.ts", "appsscript.json", "package.json"];
/** What it writes and the tests load. */
export const BUILD_OUTPUTS = ["dist/Code.js", "dist/sidebar.html"];

/** The newest modification time of a file, or of any file under a folder; 0 when there is none. */
export function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Whether an output is missing or older than some input (paths relative to `root`). */
export function isStale(root: string, inputs = BUILD_INPUTS, outputs = BUILD_OUTPUTS): boolean {
  const built = outputs.map(
    (output) => statSync(join(root, output), { throwIfNoEntry: false })?.mtimeMs ?? 0,
  );
  const oldest = Math.min(...built);
  return oldest === 0 || inputs.some((input) => newestMtime(join(root, input)) > oldest);
}

export default function freshDist(): void {
  if (!isStale(ROOT)) return;
  console.log("\ndist/ is older than its sources: npm run build");
  execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
}
