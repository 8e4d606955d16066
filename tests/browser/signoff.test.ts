/**
 * Sign-off and the offsite pack in the built sidebar (dist/sidebar.html), in Debian's chromium, through the
 * local preview's google.script.run bridge to the built add-on on the emulator (issue 26): ticking several
 * rows (or taking those selected in the sheet) and marking them Agreed as a role, then Check › Offsite pack:
 * only the rows to settle, copied as text and Markdown, and the printable sheet. Run after `npm run build`.
 */
import type { Page } from "playwright-core";
import { formatOffsitePack } from "../../src/core/offsite/text";
import {
  axeViolations,
  confirmed,
  previewApi,
  startSidebarSession,
  type SidebarSession,
} from "../helpers/sidebarPage";

const CLIENT = "signoff-test";
const SHEET = "Offsite";
const XSS = "<img src=x onerror=alert(1)>";

let session: SidebarSession;
let page: Page;

const api = previewApi(() => session.preview.url, CLIENT);
const { run } = api;
const check = () => page.locator("#panel-check");

beforeAll(async () => {
  session = await startSidebarSession("raci-signoff-", CLIENT);
  page = session.page;
  await run("generateMatrix", {
    template: "blank",
    title: SHEET,
    roles: ["CEO", "COO", "Chief of Staff"],
    initiatives: [
      { name: "Budget", assignments: { CEO: "A", COO: "R" } },
      { name: XSS, assignments: { COO: "R" } },
      { name: "Board deck", assignments: { CEO: "A", "Chief of Staff": "R" } },
      { name: "Vendors", assignments: { COO: "A/R" } },
    ],
  });
  await api.edit(SHEET, "D9:E9", [["Dana Lee", "Sam Roe"]]); // the people row
  await session.openSidebar();
});

afterAll(() => session?.close());

afterEach(() => expect(session.pageErrors).toEqual([]));

describe("Check › marking several rows Agreed", () => {
  it("marks the rows ticked Agreed as the role chosen, in one call, and says so", async () => {
    await page.getByRole("tab", { name: "Check", exact: true }).click();
    await check().getByRole("heading", { name: "0 of 4 agreed" }).waitFor();
    await check().locator(".agreement summary").getByText("4 not yet agreed").click();
    await check().getByLabel("Budget", { exact: true }).check();
    await check().getByLabel("Vendors", { exact: true }).check();
    await check().getByLabel("Agree as").selectOption("COO");
    expect(await axeViolations(page, "#panel-check")).toEqual([]);
    await check().getByRole("button", { name: "Mark ticked rows Agreed" }).click();
    await confirmed(page, "Marked 2 rows Agreed by COO (Dana Lee) in “Offsite”");
    await check().getByRole("heading", { name: "2 of 4 agreed" }).waitFor();
    const pack = await run("getOffsitePack", SHEET);
    expect(pack.rows.map((row) => row.initiative)).toEqual([XSS, "Board deck"]);
  });

  it("ticks the rows selected in the sheet, and keeps the role chosen", async () => {
    await api.select(SHEET, "B12:C12"); // Board deck
    // Still unfolded from the marking above: the list keeps its state when Check draws it again.
    expect(await check().locator(".agreement details").getAttribute("open")).not.toBeNull();
    await check().getByRole("button", { name: "Tick the rows selected in the sheet" }).click();
    await page.waitForFunction(() =>
      Array.from(
        document.querySelectorAll<HTMLInputElement>("#panel-check .agreement input[type=checkbox]"),
      ).some((box) => box.checked),
    );
    expect(await check().getByLabel("Board deck", { exact: true }).isChecked()).toBe(true);
    expect(await check().getByLabel(XSS, { exact: true }).isChecked()).toBe(false);
    expect(await check().getByLabel("Agree as").inputValue()).toBe("COO");
    await check().getByRole("button", { name: "Mark ticked rows Agreed" }).click();
    await confirmed(page, "Marked 1 row Agreed by COO (Dana Lee)");
    await check().getByRole("heading", { name: "3 of 4 agreed" }).waitFor();
    expect(await page.locator("img").count()).toBe(0); // the name stays text
  });
});

describe("Check › Offsite pack", () => {
  it("lists only the rows to settle, with who holds each role, copies it, and makes the printable sheet", async () => {
    await api.edit(SHEET, "G10", [["Disputed"]]); // Budget, agreed, now disputed
    await check().getByRole("button", { name: "Offsite pack" }).click();
    await check().getByText("Offsite pack of").waitFor();
    const groups = check().locator(".offsite-group h3");
    expect(await groups.allInnerTexts()).toEqual(["Disputed (1)", expect.stringMatching(/\(1\)$/)]);
    const rows = check().locator(".offsite-row");
    expect(await rows.count()).toBe(2);
    await expect(rows.first().innerText()).resolves.toContain("Budget");
    await expect(rows.first().innerText()).resolves.toContain("R: COO (Dana Lee)");
    expect(await page.locator("img").count()).toBe(0);
    expect(await axeViolations(page, "#panel-check")).toEqual([]);

    await session.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: session.preview.url,
    });
    const pack = await run("getOffsitePack", SHEET);
    await check().getByRole("button", { name: "Copy as text" }).click();
    await confirmed(page, "as plain text");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(formatOffsitePack(pack, "plain"));
    await check().getByRole("button", { name: "Copy as Markdown" }).click();
    await confirmed(page, "as Markdown");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      formatOffsitePack(pack, "markdown"),
    );

    await check().getByRole("button", { name: "Make the printable sheet" }).click();
    await confirmed(page, "“Offsite pack – Offsite” lists the 2 rows of “Offsite” still to settle");
    const described = await run("describeActiveSheet");
    expect(described.activeSheet).toBe("Offsite pack – Offsite");
  });
});
