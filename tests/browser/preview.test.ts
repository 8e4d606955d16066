/**
 * `npm start` in a real browser: the preview page drives the built add-on (dist/Code.js) on the emulator.
 * Needs `npm run build` first, and a Chromium (tests/helpers/findChromium.ts says where it looks).
 * Screenshots of the main states go to artifacts/screenshots/preview-*.png.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type Locator, type Page } from "playwright-core";
import { launchChromium } from "../helpers/browser";
import { startPreview, type Preview } from "../../preview/server";

const SCREENSHOTS = join(__dirname, "../../artifacts/screenshots");
const MATRIX_SHEET = "RACI – COO vs Chief of Staff";
const MULTIPLE_ACCOUNTABLE = "rgb(217, 155, 196)"; // #d99bc4

let browser: Browser;
let dir: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), "raci-preview-"));
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  // An exception in the page is a bug even when the assertions passed.
  expect(pageErrors.splice(0)).toEqual([]);
});

async function openPage(preview: Preview): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await page.locator("td[data-c]").first().waitFor();
  return page;
}

function cell(page: Page, row: number, column: number): Locator {
  return page.locator(`td[data-r="${row}"][data-c="${column}"]`);
}

async function useMenu(page: Page, caption: string): Promise<void> {
  await page.getByRole("button", { name: "Extensions" }).click();
  await page.getByRole("menuitem", { name: "RACI Matrix for Sheets" }).click();
  await page.getByRole("menuitem", { name: caption, exact: true }).click();
}

/** The matrix as the page shows it: the header row, its columns, and every cell's text. */
async function readMatrix(page: Page): Promise<{
  header: number;
  name: number;
  roles: number[];
  status: number;
  text: (row: number, column: number) => string;
}> {
  const texts = await page
    .locator("td[data-c]")
    .evaluateAll((cells) =>
      cells.map(
        (td) =>
          [
            Number(td.getAttribute("data-r")),
            Number(td.getAttribute("data-c")),
            td.textContent ?? "",
          ] as const,
      ),
    );
  const byCell = new Map(texts.map(([r, c, t]) => [`${r}:${c}`, t]));
  const text = (row: number, column: number): string => byCell.get(`${row}:${column}`) ?? "";
  const statusCell = texts.find(([, , t]) => t === "Status");
  const nameCell = texts.find(([, , t]) => t === "Initiative");
  if (!statusCell || !nameCell)
    throw new Error("The matrix header (Initiative … Status) is not on the page.");
  const [header, status] = statusCell;
  const name = nameCell[1];
  const roles = Array.from({ length: status - name - 1 }, (_, i) => name + 1 + i);
  return { header, name, roles, status, text };
}

async function backgrounds(page: Page, row: number, columns: number[]): Promise<string[]> {
  return Promise.all(
    columns.map((c) => cell(page, row, c).evaluate((td) => getComputedStyle(td).backgroundColor)),
  );
}

/**
 * Reads until the value matches (equal to `expected`, or `expected(value)` true), for `timeout` ms;
 * returns the value, or fails showing the last one.
 */
async function until<T>(
  what: string,
  read: () => Promise<T>,
  expected: T | ((value: T) => boolean),
  timeout = 5000,
): Promise<T> {
  const matches = (value: T): boolean =>
    typeof expected === "function"
      ? (expected as (value: T) => boolean)(value)
      : JSON.stringify(value) === JSON.stringify(expected);
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (matches(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the element's text is `text` (or matches it); returns the text. */
function hasText(locator: Locator, text: string | RegExp, timeout = 5000): Promise<string> {
  return until(
    `text of ${locator.toString()}`,
    async () => (await locator.textContent({ timeout })) ?? "",
    (value) => (typeof text === "string" ? value === text : text.test(value)),
    timeout,
  );
}

async function tabsAre(page: Page, names: string[]): Promise<void> {
  await until("sheet tabs", () => page.getByRole("tab").allTextContents(), names);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `preview-${name}.png`) });
}

describe("npm start: the add-on in a local preview", () => {
  const file = (): string => join(dir, "workbook.json");

  it("creates a matrix from the menu, highlights a second A, shares edits between windows, and keeps the workbook", async () => {
    let preview = await startPreview({ port: 0, file: file(), quiet: true, saveDelayMs: 20 });
    try {
      const page = await openPage(preview);
      await shot(page, "start");

      // Extensions › RACI Matrix for Sheets › New matrix: COO vs Chief of Staff
      await useMenu(page, "New matrix: COO vs Chief of Staff");
      await until(
        "the new sheet's tab is active",
        () => page.getByRole("tab", { name: MATRIX_SHEET }).getAttribute("aria-selected"),
        "true",
      );
      await page.getByText("Set the operational strategy").waitFor();
      await page.getByRole("status").filter({ hasText: "Created" }).waitFor();
      await shot(page, "matrix");

      // An initiative with exactly one A: type a second A into one of its other role cells.
      const matrix = await readMatrix(page);
      // The hidden RACI check column (after Decision, Decided on, Agreed by, Notes) is not drawn, as in
      // Sheets (Sheet.hideColumns); Notes is.
      const heading = (column: number) => page.locator(`th[data-c="${column}"]`);
      expect(await heading(matrix.status + 4).isVisible()).toBe(true);
      expect(await heading(matrix.status + 5).isVisible()).toBe(false);
      expect(await page.getByText("RACI check", { exact: true }).count()).toBe(0);
      const isAccountable = (t: string): boolean => t === "A" || t === "A/R";
      let row = matrix.header + 1;
      while (matrix.roles.filter((c) => isAccountable(matrix.text(row, c))).length !== 1) row++;
      const target = matrix.roles.find((c) => !isAccountable(matrix.text(row, c)));
      if (target === undefined) throw new Error("no role cell without an A");
      const rowColumns = [matrix.name - 1, matrix.name, ...matrix.roles, matrix.status];
      expect(await backgrounds(page, row, rowColumns)).not.toContain(MULTIPLE_ACCOUNTABLE);

      await cell(page, row, target).click();
      await page.keyboard.type("A");
      await page.keyboard.press("Enter");
      await hasText(cell(page, row, matrix.status), "2 accountable");
      await hasText(cell(page, row, target), "A");
      const highlighted = (await backgrounds(page, row, rowColumns)).filter(
        (bg) => bg === MULTIPLE_ACCOUNTABLE,
      );
      expect(highlighted.length).toBeGreaterThanOrEqual(6);
      await shot(page, "two-accountable");

      // Extensions › Check this matrix opens the sidebar on the findings.
      await useMenu(page, "Check this matrix");
      await page.locator("#sidebar").waitFor();
      await until(
        "the sidebar frame",
        async () => page.frame({ url: /\/sidebar\.html/ }),
        (f) => f !== null,
      );
      await page
        .frameLocator("#sidebar-frame")
        .getByText(/accountable/)
        .first()
        .waitFor();
      await shot(page, "check-sidebar");

      // A second window shows the edit, and what it pastes shows in the first within a second.
      const second = await openPage(preview);
      await second.getByRole("tab", { name: MATRIX_SHEET }).click();
      await hasText(cell(second, row, matrix.status), "2 accountable");
      expect(
        (await backgrounds(second, row, rowColumns)).filter((bg) => bg === MULTIPLE_ACCOUNTABLE).length,
      ).toBe(highlighted.length);
      let spare = row;
      while (matrix.text(spare, matrix.name) !== "") spare++;
      await cell(second, spare, matrix.name).click();
      await pasteText(second, "Plan the offsite\tA\tR");
      await hasText(cell(page, spare, matrix.name), "Plan the offsite", 1000);
      await hasText(cell(page, spare, matrix.roles[0]), "A", 1000);
      await hasText(cell(page, spare, matrix.roles[1]), "R", 1000);
      await shot(second, "second-window");
      // Delete clears the pasted block (still selected).
      await second.keyboard.press("Delete");
      await hasText(cell(page, spare, matrix.name), "", 1000);
      await second.close();
      await page.close();

      // Stop and start again on the same file: the workbook is still there.
      await preview.close();
      preview = await startPreview({ port: 0, file: file(), quiet: true });
      const reopened = await openPage(preview);
      await reopened.getByRole("tab", { name: MATRIX_SHEET }).click();
      await hasText(cell(reopened, row, target), "A");
      await hasText(cell(reopened, row, matrix.status), "2 accountable");
      await shot(reopened, "restarted");
      await reopened.close();
    } finally {
      await preview.close();
    }
  });

  it("opens the sidebar with a working google.script.run, and shows the add-on's alerts", async () => {
    const preview = await startPreview({ port: 0, file: join(dir, "sidebar.json"), quiet: true });
    try {
      const page = await openPage(preview);
      await useMenu(page, "Open sidebar");
      await page.locator("#sidebar").waitFor();
      expect(await page.locator("#sidebar").evaluate((aside) => aside.getBoundingClientRect().width)).toBe(
        300,
      );
      const sidebar = await until(
        "the sidebar frame",
        async () => page.frame({ url: /\/sidebar\.html/ }),
        (f) => f !== null,
      );
      if (!sidebar) throw new Error("unreachable");
      const answers = await sidebar.evaluate(async () => {
        type Runner = Record<string, (...args: unknown[]) => Runner>;
        const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
        const call = (
          runner: Runner,
          fn: string,
          ...args: unknown[]
        ): Promise<{ ok: boolean; value: unknown; user: unknown }> =>
          new Promise((resolve) => {
            const configured = runner
              .withSuccessHandler((value: unknown, user: unknown) => resolve({ ok: true, value, user }))
              .withFailureHandler((error: unknown, user: unknown) =>
                resolve({ ok: false, value: error instanceof Error ? error.message : "not an Error", user }),
              );
            configured[fn](...args);
          });
        const withUser = run.withUserObject("me");
        return {
          // Each with… returns a new runner; the one it was called on keeps its settings.
          chained: run.withSuccessHandler(() => undefined) !== run && withUser !== run,
          success: await call(withUser, "describeActiveSheet"),
          failure: await call(run, "selectCell", "Sheet1", "not a cell"),
          illegal: await call(run, "describeActiveSheet", new Date(0)),
        };
      });
      expect(answers.chained).toBe(true);
      expect(answers.success).toMatchObject({
        ok: true,
        value: { activeSheet: "Sheet1", matrix: null },
        user: "me",
      });
      const expected = await preview.session.bridge.run("selectCell", ["Sheet1", "not a cell"]);
      expect(expected.ok).toBe(false);
      expect(answers.failure).toEqual({
        ok: false,
        value: expected.ok ? "" : expected.error,
        user: undefined,
      });
      expect(answers.illegal).toEqual({
        ok: false,
        value: "Failed due to illegal value in property: 0",
        user: undefined,
      });
      await shot(page, "sidebar");

      // A script selecting a cell (the sidebar's "show me" buttons) moves this window's selection.
      await sidebar.evaluate(() => {
        type Runner = Record<string, (...args: unknown[]) => void>;
        (window as unknown as { google: { script: { run: Runner } } }).google.script.run.selectCell(
          "Sheet1",
          "C5:D6",
        );
      });
      await hasText(page.locator("#name-box"), "C5:D6");
      await until("the active cell", () => page.locator("td.active-cell").getAttribute("data-r"), "4");

      // google.script.host.close() closes the panel.
      await sidebar.evaluate(() => {
        (window as unknown as { google: { script: { host: { close(): void } } } }).google.script.host.close();
      });
      await page.locator("#sidebar").waitFor({ state: "hidden" });

      await useMenu(page, "Help");
      await hasText(page.getByRole("dialog"), /Each row is an initiative/);
      await shot(page, "alert");
      await page.getByRole("dialog").getByRole("button", { name: "OK" }).click();
      await page.getByRole("dialog").waitFor({ state: "hidden" });

      // A failing menu item shows its message ("Check this matrix" opens the sidebar there instead).
      await useMenu(page, "Refresh highlighting");
      await hasText(page.getByRole("dialog"), /failed/);
      await page.getByRole("dialog").getByRole("button", { name: "OK" }).click();
      await page.close();
    } finally {
      await preview.close();
    }
  });

  it("keeps a corrupt workbook file aside and starts fresh; Reset workbook does the same on request", async () => {
    const corrupt = join(dir, "corrupt", "workbook.json");
    mkdirSync(join(dir, "corrupt"));
    writeFileSync(corrupt, '{ "app": "hand-edited", oops');
    const preview = await startPreview({ port: 0, file: corrupt, quiet: true, saveDelayMs: 20 });
    try {
      const aside = readdirSync(join(dir, "corrupt")).filter((name) =>
        /^workbook\.corrupt-.+\.json$/.test(name),
      );
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(dir, "corrupt", aside[0]), "utf8")).toBe('{ "app": "hand-edited", oops');
      const page = await openPage(preview);
      const notice = await hasText(page.locator("#notice"), /could not be read/);
      expect(notice).toContain(aside[0]);
      await tabsAre(page, ["Sheet1"]);
      await shot(page, "corrupt-file");
      await until("a fresh workbook file", async () => existsSync(corrupt), true);

      await useMenu(page, "New blank matrix");
      await until("two tabs", () => page.getByRole("tab").count(), 2);
      await page.getByRole("button", { name: "Preview" }).click();
      await page.getByRole("menuitem", { name: "Reset workbook…" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Reset" }).click();
      await tabsAre(page, ["Sheet1"]);
      expect(readdirSync(join(dir, "corrupt")).filter((name) => name.includes(".reset-"))).toHaveLength(1);
      await page.close();
    } finally {
      await preview.close();
    }
  });
});

/** Pastes text the way a user does with Ctrl+V (a paste event carrying the clipboard's text). */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/plain", data);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}
