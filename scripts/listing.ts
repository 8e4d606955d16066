/**
 * `npm run listing` → docs/listing/: the Marketplace listing's images, regenerated from the repository so they
 * can be retaken after every release.
 * - icon-<size>.png: docs/listing/icon.svg, the one vector source, rasterised by Chromium at each size.
 * - screenshot-<n>-<name>.png: the add-on itself, run in the local preview (preview/server.ts), at the
 *   listing's screenshot size.
 * Chromium is Debian's (/usr/bin/chromium) driven by playwright-core, as in the browser tests: no native
 * image library. Check the sizes against the Marketplace SDK's Store Listing page (docs/publishing.md, step 8).
 */
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type FrameLocator, type Page } from "playwright-core";
import { startPreview } from "../preview/server";

const root = join(__dirname, "..");
export const LISTING_DIR = join(root, "docs/listing");

/** Square icon sizes, in pixels. */
export const ICON_SIZES = [32, 48, 96, 128] as const;
/** Screenshot size, in pixels. */
export const SCREENSHOT_SIZE = { width: 1280, height: 800 } as const;

const MATRIX_SHEET = "RACI – COO vs Chief of Staff";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
}

/** Writes icon-<size>.png for every size from icon.svg; returns the files written. */
export async function renderIcons(browser: Browser, outDir: string): Promise<string[]> {
  const svg = await readFile(join(LISTING_DIR, "icon.svg"), "utf8");
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    try {
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
      const file = join(outDir, `icon-${size}.png`);
      await page.screenshot({ path: file, omitBackground: true });
      files.push(file);
    } finally {
      await page.close();
    }
  }
  return files;
}

/**
 * Runs the built add-on (dist/) in the local preview on a fresh workbook and photographs four states:
 * the template with the sidebar, a highlighted double-ownership row, the Check panel, the Edit panel.
 * Returns the files written.
 */
export async function takeScreenshots(browser: Browser, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), "raci-listing-"));
  const preview = await startPreview({ port: 0, file: join(work, "workbook.json"), quiet: true });
  const files: string[] = [];
  const shot = async (page: Page, name: string): Promise<void> => {
    const file = join(outDir, `screenshot-${files.length + 1}-${name}.png`);
    await page.screenshot({ path: file });
    files.push(file);
  };
  try {
    const page = await browser.newPage({ viewport: SCREENSHOT_SIZE, deviceScaleFactor: 1 });
    await page.goto(preview.url);
    await page.locator("td[data-c]").first().waitFor();

    // 1. The COO vs Chief of Staff template, with the sidebar's New matrix panel beside it.
    await useMenu(page, "New matrix: COO vs Chief of Staff");
    await page.getByRole("tab", { name: MATRIX_SHEET }).waitFor();
    await page.getByText("Set the operational strategy").waitFor();
    await useMenu(page, "Open sidebar");
    const sidebar = await sidebarFrame(page);
    await sidebar.getByRole("tab", { name: "New matrix" }).waitFor();
    await settle(page);
    await shot(page, "template");

    // 2. A second A on one initiative: the row turns red-purple and Status says "2 accountable".
    await page.locator("#sidebar-close").click();
    await secondAccountable(page);
    await settle(page);
    await shot(page, "double-ownership");

    // 3. The Check panel: the findings of the matrix, by severity, with the role loads.
    await useMenu(page, "Check this matrix");
    const check = await sidebarFrame(page);
    await check
      .getByText(/accountable/)
      .first()
      .waitFor();
    await settle(page);
    await shot(page, "check");

    // 4. The Edit panel: roles and initiatives, each initiative's history.
    await check.getByRole("tab", { name: "Edit" }).click();
    await check.getByRole("tabpanel").filter({ hasText: /role/i }).first().waitFor();
    await settle(page);
    await shot(page, "edit");
    await page.close();
  } finally {
    await preview.close();
    await rm(work, { recursive: true, force: true });
  }
  return files;
}

async function useMenu(page: Page, caption: string): Promise<void> {
  await page.getByRole("button", { name: "Extensions" }).click();
  await page.getByRole("menuitem", { name: "RACI Matrix for Sheets" }).click();
  await page.getByRole("menuitem", { name: caption, exact: true }).click();
}

async function sidebarFrame(page: Page): Promise<FrameLocator> {
  await page.locator("#sidebar").waitFor();
  const frame = page.frameLocator("#sidebar-frame");
  await frame.locator("footer.version").waitFor();
  return frame;
}

/** Types "A" into a second role cell of an initiative that has exactly one A, then waits for its Status. */
async function secondAccountable(page: Page): Promise<void> {
  const cells = await page.locator("td[data-c]").evaluateAll((tds) =>
    tds.map((td) => ({
      r: Number(td.getAttribute("data-r")),
      c: Number(td.getAttribute("data-c")),
      text: td.textContent ?? "",
    })),
  );
  const at = (r: number, c: number) => cells.find((x) => x.r === r && x.c === c)?.text ?? "";
  const header = cells.find((x) => x.text === "Status");
  const name = cells.find((x) => x.text === "Initiative");
  if (!header || !name) throw new Error("The matrix header (Initiative … Status) is not on the page.");
  const roles = Array.from({ length: header.c - name.c - 1 }, (_, i) => name.c + 1 + i);
  const accountable = (t: string) => t === "A" || t === "A/R";
  for (let row = header.r + 1; at(row, name.c) !== ""; row++) {
    if (roles.filter((c) => accountable(at(row, c))).length !== 1) continue;
    const target = roles.find((c) => !accountable(at(row, c)));
    if (target === undefined) continue;
    await page.locator(`td[data-r="${row}"][data-c="${target}"]`).click();
    await page.keyboard.type("A");
    await page.keyboard.press("Enter");
    await page
      .locator(`td[data-r="${row}"][data-c="${header.c}"]`)
      .filter({ hasText: "2 accountable" })
      .waitFor();
    return;
  }
  throw new Error("No initiative with exactly one A to give a second A.");
}

/** A still state: transitions finished, and no toast covering the sidebar. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(400);
  await page.locator("#toasts").evaluate((toasts) => toasts.replaceChildren());
}

async function main(): Promise<void> {
  const browser = await launchBrowser();
  try {
    const icons = await renderIcons(browser, LISTING_DIR);
    const screenshots = await takeScreenshots(browser, LISTING_DIR);
    for (const file of [...icons, ...screenshots]) console.log(`wrote ${file}`);
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
