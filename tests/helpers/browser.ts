/**
 * Debian's chromium, headless, for the browser tests: playwright-core never downloads a browser. The flags
 * keep it from reaching for Google's services, which this machine's closed network refuses.
 */
import { chromium, type Browser } from "playwright-core";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
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
