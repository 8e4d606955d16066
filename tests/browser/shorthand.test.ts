/**
 * Check's offer to convert codes left as shorthand, in the built sidebar (dist/sidebar.html) in Debian's
 * chromium, through the local preview's google.script.run bridge. The workbook is made on the emulator with
 * a burst of typed aliases whose onEdit runs were dropped beyond two queued
 * (https://developers.google.com/apps-script/guides/triggers), then opened in the preview. Run after
 * `npm run build`.
 */
import type { Page } from "playwright-core";
import { loadAddon } from "../helpers/addon";
import { workbookFileText } from "../../preview/workbookFile";
import {
  axeViolations,
  confirmed,
  previewApi,
  startSidebarSession,
  type SidebarSession,
} from "../helpers/sidebarPage";

const CLIENT = "shorthand-test";
const SHEET = "Shorthand test";

let session: SidebarSession;
let page: Page;

const api = previewApi(() => session.preview.url, CLIENT);

/** A matrix where five aliases were typed faster than onEdit runs: three are left as typed. */
function workbookWithLeftovers(): string {
  const addon = loadAddon();
  addon.generate({
    template: "blank",
    title: SHEET,
    roles: ["CEO", "COO", "Chief of Staff"],
    initiatives: ["Budget", "Hiring plan", "Board deck", "Office move"].map((name) => ({ name })),
  });
  const dropped = addon.emulator.burst(() => {
    addon.edit(SHEET, "D9", "ra");
    addon.edit(SHEET, "E10", "a/r");
    addon.edit(SHEET, "C11", " Accountable ");
    addon.edit(SHEET, "D12", "r");
    addon.edit(SHEET, "C12", "i");
  });
  expect(dropped).toEqual({ ran: 2, dropped: 3 });
  // A table the add-on did not make, with the same kind of text: analysed, never written.
  addon.emulator.spreadsheet
    .insertSheet("Tracker")
    .getRange("A1:C3")
    .setValues([
      ["Initiative", "COO", "Status"],
      ["Vendor switch", "ra", "Late"],
      ["Hiring plan", "r", "Done"],
    ]);
  addon.emulator.spreadsheet.getSheetByName(SHEET)?.activate();
  return workbookFileText(JSON.stringify(addon.emulator.toJSON()));
}

beforeAll(async () => {
  session = await startSidebarSession("raci-shorthand-", CLIENT, { workbook: workbookWithLeftovers() });
  page = session.page;
  await session.openSidebar();
});

afterAll(() => session?.close());

afterEach(() => expect(session.pageErrors).toEqual([]));

describe("Check › codes typed as shorthand", () => {
  it("says how many and which, and Convert rewrites them in one go; Undo puts them back", async () => {
    await page.getByRole("tab", { name: "Check", exact: true }).click();
    const check = page.locator("#panel-check");
    const offer = check.locator(".shorthand");
    await offer.getByText("3 codes typed as shorthand (Accountable, i, r)").waitFor();
    expect(await axeViolations(page, ".shorthand")).toEqual([]);

    await offer.getByRole("button", { name: "Convert them (3 cells)" }).click();
    await confirmed(page, `Converted 3 codes in “${SHEET}” to R, A, A/R, C or I`);
    await check.getByRole("button", { name: "Undo the fix" }).waitFor();
    expect(await offer.count()).toBe(0);
    expect((await api.run("analyzeMatrix", SHEET)).shorthand).toBeUndefined();

    await check.getByRole("button", { name: "Undo the fix" }).click();
    await confirmed(page, "Put back 3 cells");
    await offer.getByText("3 codes typed as shorthand (Accountable, i, r)").waitFor();
    expect((await api.run("analyzeMatrix", SHEET)).shorthand?.count).toBe(3);
  });

  it("on a table the add-on did not make, says so without a Convert button", async () => {
    await api.select("Tracker", "B2");
    const check = page.locator("#panel-check");
    await check.getByRole("button", { name: "Re-check" }).click();
    const offer = check.locator(".shorthand");
    await offer.getByText("2 codes typed as shorthand (ra, r)").waitFor();
    await offer.getByText("the add-on did not make this table").waitFor();
    expect(await offer.getByRole("button").count()).toBe(0);
    expect(await api.run("analyzeMatrix", "Tracker")).toMatchObject({ shorthand: { count: 2 } });
  });
});
