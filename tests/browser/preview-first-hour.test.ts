/**
 * What got in a first-time user's way in the local preview (issue 14), in headless Chromium on the real
 * page and the built add-on: hidden sheets, the keyboard (menus, grid ⇄ sidebar), a stopped server, the
 * formula bar while typing, and the summary's "overloaded" share fitting its column. Run after `npm run build`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type Locator, type Page } from "playwright-core";
import { launchChromium } from "../helpers/browser";
import { LOG_SHEET_NAME as CHANGE_LOG } from "../helpers/fixtures";
import { startPreview, type Preview } from "../../preview/server";

const MATRIX_SHEET = "RACI – COO vs Chief of Staff";

let browser: Browser;
let dir: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "raci-preview-first-hour-"));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

async function openPage(preview: Preview): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.setDefaultTimeout(8000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await page.locator("td[data-c]").first().waitFor();
  return page;
}

const cell = (page: Page, row: number, column: number): Locator =>
  page.locator(`td[data-r="${row}"][data-c="${column}"]`);

async function useMenu(page: Page, caption: string): Promise<void> {
  await page.getByRole("button", { name: "Extensions" }).click();
  await page.getByRole("menuitem", { name: "RACI Matrix for Sheets" }).click();
  await page.getByRole("menuitem", { name: caption, exact: true }).click();
}

/** The element with focus: in the page, or (`frame`) the sidebar's iframe and what has focus inside it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const inner = active instanceof HTMLIFrameElement ? active.contentDocument?.activeElement : null;
    return {
      id: active?.id ?? "",
      text: active?.textContent?.trim() ?? "",
      frame: active instanceof HTMLIFrameElement,
      inner: inner?.getAttribute("role") ?? inner?.tagName.toLowerCase() ?? "",
    };
  });

/** Reads until `read()` gives `expected` (or a value containing it, with `contains`), for up to `timeout` ms. */
async function until<T>(
  read: () => T | Promise<T>,
  expected: T,
  timeout = 5000,
  contains = false,
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    const ok = contains ? String(value).includes(String(expected)) : value === expected;
    if (ok) return;
    if (Date.now() > deadline)
      throw new Error(`still ${JSON.stringify(value)}, expected ${JSON.stringify(expected)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The row and column (0-based, as the page numbers them) of the first cell showing `text`. */
async function find(page: Page, text: string): Promise<{ r: number; c: number }> {
  const td = page.locator("td[data-c]", { hasText: new RegExp(`^${text}$`) }).first();
  return { r: Number(await td.getAttribute("data-r")), c: Number(await td.getAttribute("data-c")) };
}

describe("the local preview for a first-time user", () => {
  let preview: Preview;
  let page: Page;

  beforeAll(async () => {
    preview = await startPreview({ port: 0, file: join(dir, "workbook.json"), quiet: true, reset: true });
    page = await openPage(preview);
    await useMenu(page, "New matrix: COO vs Chief of Staff");
    await page.getByRole("tab", { name: MATRIX_SHEET }).waitFor();
    await page.getByText("Set the operational strategy").waitFor();
  });

  afterAll(async () => {
    await page?.close();
    await preview?.close();
  });

  it("shows what is typed in a cell in the formula bar too, and goes back on Escape", async () => {
    const { r, c } = await find(page, "Set the operational strategy");
    const code = cell(page, r, c + 1);
    const before = (await code.textContent()) ?? "";
    await code.click();
    await page.keyboard.type("A/");
    expect(await page.locator("#formula-input").inputValue()).toBe("A/");
    await page.keyboard.type("R");
    expect(await page.locator("#formula-input").inputValue()).toBe("A/R");
    await page.keyboard.press("Escape");
    expect(await page.locator("#formula-input").inputValue()).toBe(before);
  });

  it("hides hidden sheets from the tabs, as Sheets does, and opens one from View › Hidden sheets", async () => {
    // An edit in the grid makes the add-on's hidden change log.
    const { r, c } = await find(page, "Set the operational strategy");
    await cell(page, r, c + 1).click();
    await page.keyboard.type("I"); // the CEO's C becomes I
    await page.keyboard.press("Enter");
    await until(() => preview.session.emulator.spreadsheet.getSheetByName(CHANGE_LOG)?.isSheetHidden(), true);
    await page.getByRole("button", { name: "View", exact: true }).click();
    await page.getByRole("menuitem", { name: "Hidden sheets (1)" }).click();
    expect(await page.getByRole("tab").allTextContents()).not.toContain(CHANGE_LOG);

    // Choosing it shows it again, as View › Hidden sheets does in Sheets (Sheet.activate shows a hidden sheet).
    await page.getByRole("menuitem", { name: CHANGE_LOG }).click();
    const tab = page.getByRole("tab", { name: CHANGE_LOG });
    await tab.waitFor();
    expect(await tab.getAttribute("aria-selected")).toBe("true");
    expect(preview.session.emulator.spreadsheet.getSheetByName(CHANGE_LOG)?.isSheetHidden()).toBe(false);
    await page.getByRole("tab", { name: MATRIX_SHEET }).click();
    await page.getByText("Set the operational strategy").waitFor();
    expect(await page.getByRole("tab").allTextContents()).toContain(CHANGE_LOG);
  });

  it("works the menus with the arrow keys (WAI-ARIA menubar)", async () => {
    await page.getByRole("button", { name: "Extensions" }).focus();
    await page.keyboard.press("ArrowDown");
    expect((await focused(page)).text).toBe("RACI Matrix for Sheets");
    await page.keyboard.press("ArrowRight");
    expect((await focused(page)).text).toBe("Open sidebar");
    await page.keyboard.press("ArrowDown"); // the separator is skipped
    expect((await focused(page)).text).toBe("New matrix: COO vs Chief of Staff");
    await page.keyboard.press("End");
    expect((await focused(page)).text).toBe("Remove add-on data");
    await page.keyboard.press("ArrowDown"); // wraps
    expect((await focused(page)).text).toBe("Open sidebar");
    await page.keyboard.press("Escape");
    expect((await focused(page)).text).toBe("RACI Matrix for Sheets");
    await page.keyboard.press("Escape");
    expect((await focused(page)).text).toBe("Extensions");
    expect(await page.getByRole("menu").count()).toBe(0);

    await page.keyboard.press("ArrowRight");
    expect((await focused(page)).text).toBe("View");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    expect((await focused(page)).text).toBe("RACI Matrix for Sheets");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter"); // Open sidebar
    await page.locator("#sidebar").waitFor();
  });

  it("moves focus into the sidebar when it opens, and Alt+Shift+S moves between grid and sidebar", async () => {
    // The sidebar opened from the keyboard above has the focus, on its selected tab.
    await until(async () => (await focused(page)).inner, "tab");
    expect((await focused(page)).frame).toBe(true);
    // The shortcut is said where a person can see it.
    expect(await page.locator("#sidebar .pane-hint").innerText()).toBe("Alt+Shift+S");
    expect(await page.locator("#grid-scroll").getAttribute("aria-keyshortcuts")).toBe("Alt+Shift+S");

    await page.keyboard.press("Alt+Shift+KeyS");
    expect((await focused(page)).id).toBe("grid-scroll");
    await page.keyboard.press("Alt+Shift+KeyS");
    expect((await focused(page)).frame).toBe(true);
    await page.keyboard.press("Alt+Shift+KeyS");
    expect((await focused(page)).id).toBe("grid-scroll");
  });

  it("brings Alt+Shift+S back to the open panel, or to where the focus was in it: never to New matrix unasked", async () => {
    const sidebar = page.frameLocator("#sidebar-frame");
    const innerFocus = () =>
      page.evaluate(() => {
        const frame = document.activeElement;
        const inner = frame instanceof HTMLIFrameElement ? frame.contentDocument?.activeElement : null;
        return inner?.textContent?.trim() ?? "";
      });
    await sidebar.getByRole("tab", { name: "Check" }).click();
    await sidebar.getByRole("button", { name: "Re-check" }).waitFor();
    await page.keyboard.press("Alt+Shift+KeyS");
    expect((await focused(page)).id).toBe("grid-scroll");
    await page.keyboard.press("Alt+Shift+KeyS");
    expect(await innerFocus()).toBe("Check");

    // From a button inside the panel, the shortcut comes back to that button.
    await sidebar.getByRole("button", { name: "Re-check" }).focus();
    await page.keyboard.press("Alt+Shift+KeyS");
    expect((await focused(page)).id).toBe("grid-scroll");
    await page.keyboard.press("Alt+Shift+KeyS");
    expect(await innerFocus()).toBe("Re-check");
    await page.keyboard.press("Alt+Shift+KeyS");
  });

  it("keeps the focus in the grid when a check the sidebar asked for answers after the person left it", async () => {
    const sidebar = page.frameLocator("#sidebar-frame");
    // The check's answer is held back until the person has gone back to the grid.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      void page.route("**/api/run", async (route) => {
        if (!route.request().postData()?.includes('"analyzeMatrix"')) return route.continue();
        resolve();
        await new Promise<void>((go) => (release = go));
        await route.continue();
      });
    });
    await sidebar.getByRole("button", { name: "Re-check" }).focus();
    await page.keyboard.press("Enter");
    await held;
    await page.keyboard.press("Alt+Shift+KeyS");
    expect((await focused(page)).id).toBe("grid-scroll");

    const answered = page.waitForResponse((response) => response.url().endsWith("/api/run"));
    release();
    await answered;
    await sidebar.locator(".check-body").getByRole("button").first().waitFor();
    await page.unroute("**/api/run");
    expect((await focused(page)).id).toBe("grid-scroll");
  });

  it("fits “overloaded” in a role's summary cell", async () => {
    // Give the CEO R on every initiative: more than 60% of them, so the summary says "…% overloaded".
    const { r, c } = await find(page, "Set the operational strategy");
    const rows = preview.session.emulator.spreadsheet.getSheetByName(MATRIX_SHEET)?.getLastRow() ?? 0;
    const initiatives = Array.from({ length: 9 }, () => ["R"]);
    const response = await fetch(new URL("/api/edit", preview.url), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        client: "overload",
        sheet: MATRIX_SHEET,
        range: `${String.fromCharCode(65 + c + 1)}${r + 1}:${String.fromCharCode(65 + c + 1)}${r + 9}`,
        values: initiatives,
      }),
    });
    expect(await response.json()).toEqual({ ok: true });
    expect(rows).toBeGreaterThan(r);
    const summary = page.locator("td[data-c]", { hasText: /overloaded$/ }).first();
    await summary.waitFor();
    // The text's own width (a Range around it), against the room the cell gives it.
    const fits = await summary.evaluate((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      const padding =
        parseFloat(getComputedStyle(td).paddingLeft) + parseFloat(getComputedStyle(td).paddingRight);
      const room = td.clientWidth - padding;
      const width = range.getBoundingClientRect().width;
      return { text: td.textContent, clipped: width > room, width, room };
    });
    console.log(`"100% overloaded" is ${fits.width.toFixed(1)} px wide in a ${fits.room} px cell`);
    expect(fits).toMatchObject({ text: "100% overloaded", clipped: false });
  });
});

describe("the local preview when its server stops", () => {
  it("puts a typed value back, says so once (no pile of toasts), and clears the message when the server is back", async () => {
    const file = join(dir, "offline.json");
    let preview = await startPreview({ port: 0, file, quiet: true, reset: true });
    const port = Number(new URL(preview.url).port);
    const page = await openPage(preview);
    try {
      const version = () => page.evaluate(() => Number(document.body.dataset.version));
      const before = await version();
      await cell(page, 0, 0).click();
      await page.keyboard.type("Saved");
      await page.keyboard.press("Enter");
      await until(
        () => preview.session.emulator.spreadsheet.getSheets()[0].getRange("A1").getValue(),
        "Saved",
      );
      // The page has the saved value from the server (not only what it showed while saving).
      await until(async () => (await version()) > before, true);

      await preview.close();
      await cell(page, 0, 0).click();
      await page.keyboard.type("Lost");
      await page.keyboard.press("Enter");
      const offline = page.locator("#offline");
      await offline.waitFor();
      await until(() => cell(page, 0, 0).textContent(), "Saved");
      await until(() => offline.innerText(), "A1 is back to its saved value", 5000, true);
      // More clicks and edits: still one message, and no toast.
      await cell(page, 2, 1).click();
      await page.keyboard.type("Also lost");
      await page.keyboard.press("Enter");
      await cell(page, 4, 1).click();
      await until(() => offline.innerText(), "B3 is back to its saved value", 5000, true);
      expect(await page.locator("[role=alert]:visible").count()).toBe(1);
      expect(await page.locator(".toast").count()).toBe(0);
      expect(await cell(page, 2, 1).textContent()).toBe("");

      // The server is back on the same address: the message goes, and edits save again.
      preview = await startPreview({ port, file, quiet: true });
      await offline.waitFor({ state: "hidden", timeout: 10_000 });
      await cell(page, 1, 0).click();
      await page.keyboard.type("Back");
      await page.keyboard.press("Enter");
      await until(
        () => preview.session.emulator.spreadsheet.getSheets()[0].getRange("A2").getValue(),
        "Back",
      );
      expect(await page.locator(".toast.error").count()).toBe(0);
    } finally {
      await page.close();
      await preview.close();
    }
  });
});
