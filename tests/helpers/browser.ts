/**
 * A headless Chromium for the browser tests: playwright-core never downloads a browser, so one is found on
 * the machine (tests/helpers/findChromium.ts says where it looks). The flags keep it from reaching for
 * Google's services, which a closed network refuses.
 */
import { readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { chromium, type Browser } from "playwright-core";
import { findChromium, type BrowserSearch } from "./findChromium";

export const machine: BrowserSearch = {
  env: process.env,
  platform: process.platform,
  home: homedir(),
  isFile: (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false,
  list: (dir) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
};

export function launchChromium(): Promise<Browser> {
  const found = findChromium(machine);
  if (!found.ok) {
    // One line, no stack: the fix is the whole message.
    const error = new Error(found.error);
    error.stack = found.error;
    return Promise.reject(error);
  }
  return chromium.launch({
    executablePath: found.path,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
