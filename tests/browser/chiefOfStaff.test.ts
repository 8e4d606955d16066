/**
 * A Chief of Staff's first hour in the local preview, end to end, in headless Chromium on the real page and
 * the built add-on (run after `npm run build`): paste a list with area headings, teach two of the company's
 * words, suggest and read every code at 300 px, generate, fix a double owner and undo it, agree several rows
 * and see one reopen when a collaborator changes it, print the offsite pack, then remove the add-on's data
 * answering No, then Yes. Each step's result is checked where a person would see it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { launchChromium } from "../helpers/browser";
import { previewApi } from "../helpers/sidebarPage";
import { startPreview, type Preview } from "../../preview/server";
import { WATCH_EVERY_MS } from "../../sidebar/watch";

const TITLE = "Offsite 2025";
const LIST = [
  "Exec support:",
  "Board deck",
  "Offsite agenda",
  "Nightingale readiness",
  "Operations:",
  "Vendor renewals",
  "Falcon cutover",
  "Strategy:",
  "Decide on the Lyon acquisition",
].join("\n");

let browser: Browser;
let dir: string;
let preview: Preview;
let page: Page;
let sidebar: FrameLocator;
const pageErrors: string[] = [];
/** The server functions the page called, in order. */
const calls: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "raci-chief-of-staff-"));
  browser = await launchChromium();
  preview = await startPreview({ port: 0, file: join(dir, "workbook.json"), quiet: true, reset: true });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(10_000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("request", (request) => {
    if (new URL(request.url()).pathname !== "/api/run") return;
    const body = JSON.parse(request.postData() ?? "{}") as { fn?: string };
    if (body.fn) calls.push(body.fn);
  });
  await page.goto(preview.url);
  await page.locator("td[data-c]").first().waitFor();
  sidebar = page.frameLocator("#sidebar-frame");
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

async function useMenu(caption: string): Promise<void> {
  await page.getByRole("button", { name: "Extensions" }).click();
  await page.getByRole("menuitem", { name: "RACI Matrix for Sheets" }).click();
  await page.getByRole("menuitem", { name: caption, exact: true }).click();
}

/** The sidebar's confirmation, or the failure it reported instead. */
async function said(text: string): Promise<void> {
  const success = sidebar.getByRole("status").getByText(text, { exact: false });
  const failure = sidebar.getByRole("alert").locator("p");
  await success.or(failure).first().waitFor();
  if (await failure.isVisible()) throw new Error(`The sidebar reported: ${await failure.innerText()}`);
}

const row = (name: string) =>
  sidebar
    .locator("#panel-new .code-row")
    .filter({ has: sidebar.locator(".code-row-name", { hasText: name }) });
const spreadsheet = () => preview.session.emulator.spreadsheet;

describe("a Chief of Staff's first hour", () => {
  it("pastes the list with area headings, and the preview says how they were read", async () => {
    await useMenu("Open sidebar");
    await sidebar.locator("#new-title").fill(TITLE);
    await sidebar.locator("#new-initiatives").fill(LIST);
    const notes = await sidebar.locator("#panel-new .list-check").allInnerTexts();
    expect(notes).toEqual([
      expect.stringContaining("Exec support: read as an area for the 3 lines below."),
      expect.stringContaining("Operations: read as an area for the 2 lines below."),
      expect.stringContaining("Strategy: read as an area for the line below."),
    ]);
  });

  it("teaches two of the company's words before suggesting", async () => {
    await sidebar.getByText("Charters and the company's words").click();
    const panel = sidebar.locator("#panel-new");
    const teach = async (n: number, word: string, place: string) => {
      await panel.getByRole("button", { name: "Add a word" }).click();
      await panel.getByRole("textbox", { name: `Word ${n}`, exact: true }).fill(word);
      await panel
        .locator(".glossary-row")
        .nth(n - 1)
        .getByLabel("Belongs to")
        .selectOption({ label: place });
    };
    await teach(1, "Nightingale", "Chief of Staff: any of its work");
    const cooLine = (await panel.getByLabel("Charter of COO, one line per responsibility").inputValue())
      .split("\n")
      .find((line) => line.startsWith("Day-to-day operations"));
    await teach(2, "Falcon", cooLine ?? "");
    await panel.getByRole("button", { name: "Save words" }).click();
    await said("Saved 2 words of the company's for this spreadsheet.");
  });

  it("suggests owners, every code readable at 300 px and each row saying why", async () => {
    await sidebar.getByRole("button", { name: "Suggest owners" }).click();
    await said("Suggested owners for 6 initiatives");
    expect(await page.locator("#sidebar").evaluate((aside) => aside.getBoundingClientRect().width)).toBe(300);
    const codes = await sidebar
      .locator("#panel-new .code-chip-item .code")
      .evaluateAll((all) =>
        all.map((code) => ({ text: code.textContent, clipped: code.scrollWidth > code.clientWidth })),
      );
    expect(codes).toHaveLength(6 * 4);
    expect(codes.filter((c) => c.clipped)).toEqual([]);
    expect(await row("Nightingale readiness").locator(".why").innerText()).toMatch(
      /^Chief of Staff .*company glossary/,
    );
    expect(await row("Falcon cutover").locator(".why").innerText()).toMatch(/^COO .*company glossary/);
    expect(await row("Decide on the Lyon acquisition").locator(".why").innerText()).toMatch(/^CEO /);
  });

  it("generates the matrix, with the areas read from the headings", async () => {
    await sidebar.getByRole("button", { name: "Generate matrix" }).click();
    await said(`Created “${TITLE}”`);
    await page.getByRole("tab", { name: TITLE }).waitFor();
    const active = (await preview.session.bridge.run("describeActiveSheet", [TITLE])) as {
      ok: true;
      value: { matrix: { initiatives: { name: string; area: string }[] } };
    };
    expect(active.value.matrix.initiatives.map((i) => i.area)).toEqual([
      "Exec support",
      "Exec support",
      "Exec support",
      "Operations",
      "Operations",
      "Strategy",
    ]);
  });

  it("fixes a double owner from Check, and Undo the fix puts the cell back", async () => {
    const sheet = spreadsheet().getSheetByName(TITLE);
    const values = sheet?.getDataRange().getValues() ?? [];
    const at = (text: string) => {
      const r = values.findIndex((line) => line.includes(text));
      return { row: r + 1, column: values[r].indexOf(text) + 1 };
    };
    const cell = sheet?.getRange(at("Vendor renewals").row, at("Chief of Staff").column);
    const a1 = cell?.getA1Notation() ?? "";
    // A collaborator gives the Chief of Staff an A on the COO's row.
    await previewApi(() => preview.url, "collaborator").edit(TITLE, a1, [["A"]]);
    await sidebar.getByRole("button", { name: "Re-check" }).click();
    const finding = sidebar
      .locator("#panel-check .severity .finding", { hasText: "Vendor renewals" })
      .first();
    await finding.waitFor();
    await finding.getByRole("button", { name: "Fix: Vendor renewals" }).click();
    await said("Changed");
    expect(cell?.getValue()).not.toBe("A");
    const undo = sidebar.getByRole("button", { name: "Undo the fix" });
    await undo.waitFor(); // the panel has read the sheet again itself
    // The fix moved the sheet's token, but the watcher does not read the sheet a second time: that read
    // would lock the panel's buttons, and a click on Undo meanwhile would be lost.
    const analyses = () => calls.filter((fn) => fn === "analyzeMatrix").length;
    const read = analyses();
    await page.waitForTimeout(WATCH_EVERY_MS + 1000);
    expect(analyses()).toBe(read);
    await undo.click();
    await said("Put back");
    expect(cell?.getValue()).toBe("A");
  });

  it("agrees several rows at once, and a code changed later reopens one, keeping the day it was agreed", async () => {
    const check = sidebar.locator("#panel-check");
    await check.locator(".agreement summary").click();
    await check.getByLabel("Board deck", { exact: true }).check();
    await check.getByLabel("Offsite agenda", { exact: true }).check();
    await check.getByLabel("Agree as").selectOption("Chief of Staff");
    await check.getByRole("button", { name: "Mark ticked rows Agreed" }).click();
    await said("Marked 2 rows Agreed");
    const sheet = spreadsheet().getSheetByName(TITLE);
    const values = () => sheet?.getDataRange().getValues() ?? [];
    const header = values().findIndex((line) => line.includes("Decision"));
    const column = (name: string) => values()[header].indexOf(name);
    const line = (name: string) => values().find((cells) => cells.includes(name)) ?? [];
    expect([line("Board deck"), line("Offsite agenda")].map((l) => l[column("Decision")])).toEqual([
      "Agreed",
      "Agreed",
    ]);
    const agreedOn = line("Board deck")[column("Decided on")];
    expect(Object.prototype.toString.call(agreedOn)).toBe("[object Date]"); // a Date of the emulator's realm

    // A collaborator changes one of its codes: the row reopens and keeps the day it was agreed.
    const row = values().findIndex((cells) => cells.includes("Board deck")) + 1;
    const coo = column("COO");
    const changed = line("Board deck")[coo] === "C" ? "I" : "C";
    const a1 = sheet?.getRange(row, coo + 1).getA1Notation() ?? "";
    await previewApi(() => preview.url, "collaborator").edit(TITLE, a1, [[changed]]);
    expect(line("Board deck")[column("Decision")]).toBe("Changed since agreed");
    expect(line("Board deck")[column("Decided on")]).toEqual(agreedOn);
    expect(String(line("Board deck")[column("Agreed by")])).toContain("codes changed");
    expect(line("Offsite agenda")[column("Decision")]).toBe("Agreed");
  });

  it("prints the offsite pack: a sheet of only the rows still to settle", async () => {
    const check = sidebar.locator("#panel-check");
    await check.getByRole("button", { name: "Re-check" }).click();
    await check.getByRole("button", { name: "Offsite pack" }).click();
    await check.getByText("Offsite pack of").waitFor();
    await check.getByRole("button", { name: "Make the printable sheet" }).click();
    await said("still to settle");
    const pack = spreadsheet().getSheetByName(`Offsite pack – ${TITLE}`);
    const text = (pack?.getDataRange().getValues() ?? []).flat().map(String);
    expect(text).toContain("Board deck"); // changed since agreed
    expect(text).toContain("Vendor renewals"); // two owners again since Undo
    expect(text).not.toContain("Offsite agenda"); // agreed and unchanged
  });

  it("removes the add-on's data only after Yes: No keeps everything", async () => {
    const log = () => spreadsheet().getSheetByName("RACI change log");
    expect(log()).not.toBeNull();
    await useMenu("Remove add-on data");
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Remove the add-on's data?").waitFor();
    await dialog.getByRole("button", { name: "No" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(log()).not.toBeNull();
    expect((await preview.session.bridge.run("getGlossary", [])).ok).toBe(true);

    await useMenu("Remove add-on data");
    await dialog.getByText("Remove the add-on's data?").waitFor();
    await dialog.getByRole("button", { name: "Yes" }).click();
    await page.locator(".toast", { hasText: "Your matrices are now plain sheets" }).waitFor();
    expect(log()).toBeNull();
    expect(await preview.session.bridge.run("getGlossary", [])).toEqual({ ok: true, value: { terms: [] } });
  });
});
