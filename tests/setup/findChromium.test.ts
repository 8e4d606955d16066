/**
 * The browser tests find a Chromium on a fresh machine the way Playwright users expect: a variable, then
 * Playwright's browser cache, then the system's usual installs; and when there is none they fail at once
 * with one line that says how to get one.
 */
import { findChromium, type BrowserSearch } from "../helpers/findChromium";
import { launchChromium, machine } from "../helpers/browser";

/** A machine with only these files (directories are derived from them). */
function fakeMachine(
  files: string[],
  env: Record<string, string> = {},
  platform = "linux",
  home = "/home/ada",
): BrowserSearch {
  const set = new Set(files);
  return {
    env,
    platform,
    home,
    isFile: (path) => set.has(path),
    list: (dir) => [
      ...new Set(
        files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1).split("/")[0]),
      ),
    ],
  };
}

const CACHE = "/home/ada/.cache/ms-playwright";

describe("findChromium", () => {
  it("uses CHROMIUM_PATH when it names a file, before anything else on the machine", () => {
    const search = fakeMachine(["/opt/chrome/chrome", "/usr/bin/chromium"], {
      CHROMIUM_PATH: "/opt/chrome/chrome",
    });
    expect(findChromium(search)).toEqual({ ok: true, path: "/opt/chrome/chrome", source: "CHROMIUM_PATH" });
  });

  it("honours Playwright's PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH too", () => {
    const search = fakeMachine(["/x/chrome"], { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: "/x/chrome" });
    expect(findChromium(search)).toMatchObject({ ok: true, path: "/x/chrome" });
  });

  it("fails in one line, naming the variable and the fix, when CHROMIUM_PATH points at nothing", () => {
    const search = fakeMachine(["/usr/bin/chromium"], { CHROMIUM_PATH: "/nowhere/chrome" });
    const found = findChromium(search);
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.error).toContain("CHROMIUM_PATH=/nowhere/chrome is not a file");
    expect(found.error).toContain("npx playwright install chromium");
    expect(found.error).not.toContain("\n");
  });

  it("without a variable, takes the newest chromium of Playwright's cache (new and old layouts)", () => {
    const search = fakeMachine([
      `${CACHE}/chromium-1100/chrome-linux/chrome`,
      `${CACHE}/chromium-1200/chrome-linux64/chrome`,
      `${CACHE}/chromium_headless_shell-1200/chrome-headless-shell-linux64/chrome-headless-shell`,
      "/usr/bin/chromium",
    ]);
    expect(findChromium(search)).toEqual({
      ok: true,
      path: `${CACHE}/chromium-1200/chrome-linux64/chrome`,
      source: "Playwright's browser cache",
    });
    const old = fakeMachine([`${CACHE}/chromium-1100/chrome-linux/chrome`]);
    expect(findChromium(old)).toMatchObject({ path: `${CACHE}/chromium-1100/chrome-linux/chrome` });
  });

  it("follows Playwright's own cache rules: PLAYWRIGHT_BROWSERS_PATH, XDG_CACHE_HOME, macOS Caches", () => {
    expect(
      findChromium(
        fakeMachine(["/pw/chromium-7/chrome-linux64/chrome"], { PLAYWRIGHT_BROWSERS_PATH: "/pw" }),
      ),
    ).toMatchObject({ path: "/pw/chromium-7/chrome-linux64/chrome" });
    expect(
      findChromium(
        fakeMachine(["/xdg/ms-playwright/chromium-7/chrome-linux64/chrome"], { XDG_CACHE_HOME: "/xdg" }),
      ),
    ).toMatchObject({ path: "/xdg/ms-playwright/chromium-7/chrome-linux64/chrome" });
    const mac =
      "/Users/ada/Library/Caches/ms-playwright/chromium-7/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing";
    expect(findChromium(fakeMachine([mac], {}, "darwin", "/Users/ada"))).toMatchObject({ path: mac });
  });

  it("falls back to the system's Chromium or Chrome on Linux and macOS", () => {
    expect(findChromium(fakeMachine(["/usr/bin/chromium-browser"]))).toEqual({
      ok: true,
      path: "/usr/bin/chromium-browser",
      source: "the system",
    });
    expect(findChromium(fakeMachine(["/usr/bin/google-chrome"]))).toMatchObject({
      path: "/usr/bin/google-chrome",
    });
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    expect(findChromium(fakeMachine([chrome], {}, "darwin", "/Users/ada"))).toMatchObject({ path: chrome });
  });

  it("with no variable and no browser, fails in one line that says how to get one", () => {
    const found = findChromium(fakeMachine([]));
    expect(found).toEqual({
      ok: false,
      error:
        "No Chromium found for the browser tests: install one with `npx playwright install chromium` " +
        "(or `apt-get install chromium`), or set CHROMIUM_PATH to a Chromium or Chrome executable.",
    });
  });

  it("finds the browser of this machine, the one the browser tests launch", () => {
    const found = findChromium(machine);
    if (!found.ok) throw new Error(found.error);
    expect(machine.isFile(found.path)).toBe(true);
  });

  it("makes launchChromium fail at once, with that one line and no stack, when the variable names nothing", async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nowhere/chrome";
    try {
      const started = Date.now();
      const error = await launchChromium().then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(Date.now() - started).toBeLessThan(1000);
      expect(error?.message).toMatch(/^CHROMIUM_PATH=\/nowhere\/chrome is not a file: install one with/);
      expect(error?.stack).toBe(error?.message);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
