/**
 * Where the browser tests find a Chromium, the way the Playwright ecosystem looks for one: an explicit
 * variable first, then Playwright's own browser cache (`npx playwright install chromium`), then the usual
 * system installs on Linux and macOS. Pure: the file system and the environment are passed in, so the
 * search is unit-tested without touching the machine.
 */
import { join } from "node:path";

export interface BrowserSearch {
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  home: string;
  /** True when the path is an existing file. */
  isFile(path: string): boolean;
  /** The entries of a directory, or [] when it does not exist. */
  list(dir: string): string[];
}

export type BrowserFound = { ok: true; path: string; source: string } | { ok: false; error: string };

/** The variables that name a browser, in the order they are honoured. */
export const BROWSER_VARIABLES = ["CHROMIUM_PATH", "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH"] as const;

export const HOW_TO_GET_ONE =
  "install one with `npx playwright install chromium` (or `apt-get install chromium`), " +
  "or set CHROMIUM_PATH to a Chromium or Chrome executable";

/** Inside a Playwright `chromium-<revision>` folder: the executable, old and new layouts. */
const CACHE_LAYOUTS: Record<string, string[][]> = {
  linux: [
    ["chrome-linux64", "chrome"],
    ["chrome-linux", "chrome"],
    ["chrome-linux-arm64", "chrome"],
  ],
  darwin: [
    ["chrome-mac-arm64", "Google Chrome for Testing.app", "Contents", "MacOS", "Google Chrome for Testing"],
    ["chrome-mac-x64", "Google Chrome for Testing.app", "Contents", "MacOS", "Google Chrome for Testing"],
    ["chrome-mac", "Chromium.app", "Contents", "MacOS", "Chromium"],
  ],
};

const SYSTEM_PATHS: Record<string, string[]> = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
  ],
  darwin: [
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
  ],
};

/** Playwright's cache folder (its own rule: PLAYWRIGHT_BROWSERS_PATH, else the platform's cache dir). */
export function playwrightCache(search: BrowserSearch): string {
  const { env, platform, home } = search;
  const custom = env.PLAYWRIGHT_BROWSERS_PATH;
  if (custom && custom !== "0") return custom;
  if (platform === "darwin") return join(home, "Library", "Caches", "ms-playwright");
  return join(env.XDG_CACHE_HOME || join(home, ".cache"), "ms-playwright");
}

/** The newest revision first, so an upgrade of Playwright picks its own browser. */
function revisions(entries: string[]): string[] {
  const revision = (name: string): number => Number(name.slice("chromium-".length)) || 0;
  return entries.filter((name) => /^chromium-\d+$/.test(name)).sort((a, b) => revision(b) - revision(a));
}

export function findChromium(search: BrowserSearch): BrowserFound {
  for (const variable of BROWSER_VARIABLES) {
    const path = search.env[variable];
    if (!path) continue;
    // A variable that names nothing is a mistake to report, not a hint to look elsewhere.
    if (search.isFile(path)) return { ok: true, path, source: variable };
    return { ok: false, error: `${variable}=${path} is not a file: ${HOW_TO_GET_ONE}.` };
  }
  const cache = playwrightCache(search);
  for (const revision of revisions(search.list(cache))) {
    for (const layout of CACHE_LAYOUTS[search.platform] ?? []) {
      const path = join(cache, revision, ...layout);
      if (search.isFile(path)) return { ok: true, path, source: "Playwright's browser cache" };
    }
  }
  for (const path of SYSTEM_PATHS[search.platform] ?? []) {
    if (search.isFile(path)) return { ok: true, path, source: "the system" };
  }
  return { ok: false, error: `No Chromium found for the browser tests: ${HOW_TO_GET_ONE}.` };
}
