/**
 * The preview's dialogs ask and wait, as `Ui.alert` with buttons does in Sheets ("This method suspends the
 * server-side script while the dialog is open", Ui reference): Remove add-on data and Adopt from the menu
 * change nothing until the person answers, change nothing on No or Cancel, and do their work on Yes. In
 * headless Chromium on the real page and the built add-on; run after `npm run build`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../helpers/browser";
import { startPreview, type Preview } from "../../preview/server";

const MATRIX = "RACI – COO vs Chief of Staff";
const LOG = "RACI change log";
const TABLE = "Relaunch";

let browser: Browser;
let dir: string;
let preview: Preview;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "raci-preview-dialogs-"));
  browser = await launchChromium();
  preview = await startPreview({ port: 0, file: join(dir, "workbook.json"), quiet: true, reset: true });
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.setDefaultTimeout(8000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await page.locator("td[data-c]").first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

const spreadsheet = () => preview.session.emulator.spreadsheet;
const addonProperties = (): string[] => {
  const { PropertiesService } = preview.session.emulator.globals as {
    PropertiesService: { getDocumentProperties(): { getKeys(): string[] } };
  };
  return PropertiesService.getDocumentProperties()
    .getKeys()
    .filter((key) => key.startsWith("raci."));
};

/** Waits up to 5 s for `check()`. */
async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`still false: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The table sheet carries the add-on's mark. */
const isMatrix = (): boolean =>
  spreadsheet()
    .getSheetByName(TABLE)
    ?.getDeveloperMetadata()
    .some((m) => m.getKey() === "raci.matrix") ?? false;

async function useMenu(caption: string): Promise<void> {
  await page.getByRole("button", { name: "Extensions" }).click();
  await page.getByRole("menuitem", { name: "RACI Matrix for Sheets" }).click();
  await page.getByRole("menuitem", { name: caption, exact: true }).click();
}

/** The dialog the add-on is waiting on, once it shows `text`. */
async function question(text: RegExp) {
  const dialog = page.getByRole("dialog");
  await dialog.getByText(text).waitFor();
  return dialog;
}

describe("Remove add-on data in the preview", () => {
  beforeAll(async () => {
    await useMenu("New matrix: COO vs Chief of Staff");
    await page.getByRole("tab", { name: MATRIX }).waitFor();
    // A typed code makes the change log.
    const td = page.locator("td[data-c]", { hasText: /^Set the operational strategy$/ }).first();
    const [r, c] = [Number(await td.getAttribute("data-r")), Number(await td.getAttribute("data-c"))];
    await page.locator(`td[data-r="${r}"][data-c="${c + 1}"]`).click();
    await page.keyboard.type("I");
    await page.keyboard.press("Enter");
    await until(() => spreadsheet().getSheetByName(LOG) !== null);
  });

  it("asks Yes or No before anything goes, and No keeps everything", async () => {
    const properties = addonProperties();
    expect(properties.length).toBeGreaterThan(0);
    await useMenu("Remove add-on data");
    const dialog = await question(/Remove the add-on's data\?/);
    expect(await dialog.getByRole("button").allInnerTexts()).toEqual(["Yes", "No"]);
    // The call is waiting: nothing is gone while the question is open.
    expect(spreadsheet().getSheetByName(LOG)).not.toBeNull();
    expect(addonProperties()).toEqual(properties);

    await dialog.getByRole("button", { name: "No" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.waitForTimeout(300); // time for a change the answer must not make
    expect(spreadsheet().getSheetByName(LOG)).not.toBeNull();
    expect(addonProperties()).toEqual(properties);
    expect(await page.locator(".toast", { hasText: "Removed" }).count()).toBe(0);
  });

  it("removes the data on Yes, and says what it removed", async () => {
    await useMenu("Remove add-on data");
    const dialog = await question(/Remove the add-on's data\?/);
    await dialog.getByRole("button", { name: "Yes" }).click();
    await page.locator(".toast", { hasText: /Removed .* the change log/ }).waitFor();
    expect(spreadsheet().getSheetByName(LOG)).toBeNull();
    expect(addonProperties()).toEqual([]);
  });
});

describe("Adopt this table as a matrix in the preview", () => {
  beforeAll(async () => {
    const sheet = spreadsheet().insertSheet(TABLE);
    sheet.getRange("A1:D4").setValues([
      ["Task", "Alice", "Bob", "Carol"],
      ["Brief", "A", "R", "C"],
      ["Design", "I", "A", "R"],
      ["Launch", "A", "R", "I"],
    ]);
    await page.reload(); // the page learns of a sheet the test made behind its back
    await page.getByRole("tab", { name: TABLE }).click();
    await page.getByText("Design", { exact: true }).waitFor();
  });

  it("shows what adopting adds and waits; No leaves the table as it was", async () => {
    const before = JSON.stringify(spreadsheet().getSheetByName(TABLE)?.getDataRange().getValues());
    await useMenu("Adopt this table as a matrix");
    const dialog = await question(/Adopting adds:/);
    expect(await dialog.innerText()).toContain(`Adopt "${TABLE}" as a matrix`);
    expect(isMatrix()).toBe(false);
    await dialog.getByRole("button", { name: "No" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.waitForTimeout(300);
    expect(isMatrix()).toBe(false);
    expect(JSON.stringify(spreadsheet().getSheetByName(TABLE)?.getDataRange().getValues())).toBe(before);
  });

  it("adopts the table on Yes", async () => {
    await useMenu("Adopt this table as a matrix");
    const dialog = await question(/Adopting adds:/);
    await dialog.getByRole("button", { name: "Yes" }).click();
    await page.locator(".toast", { hasText: "is now a live matrix" }).waitFor();
    expect(isMatrix()).toBe(true);
    await page.getByText("Status", { exact: true }).waitFor();
  });
});
