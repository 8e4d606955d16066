/** package.json "version" is the one version source; the build puts it in Help and the sidebar's footer. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadAddon } from "../helpers/addon";

const root = join(__dirname, "../..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

test("package.json carries a semantic version", () => {
  expect(version).toMatch(/^\d+\.\d+\.\d+$/);
});

test("Help names the version of package.json", () => {
  const addon = loadAddon();
  addon.app.menuHelp();
  expect(addon.emulator.ui.alerts.at(-1)).toContain(`Version ${version}.`);
});

test("the built sidebar carries the version of package.json for its footer", () => {
  // The rendered footer is checked in the browser (tests/browser/listing.test.ts); here, that the build
  // replaced the placeholder with package.json's version.
  const html = readFileSync(join(root, "dist/sidebar.html"), "utf8");
  expect(html).toContain(`"${version}"`);
  expect(html).toContain("RACI Matrix for Sheets ${");
  expect(html).not.toContain("__ADDON_VERSION__");
});

test("CHANGELOG.md has an entry for this version", () => {
  const changelog = readFileSync(join(root, "CHANGELOG.md"), "utf8");
  expect(changelog).toMatch(new RegExp(`^## ${version.replace(/\./g, "\\.")}\\b`, "m"));
});
