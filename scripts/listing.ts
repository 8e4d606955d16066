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

/** One screenshot, and the sidebar's text that was on screen when it was taken (for the tests). */
export interface Screenshot {
  file: string;
  /** The sheet tabs at the foot of the window (a hidden sheet, such as the change log, has none). */
  tabs: string[];
  /** Every sheet of the workbook, hidden ones too. */
  sheets: string[];
  /** The sidebar panel's heading, or "" with the sidebar closed. */
  panel: string;
  /** The sidebar's text within the window, line by line. */
  sidebarText: string[];
}

/**
 * Runs the built add-on (dist/) in the local preview on a fresh workbook and photographs four states:
 * the template with the sidebar, a highlighted double-ownership row, the Check panel with its proposed fixes
 * on a matrix with a gap, a double A and a row the owner pair share, and Who owns what (Owners) after Fix all.
 */
export async function takeScreenshots(browser: Browser, outDir: string): Promise<Screenshot[]> {
  await mkdir(outDir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), "raci-listing-"));
  const preview = await startPreview({ port: 0, file: join(work, "workbook.json"), quiet: true });
  const shots: Screenshot[] = [];
  const shot = async (page: Page, name: string): Promise<void> => {
    await settle(page);
    const file = join(outDir, `screenshot-${shots.length + 1}-${name}.png`);
    await page.screenshot({ path: file });
    const tabs = await page.locator("#tabs").getByRole("tab").allInnerTexts();
    const sheets = preview.session.emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());
    shots.push({ file, tabs, sheets, ...(await sidebarOnScreen(page)) });
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
    await shot(page, "template");

    // 2. A second A on one initiative: the row turns red-purple and Status says "2 accountable".
    await page.locator("#sidebar-close").click();
    const matrix = await readMatrix(page);
    const doubled = await secondAccountable(page, matrix);
    await shot(page, "double-ownership");

    // 3. Check, after two more everyday slips: an initiative nobody owns and one both executives claim.
    //    Each finding says in words the fix it proposes; Fix these / Fix all apply them.
    const gap = await removeAccountable(page, matrix, [doubled]);
    await ownerPairBothClaim(page, matrix, [doubled, gap]);
    await useMenu(page, "Check this matrix");
    const check = await sidebarFrame(page);
    await check.locator("#panel-check .fix").first().waitFor();
    await check.getByRole("button", { name: /^Fix all \(/ }).waitFor();
    await shot(page, "check-fixes");

    // 4. Who owns what, once Fix all has settled the findings: each role's work, by area.
    await check.getByRole("button", { name: /^Fix all \(/ }).click();
    await check.locator("#panel-check").getByText("No problems found").waitFor();
    await check.getByRole("tab", { name: "Owners" }).click();
    await check.locator("#panel-owners").getByText("Accountable for").first().waitFor();
    await shot(page, "who-owns-what");
    await page.close();
  } finally {
    await preview.close();
    await rm(work, { recursive: true, force: true });
  }
  return shots;
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

interface Matrix {
  /** Row of the first initiative. */
  first: number;
  /** Column of the initiative names, and of Status. */
  name: number;
  status: number;
  /** Column of each role, by its header. */
  roles: Map<string, number>;
  at(r: number, c: number): string;
}

/** The grid's text, and where the template's header puts the initiatives and the roles. */
async function readMatrix(page: Page): Promise<Matrix> {
  const cells = await page.locator("td[data-c]").evaluateAll((tds) =>
    tds.map((td) => ({
      r: Number(td.getAttribute("data-r")),
      c: Number(td.getAttribute("data-c")),
      text: td.textContent ?? "",
    })),
  );
  const at = (r: number, c: number) => cells.find((x) => x.r === r && x.c === c)?.text ?? "";
  const status = cells.find((x) => x.text === "Status");
  const name = cells.find((x) => x.text === "Initiative");
  if (!status || !name) throw new Error("The matrix header (Initiative … Status) is not on the page.");
  const roles = new Map<string, number>();
  for (let c = name.c + 1; c < status.c; c++) roles.set(at(status.r, c), c);
  return { first: status.r + 1, name: name.c, status: status.c, roles, at };
}

/** The template's initiatives, from the first, with exactly one A (or A/R), skipping rows already used. */
function* oneAccountableRows(m: Matrix, used: readonly number[]): Generator<number> {
  for (let row = m.first; m.at(row, m.name) !== ""; row++) {
    if (used.includes(row)) continue;
    if ([...m.roles.values()].filter((c) => isAccountable(m.at(row, c))).length === 1) yield row;
  }
}

const isAccountable = (code: string): boolean => code === "A" || code === "A/R";

/** Types a code into a cell, as a collaborator would, and waits until the row's Status says `status`. */
async function typeCode(page: Page, m: Matrix, row: number, col: number, code: string, status: RegExp) {
  await page.locator(`td[data-r="${row}"][data-c="${col}"]`).click();
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  await page.locator(`td[data-r="${row}"][data-c="${m.status}"]`).filter({ hasText: status }).waitFor();
}

/** Types "A" into a second role cell of an initiative that has exactly one A; returns its row. */
async function secondAccountable(page: Page, m: Matrix): Promise<number> {
  for (const row of oneAccountableRows(m, [])) {
    const target = [...m.roles.values()].find((c) => !isAccountable(m.at(row, c)));
    if (target === undefined) continue;
    await typeCode(page, m, row, target, "A", /2 accountable/);
    return row;
  }
  throw new Error("No initiative with exactly one A to give a second A.");
}

/** A gap: the A of an initiative (one that someone else works on) becomes C; returns its row. */
async function removeAccountable(page: Page, m: Matrix, used: number[]): Promise<number> {
  const roles = [...m.roles.values()];
  for (const row of oneAccountableRows(m, used)) {
    const owner = roles.find((c) => m.at(row, c) === "A");
    if (owner === undefined || !roles.some((c) => m.at(row, c) === "R")) continue;
    await typeCode(page, m, row, owner, "C", /accountable/i);
    return row;
  }
  throw new Error("No initiative with a plain A and another role's R to leave without an owner.");
}

/** Both of the owner pair claim one initiative: the one consulted or informed becomes R. */
async function ownerPairBothClaim(page: Page, m: Matrix, used: number[]): Promise<number> {
  const pair = ["COO", "Chief of Staff"].map((role) => m.roles.get(role));
  const [coo, cos] = pair;
  if (coo === undefined || cos === undefined)
    throw new Error("The matrix has no COO and Chief of Staff columns.");
  // From the last initiative up, so the three findings are spread over the matrix.
  const rows = [...oneAccountableRows(m, used)].reverse();
  for (const row of rows) {
    const codes = [m.at(row, coo), m.at(row, cos)];
    const other = codes.findIndex((code) => code === "C" || code === "I");
    if (other === -1 || !codes.some(isAccountable)) continue;
    await typeCode(page, m, row, other === 0 ? coo : cos, "R", /both/i);
    return row;
  }
  throw new Error("No initiative that one of the owner pair owns and the other only follows.");
}

async function sidebarOnScreen(page: Page): Promise<Pick<Screenshot, "panel" | "sidebarText">> {
  if (await page.locator("#sidebar").isHidden()) return { panel: "", sidebarText: [] };
  const frame = await (await page.locator("#sidebar-frame").elementHandle())?.contentFrame();
  if (!frame) throw new Error("The sidebar has no frame.");
  return frame.evaluate(() => {
    const lines: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? "";
      if (!parent || !text || !parent.checkVisibility()) continue;
      const box = parent.getBoundingClientRect();
      if (box.bottom > 0 && box.top < window.innerHeight) lines.push(text);
    }
    const heading = Array.from(document.querySelectorAll(".panel h2")).find((h) =>
      (h as HTMLElement).checkVisibility(),
    );
    return { panel: heading?.textContent ?? "", sidebarText: lines };
  });
}

/**
 * A still state: transitions finished, nothing loading, no error anywhere (a toast, an alert, the sidebar's
 * alert region), and no passing toast covering the sidebar.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(400);
  const errors = await page
    .locator("#toasts .toast.error, #notice:not([hidden]), #offline:not([hidden]), #modal:not([hidden])")
    .allInnerTexts();
  if (await page.locator("#sidebar").isVisible()) {
    const frame = page.frameLocator("#sidebar-frame");
    errors.push(...(await frame.locator(".message.error p").allInnerTexts()));
    const loading = await frame
      .getByText(/^(Checking|Reading the matrix|Loading)…$/)
      .filter({ visible: true })
      .count();
    if (loading > 0) errors.push("A sidebar panel is still loading.");
    // No focus ring left on the last tab or button clicked.
    await frame.locator("body").evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  if (errors.length) throw new Error(`Not a state to photograph: ${errors.join(" / ")}`);
  await page.locator("#toasts").evaluate((toasts) => toasts.replaceChildren());
}

async function main(): Promise<void> {
  const browser = await launchBrowser();
  try {
    const icons = await renderIcons(browser, LISTING_DIR);
    const screenshots = await takeScreenshots(browser, LISTING_DIR);
    for (const file of [...icons, ...screenshots.map((s) => s.file)]) console.log(`wrote ${file}`);
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
