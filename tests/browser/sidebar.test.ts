/**
 * The built sidebar (dist/sidebar.html) in headless Chromium, talking through the local preview's
 * google.script.run bridge to the built add-on (dist/Code.js) on the emulator. Run after `npm run build`.
 * The steps share one workbook and one page and run in order, like a person using the sidebar.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { PreviewState } from "../../preview/protocol";
import {
  axeViolations,
  confirmed as confirmedOn,
  previewApi,
  startSidebarSession,
  type SidebarSession,
  type NoArgumentCall,
} from "../helpers/sidebarPage";

const ROOT = join(__dirname, "../..");
const SHOTS = join(ROOT, "artifacts/screenshots");
const CLIENT = "sidebar-test";
const TEMPLATE_SHEET = "RACI – COO vs Chief of Staff";
const XSS = "<img src=x onerror=alert(1)>";

let session: SidebarSession;
let page: Page;

const api = previewApi(() => session.preview.url, CLIENT);
const { run, describedMatrix } = api;
/** A person typing into the sheet (fires the add-on's onEdit). */
const typeInSheet = (sheet: string, range: string, value: string) => api.edit(sheet, range, [[value]]);
const selectInSheet = api.select;

async function windowState(): Promise<PreviewState> {
  const response = await fetch(new URL(`/api/state?client=${CLIENT}`, session.preview.url));
  return (await response.json()) as PreviewState;
}

/** Opens the sidebar the way the add-on does (showSidebar, or a menu item), then loads it. */
const openSidebar = (fn?: NoArgumentCall) => session.openSidebar(fn);

async function idle(): Promise<void> {
  await page.waitForFunction(() => !document.querySelector(".panels[aria-busy]"));
}

async function shot(name: string): Promise<void> {
  await idle();
  // From the top, so the sticky tabs are drawn where they belong in a full-page picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `sidebar-${name}.png`), fullPage: true });
}

async function expectAccessible(): Promise<void> {
  await idle();
  expect(await axeViolations(page)).toEqual([]);
}

const confirmed = (text: string) => confirmedOn(page, text);

const tab = (name: string) => page.getByRole("tab", { name, exact: true });
const panel = (id: string) => page.locator(`#panel-${id}`);
const statusText = () => page.getByRole("status").innerText();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await startSidebarSession("raci-sidebar-", CLIENT);
  page = session.page;
});

afterAll(() => session?.close());

afterEach(() => {
  expect(session.dialogs).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

describe("sidebar", () => {
  it("opens on New matrix, prefilled from the COO vs Chief of Staff template, and is accessible", async () => {
    await openSidebar();
    expect(await tab("New matrix").getAttribute("aria-selected")).toBe("true");
    await expect(page.locator("#new-title").inputValue()).resolves.toBe(TEMPLATE_SHEET);
    await expect(panel("new").locator(".preview").innerText()).resolves.toContain(
      "4 roles · 9 initiatives · 2 areas",
    );
    await shot("new");
    await expectAccessible();
  });

  it("creates a matrix from the template and shows it clean in Check", async () => {
    await page.getByRole("button", { name: "Generate matrix" }).click();
    await panel("check").getByText("No problems found").waitFor();
    expect(await tab("Check").getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-check");
    expect(await statusText()).toContain(`Created “${TEMPLATE_SHEET}”`);
    // Per-role load: one bar per role, with the numbers as text.
    const rows = panel("check").locator(".load-row");
    expect(await rows.count()).toBe(4);
    expect(await rows.nth(1).innerText()).toContain("COO");
    expect(await rows.nth(1).innerText()).toMatch(/R \d+ · A 5 · C \d+ · I \d+/);
    expect((await windowState()).view.sheet).toBe(TEMPLATE_SHEET);
    await shot("check-clean");
    await expectAccessible();
  });

  it("shows the findings after someone edits the sheet, and Show selects the cell at fault", async () => {
    await typeInSheet(TEMPLATE_SHEET, "C10", "A"); // a second A on the first initiative
    await typeInSheet(TEMPLATE_SHEET, "E11", "maybe"); // not a RACI code
    await selectInSheet(TEMPLATE_SHEET, "A1");
    await panel("check").getByRole("button", { name: "Re-check" }).click();
    await panel("check").getByText("More than one accountable").waitFor();
    const summary = await panel("check").locator(".summary").innerText();
    expect(summary).toContain("2 errors");
    await expect(panel("check").innerText()).resolves.toContain("Not a RACI code");

    await panel("check").getByRole("button", { name: "Show E11" }).click();
    await confirmed(`Selected E11 in “${TEMPLATE_SHEET}”.`);
    const { view } = await windowState();
    expect(view).toMatchObject({ sheet: TEMPLATE_SHEET, range: "E11" });
    await shot("check-findings");
    await expectAccessible();
  });

  it("creates a matrix from pasted lines, with no codes, and reports the gaps", async () => {
    await tab("New matrix").click();
    await panel("new").getByLabel("Blank").check();
    await page.locator("#new-title").fill("Pasted plan");
    await page
      .locator("#new-initiatives")
      .fill("Operations: Weekly review\r\n\r\n  Strategy\tQuarterly plan  \r\nBudget\n");
    const previewText = await panel("new").locator(".preview").innerText();
    expect(previewText).toContain("3 initiatives · 2 areas");
    expect(previewText).toContain("Codes: none yet");
    await page.getByRole("button", { name: "Generate matrix" }).click();
    await panel("check").getByText("Nobody accountable").waitFor();
    expect(await statusText()).toContain("Created “Pasted plan”");
    const summary = await panel("check").locator(".summary").innerText();
    expect(summary).toContain("3 errors");
    const analysed = await describedMatrix();
    expect(analysed.initiatives.map(({ name, area }) => ({ name, area }))).toEqual([
      { name: "Weekly review", area: "Operations" },
      { name: "Quarterly plan", area: "Strategy" },
      { name: "Budget", area: "" },
    ]);
  });

  it("keeps bad input from the server, with the message next to the field at fault", async () => {
    const sheetsBefore = (await windowState()).sheets.map((s) => s.name);
    await tab("New matrix").click();
    await panel("new").getByLabel("COO vs Chief of Staff").check();
    await page.locator("#new-title").fill("Bad input"); // the template's title is a sheet's already
    const roles = panel("new").locator('input[id^="new-role-"]');
    await roles.nth(1).fill("ceo"); // same as CEO, whatever the case
    await roles.nth(2).fill(XSS);
    await panel("new").getByRole("button", { name: "Add role" }).click(); // a fifth role, left empty
    await page.getByRole("button", { name: "Generate matrix" }).click();

    await page.getByRole("alert").getByText("Please fix the 2 problems marked below.").waitFor();
    const errorOf = async (index: number): Promise<string> => {
      const input = roles.nth(index);
      expect(await input.getAttribute("aria-invalid")).toBe("true");
      const ids = ((await input.getAttribute("aria-describedby")) ?? "").split(" ");
      const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
      return texts.join(" ");
    };
    expect(await errorOf(1)).toContain("appears twice (also role 1)");
    expect(await errorOf(4)).toContain("Role name must not be empty.");
    expect(await roles.nth(0).getAttribute("aria-invalid")).toBeNull();
    // Focus went to the first field at fault.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await roles.nth(1).getAttribute("id"));

    // Markup typed as a role name is text everywhere it appears, never an element.
    expect(await roles.nth(2).inputValue()).toBe(XSS);
    await expect(panel("new").locator(".preview").innerText()).resolves.toContain(XSS);
    const options = await page.locator("#new-owner-0 option").allInnerTexts();
    expect(options).toContain(XSS);
    expect(await page.locator("img").count()).toBe(0);
    await shot("new-errors");
    await expectAccessible();

    // The owner pair with only one role chosen is caught too, next to the other select.
    await roles.nth(1).fill("Finance");
    await panel("new").getByRole("button", { name: "Remove role 5" }).click();
    await page.locator("#new-owner-1").selectOption({ label: "None" });
    await expect(page.locator("#new-owner-1").getAttribute("aria-invalid")).resolves.toBe("true");
    expect(
      await page.locator("#new-owner-1").evaluate((s) => s.closest(".field")?.textContent ?? ""),
    ).toContain("Choose the other role");
    // Nothing was created by any of this.
    expect((await windowState()).sheets.map((s) => s.name)).toEqual(sheetsBefore);
  });

  it("edits the active matrix: roles and initiatives, keeping the codes", async () => {
    await selectInSheet(TEMPLATE_SHEET, "A1");
    await tab("Edit").click();
    const edit = panel("edit");
    await edit.getByText(`Editing “${TEMPLATE_SHEET}”`).waitFor();

    await edit.getByLabel("New role").fill("CFO");
    await edit.getByRole("button", { name: "Add role" }).click();
    await confirmed("Added the role “CFO”.");

    await edit.getByRole("button", { name: "Rename CFO" }).click();
    await edit.getByLabel("New name for CFO").fill("Finance");
    await edit.getByRole("button", { name: "Save" }).click();
    await confirmed("Renamed “CFO” to “Finance”");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Rename Finance",
    );

    await edit.getByRole("button", { name: "Remove Finance" }).click();
    await edit.getByText("Remove the role “Finance” and its column of codes?").waitFor();
    await shot("edit-confirm");
    await expectAccessible();
    await edit.getByRole("button", { name: "Remove", exact: true }).click();
    await confirmed("Removed the role “Finance”.");

    // A role named like markup, added on the server, comes back as text in every label.
    await edit.getByLabel("New role").fill(XSS);
    await edit.getByRole("button", { name: "Add role" }).click();
    await confirmed(`Added the role “${XSS}”.`);
    expect(await edit.locator(".item-name", { hasText: XSS }).innerText()).toBe(XSS);
    expect(await page.locator("img").count()).toBe(0);
    await edit.getByRole("button", { name: `Remove ${XSS}` }).click();
    await edit.getByRole("button", { name: "Remove", exact: true }).click();
    await confirmed(`Removed the role “${XSS}”.`);

    await edit.getByLabel("Area (optional)").fill("Operations");
    await edit.getByLabel("New initiative").fill("Plan the offsite");
    await edit.getByRole("button", { name: "Add initiative" }).click();
    await confirmed("Added the initiative “Plan the offsite”.");

    const matrix = await describedMatrix(TEMPLATE_SHEET);
    expect(matrix.roles).toEqual(["CEO", "COO", "Chief of Staff", "Department heads"]);
    expect(matrix.initiatives.at(-1)).toMatchObject({ name: "Plan the offsite", area: "Operations" });
    // The codes typed earlier are still there: the check still finds them.
    const report = await run("analyzeMatrix", TEMPLATE_SHEET);
    expect(report.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: "INVALID_CODE", cell: "E11" })]),
    );
    await shot("edit");
    await expectAccessible();
  });

  it("moves and removes an initiative", async () => {
    const edit = panel("edit");
    await edit.getByRole("button", { name: "Move Plan the offsite up" }).click();
    await confirmed("Moved “Plan the offsite” up.");
    // Focus stays on the button that was pressed, in the list as it is now.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Move Plan the offsite up",
    );
    const matrix = await describedMatrix(TEMPLATE_SHEET);
    expect(matrix.initiatives.slice(-2).map((i) => i.name)).toEqual([
      "Plan the offsite",
      "Keep vision and execution aligned across the executive team",
    ]);

    await edit.getByRole("button", { name: "Remove Plan the offsite" }).click();
    await edit.getByRole("button", { name: "Remove", exact: true }).click();
    await confirmed("Removed the initiative “Plan the offsite”.");
    const after = await describedMatrix(TEMPLATE_SHEET);
    expect(after.initiatives.map((i) => i.name)).not.toContain("Plan the offsite");
  });

  it("shows an initiative's history from the change log, newest first", async () => {
    const matrix = await describedMatrix(TEMPLATE_SHEET);
    const first = matrix.initiatives.find((i) => i.row === 10);
    if (!first) throw new Error("no initiative in row 10 (under the header and the people row)");
    await typeInSheet(TEMPLATE_SHEET, "C10", "c"); // onEdit rewrites it as "C" and logs A → C
    const item = panel("edit").locator(".edit-list > li", { hasText: first.name });
    await item.getByText("History").click();
    const entries = item.locator(".history li");
    await entries.first().waitFor();
    await expect(entries.first().innerText()).resolves.toMatch(/CEO \(C10\) A → C$/);
    // Then the changes made from the sidebar (they concern every initiative), then the earlier code.
    await expect(entries.nth(1).innerText()).resolves.toContain(`Role "${XSS}" was removed.`);
    await entries
      .filter({ hasText: /CEO \(C10\) .* → A$/ })
      .first()
      .waitFor();
    await entries.filter({ hasText: 'Role "CFO" was renamed "Finance".' }).first().waitFor();
    await expectAccessible();
  });

  it("validates and saves the matrix's settings", async () => {
    await tab("Settings").click();
    const settings = panel("settings");
    await settings.getByText(`Settings of “${TEMPLATE_SHEET}”`).waitFor();
    const responsible = settings.getByLabel("Most roles responsible (R) on one initiative");
    const share = settings.getByLabel("A role is overloaded above this share of initiatives (%)");
    await responsible.fill("250");
    await share.fill("0");
    await settings.getByRole("button", { name: "Save settings" }).click();
    expect(await responsible.getAttribute("aria-invalid")).toBe("true");
    expect(await settings.innerText()).toContain("Must be a whole number from 0 to 200.");
    expect(await settings.innerText()).toContain("Enter a percentage above 0 and at most 100.");
    await shot("settings-errors");
    await expectAccessible();

    await responsible.fill("2");
    await share.fill("75");
    await settings.getByLabel("Second owner").selectOption({ label: "CEO" });
    await settings.getByRole("button", { name: "Save settings" }).click();
    await confirmed(`Saved the settings of “${TEMPLATE_SHEET}”.`);
    const matrix = await describedMatrix(TEMPLATE_SHEET);
    expect(matrix.settings).toMatchObject({
      maxResponsible: 2,
      overloadShare: 0.75,
      ownerPair: ["COO", "CEO"],
    });
    await shot("settings");
    await expectAccessible();
  });

  it("says so when the active sheet is not a matrix, and offers to create one", async () => {
    await selectInSheet("Sheet1", "A1");
    await tab("Check").click();
    const check = panel("check");
    await check.getByText("is not a RACI matrix").waitFor();
    expect(await check.getByRole("button", { name: "Create a matrix" }).isVisible()).toBe(true);
    await shot("check-not-a-matrix");
    await expectAccessible();
    await tab("Edit").click();
    await panel("edit").getByText("Sheet “Sheet1” is not a RACI matrix").waitFor();
    await panel("edit").getByRole("button", { name: "Create a matrix" }).click();
    expect(await tab("New matrix").getAttribute("aria-selected")).toBe("true");
  });

  it("opens on Check after “Check this matrix”, and works from the keyboard", async () => {
    await selectInSheet(TEMPLATE_SHEET, "A1");
    await openSidebar("menuCheckMatrix");
    expect(await tab("Check").getAttribute("aria-selected")).toBe("true");
    await panel("check").getByText(`Checked “${TEMPLATE_SHEET}”`).waitFor();

    // Arrow keys move along the tabs, Enter opens one; Tab goes into the panel.
    await tab("Check").focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Edit");
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Settings");
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    expect(await tab("New matrix").getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("template");
    // The focused control shows a focus ring.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe("none");

    // Reordering roles from the keyboard keeps focus on the role that moved.
    await page.getByRole("button", { name: "Move role 2 up" }).focus();
    await page.keyboard.press("Enter");
    expect(await page.locator('input[id^="new-role-"]').first().inputValue()).toBe("COO");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Move role 1 down",
    );
  });

  it("keeps New matrix's buttons usable while it reads the sheet names and the company's words", async () => {
    await tab("Check").click();
    await panel("check").getByText(`Checked “${TEMPLATE_SHEET}”`).waitFor();
    // Both answers are held back: reads in the background, they disable nothing a person may press meanwhile.
    const background = ['"getSheetNames"', '"getGlossary"'];
    const releases: (() => Promise<void>)[] = [];
    const held = new Promise<void>((resolve) => {
      void page.route("**/api/run", (route) => {
        const body = route.request().postData() ?? "";
        if (!background.some((fn) => body.includes(fn))) return route.continue();
        releases.push(() => route.continue());
        if (releases.length === background.length) resolve();
      });
    });
    await tab("New matrix").click();
    try {
      await held;
      expect(await page.locator("[aria-busy=true]").count()).toBe(0);
      await page.getByRole("button", { name: "Move role 1 down" }).click();
      expect(await page.locator('input[id^="new-role-"]').first().inputValue()).toBe("CEO");
    } finally {
      await Promise.all(releases.map((release) => release()));
      await page.unroute("**/api/run");
    }
  });

  it("makes a RACI table the user keeps a live matrix, after showing what it will add", async () => {
    await api.edit("Sheet1", "A1:C3", [
      ["Task", "Alice", "Bob"],
      ["Brief", "A", "r"],
      ["Build", "", "R"],
    ]);
    await selectInSheet("Sheet1", "A1");
    await openSidebar();
    await tab("Edit").click();
    const edit = panel("edit");
    await edit.getByRole("button", { name: "Make this table a live matrix" }).click();
    await edit.getByText("Roles: Alice, Bob. Initiatives: 2.").waitFor();
    // First what it understood of the table (here: no COO and Chief of Staff, so no owner pair), then what it adds.
    const items = await edit.getByRole("listitem").allTextContents();
    expect(items[0]).toMatch(/^No owner pair/);
    expect(items[1]).toBe('"Status" in column D, which is empty (header D1).');
    await shot("adopt-preview");
    await expectAccessible();
    await edit.getByRole("button", { name: "Adopt" }).click();
    await confirmed("“Sheet1” is now a live matrix with 2 initiatives.");
    const matrix = await describedMatrix("Sheet1");
    expect(matrix.roles).toEqual(["Alice", "Bob"]);
  });
});
