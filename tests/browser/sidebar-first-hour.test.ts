/**
 * What confused a first-time user in the sidebar (issue 14), in the built sidebar (dist/sidebar.html) on
 * headless Chromium, through the local preview's google.script.run bridge to the built add-on. Run after
 * `npm run build`. The steps share one workbook and one page and run in order, like one person's first hour.
 */
import type { Page } from "playwright-core";
import type { PreviewState } from "../../preview/protocol";
import { WATCH_EVERY_MS } from "../../sidebar/watch";
import {
  confirmed as confirmedOn,
  previewApi,
  startSidebarSession,
  type SidebarSession,
  type NoArgumentCall,
} from "../helpers/sidebarPage";

const CLIENT = "first-hour";
const TEMPLATE_SHEET = "RACI – COO vs Chief of Staff";
/** The watcher asks every 4 s; a change shows within one interval and the analysis after it. */
const FOLLOWS_WITHIN = WATCH_EVERY_MS + 4000;

let session: SidebarSession;
let page: Page;
/** The server functions the page called, in order. */
const calls: string[] = [];

const api = previewApi(() => session.preview.url, CLIENT);
const { run, describedMatrix } = api;
const typeInSheet = (sheet: string, range: string, value: string) => api.edit(sheet, range, [[value]]);
const selectInSheet = api.select;

async function windowState(): Promise<PreviewState> {
  const response = await fetch(new URL(`/api/state?client=${CLIENT}`, session.preview.url));
  return (await response.json()) as PreviewState;
}

const openSidebar = (fn?: NoArgumentCall) => session.openSidebar(fn);

const confirmed = (text: string) => confirmedOn(page, text);

/** What document.visibilityState says, as when the person switches to another browser tab and back. */
async function setVisibility(state: "hidden" | "visible"): Promise<void> {
  await page.evaluate((value) => {
    Object.defineProperty(document, "visibilityState", { value, configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  }, state);
}

const tab = (name: string) => page.getByRole("tab", { name, exact: true });
const panel = (id: string) => page.locator(`#panel-${id}`);
const tokenCalls = () => calls.filter((name) => name === "getChangeToken").length;

beforeAll(async () => {
  session = await startSidebarSession("raci-first-hour-", CLIENT, { viewport: { width: 300, height: 600 } });
  page = session.page;
  page.on("request", (request) => {
    if (new URL(request.url()).pathname !== "/api/run") return;
    const body = JSON.parse(request.postData() ?? "{}") as { fn?: string };
    if (body.fn) calls.push(body.fn);
  });
});

afterAll(() => session?.close());

afterEach(() => {
  expect(session.dialogs).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

describe("a first-time user's sidebar", () => {
  it("says, next to the field, what it will do with a long or empty title and a long role name", async () => {
    await openSidebar();
    const title = page.locator("#new-title");
    const long = `${"Quarterly ownership review of every initiative ".repeat(5).slice(0, 191)}!`;
    await title.fill(long);
    // Not cut: the whole paste stays, and the field says why it cannot be used as it is.
    expect(await title.inputValue()).toHaveLength(192);
    expect(await title.getAttribute("aria-invalid")).toBe("true");
    const titleField = title.locator("xpath=..");
    await expect(titleField.innerText()).resolves.toContain(
      "Title is too long (192 characters; the limit is 100).",
    );
    await expect(titleField.innerText()).resolves.toContain("up to 100 characters");

    await title.fill("");
    expect(await title.getAttribute("aria-invalid")).toBeNull();
    await expect(page.locator("#new-title-default").innerText()).resolves.toBe(
      `Left empty, the sheet is named “${TEMPLATE_SHEET}”.`,
    );
    const described = (await title.getAttribute("aria-describedby")) ?? "";
    expect(described.split(" ")).toContain("new-title-default");

    const roles = panel("new").locator('input[id^="new-role-"]');
    await expect(
      panel("new")
        .locator("fieldset", { has: page.locator("input[id^=new-role-]") })
        .innerText(),
    ).resolves.toContain("Up to 60 characters each");
    await roles.nth(3).fill("Department heads and every regional director who reports to them");
    expect(await roles.nth(3).getAttribute("aria-invalid")).toBe("true");
    await expect(roles.nth(3).locator("xpath=../..").innerText()).resolves.toContain(
      "Role name is too long (64 characters; the limit is 60).",
    );
    await roles.nth(3).fill("Department heads");
    expect(await roles.nth(3).getAttribute("aria-invalid")).toBeNull();
    await title.fill(TEMPLATE_SHEET);
  });

  it("opens Check at its top after Generate from a long form", async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await page.getByRole("button", { name: "Generate matrix" }).click();
    await confirmed(`Created “${TEMPLATE_SHEET}”`);
    await panel("check").getByText("No problems found").waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it("keeps Check current while it is shown: a code typed in the grid shows without Re-check", async () => {
    await typeInSheet(TEMPLATE_SHEET, "C10", "A"); // a second A on the first initiative
    await panel("check").getByText("More than one accountable").waitFor({ timeout: FOLLOWS_WITHIN });
    // The fix in the grid clears it just the same.
    await typeInSheet(TEMPLATE_SHEET, "C10", "C");
    await panel("check").getByText("No problems found").waitFor({ timeout: FOLLOWS_WITHIN });
    expect(calls).not.toContain("menuCheckMatrix");
  });

  it("asks the server nothing while the sidebar is hidden, and catches up as soon as it shows", async () => {
    await setVisibility("hidden");
    const before = tokenCalls();
    await typeInSheet(TEMPLATE_SHEET, "E11", "maybe");
    await page.waitForTimeout(WATCH_EVERY_MS * 2);
    expect(tokenCalls()).toBe(before);
    await expect(panel("check").innerText()).resolves.toContain("No problems found");

    await setVisibility("visible");
    await panel("check").getByText('Cell E11 holds "maybe"').waitFor({ timeout: 3000 });
    expect(tokenCalls()).toBe(before + 1);
    await typeInSheet(TEMPLATE_SHEET, "E11", "");
    await panel("check").getByText("No problems found").waitFor({ timeout: FOLLOWS_WITHIN });
  });

  it("re-analyses only when the sheet changed: a quiet sheet costs token calls, not analyses", async () => {
    const analysesBefore = calls.filter((name) => name === "analyzeMatrix").length;
    const tokensBefore = tokenCalls();
    await page.waitForTimeout(WATCH_EVERY_MS * 2 + 500);
    expect(tokenCalls()).toBeGreaterThanOrEqual(tokensBefore + 2);
    expect(calls.filter((name) => name === "analyzeMatrix").length).toBe(analysesBefore);
  });

  it("says “(header and owner pair)” only when the renamed role is in the owner pair", async () => {
    await tab("Edit").click();
    const edit = panel("edit");
    await edit.getByText(`Editing “${TEMPLATE_SHEET}”`).waitFor();
    await expect(edit.getByLabel("New role").locator("xpath=..").innerText()).resolves.toContain(
      "Up to 60 characters",
    );
    await edit.getByLabel("New role").fill("x".repeat(61));
    await edit.getByRole("button", { name: "Add role" }).click();
    await expect(edit.getByLabel("New role").locator("xpath=..").innerText()).resolves.toContain(
      "61 characters: a role name has at most 60. Shorten it.",
    );
    await edit.getByLabel("New role").fill("");

    await edit.getByRole("button", { name: "Rename Department heads" }).click();
    await edit.getByLabel("New name for Department heads").fill("Heads");
    await edit.getByRole("button", { name: "Save" }).click();
    await confirmed("Renamed “Department heads” to “Heads”.");
    expect(await page.getByRole("status").innerText()).not.toContain("owner pair");

    await edit.getByRole("button", { name: "Rename COO" }).click();
    await edit.getByLabel("New name for COO").fill("Operations chief");
    await edit.getByRole("button", { name: "Save" }).click();
    await confirmed("Renamed “COO” to “Operations chief” (header and owner pair).");
  });

  it("keeps Edit current when another window renames a role", async () => {
    const edit = panel("edit");
    await run("renameRole", TEMPLATE_SHEET, "Heads", "Department leads", false);
    await edit.getByRole("button", { name: "Rename Department leads" }).waitFor({ timeout: FOLLOWS_WITHIN });
    expect(await edit.locator(".item-name", { hasText: "Heads" }).count()).toBe(0);
  });

  it("closes the confirmation after a refusal and shows the matrix as it is now", async () => {
    const edit = panel("edit");
    await edit.getByRole("button", { name: "Remove Department leads" }).click();
    await edit.getByText("Remove the role “Department leads” and its column of codes?").waitFor();
    // Meanwhile, another window renames it again; the open confirmation keeps the panel as it was.
    await run("renameRole", TEMPLATE_SHEET, "Department leads", "Leads", false);
    await page.waitForTimeout(WATCH_EVERY_MS + 500);
    await edit.getByRole("button", { name: "Remove", exact: true }).click();
    await page.getByRole("alert").locator("p").waitFor();
    await edit.getByRole("button", { name: "Rename Leads" }).waitFor();
    expect(await edit.locator("li.confirm").count()).toBe(0);
    expect(await edit.getByText("Remove the role “Department leads”").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Reload from the active sheet",
    );
    // The panel has read the sheet as it is now: the watcher does not read it again (which would disable the
    // focused Reload button meanwhile, and drop the focus).
    const reads = () => calls.filter((name) => name === "describeActiveSheet").length;
    const read = reads();
    await page.waitForTimeout(WATCH_EVERY_MS + 1000);
    expect(reads()).toBe(read);
  });

  it("gives the sheet the initiatives in the order the preview lists them", async () => {
    await tab("New matrix").click();
    await panel("new").getByLabel("Blank").check();
    await page.locator("#new-title").fill("Pasted plan");
    await page
      .locator("#new-initiatives")
      .fill("Operations: Weekly review\nSales: Pricing\nOperations: Hiring\nBudget\nSales: Key accounts");
    const listed = await panel("new").locator(".preview .areas ul li").allInnerTexts();
    expect(listed).toEqual(["Weekly review", "Hiring", "Pricing", "Key accounts", "Budget"]);
    await page.getByRole("button", { name: "Generate matrix" }).click();
    await confirmed("Created “Pasted plan”");
    const matrix = await describedMatrix("Pasted plan");
    expect(matrix.initiatives.map((i) => i.name)).toEqual(listed);
  });

  it("opens Check on “not a matrix” after “Check this matrix” on another sheet, with no error dialog", async () => {
    await selectInSheet("Sheet1", "A1");
    await openSidebar("menuCheckMatrix");
    expect(await tab("Check").getAttribute("aria-selected")).toBe("true");
    await panel("check").getByText("is not a RACI matrix").waitFor();
    expect(await panel("check").innerText()).not.toContain("Pasted plan");
    const { messages } = await windowState();
    expect(messages.filter((m) => m.kind === "error" || m.kind === "alert")).toEqual([]);
  });
});
