/**
 * The agreement part of Check in the built sidebar (dist/sidebar.html), in Debian's chromium, through the
 * local preview's google.script.run bridge to the built add-on on the emulator. Run after `npm run build`.
 */
import type { Page } from "playwright-core";
import { previewApi, startSidebarSession, type SidebarSession } from "../helpers/sidebarPage";

const CLIENT = "agreement-test";
const SHEET = "Agreement test";
const XSS = "<img src=x onerror=alert(1)>";

let session: SidebarSession;
let page: Page;

const api = previewApi(() => session.preview.url, CLIENT);
const { run } = api;
/** A person typing into the sheet (fires the add-on's onEdit). */
const typeInSheet = (range: string, value: string) => api.edit(SHEET, range, [[value]]);

beforeAll(async () => {
  session = await startSidebarSession("raci-agreement-", CLIENT);
  page = session.page;
  await run("generateMatrix", {
    template: "blank",
    title: SHEET,
    roles: ["CEO", "COO", "Chief of Staff"],
    initiatives: [
      { name: "Budget", assignments: { CEO: "A", COO: "R" } },
      { name: XSS, assignments: { COO: "R" } },
      { name: "Board deck", assignments: { CEO: "A", "Chief of Staff": "R" } },
    ],
  });
  await session.openSidebar();
});

afterAll(() => session?.close());

afterEach(() => expect(session.pageErrors).toEqual([]));

describe("Check › agreement", () => {
  it('says "1 of 3 agreed", lists the open rows with Show, and filters the findings to them', async () => {
    await typeInSheet("G10", "Agreed"); // Budget (row 9 is the people row)
    await typeInSheet("G11", "Agreed"); // the XSS row: no A, so AGREED_WITH_PROBLEMS…
    await typeInSheet("D11", "C"); // …until a code changes: Changed since agreed
    await page.getByRole("tab", { name: "Check", exact: true }).click();
    const check = page.locator("#panel-check");
    await check.getByRole("heading", { name: "1 of 3 agreed" }).waitFor();
    await check.locator(".agreement summary").getByText("2 not yet agreed").click(); // folded at first
    const open = check.locator(".agreement li");
    expect(await open.allInnerTexts()).toEqual([
      expect.stringContaining(`${XSS} · Changed since agreed`),
      expect.stringContaining("Board deck · Proposed"),
    ]);
    expect(await page.locator("img").count()).toBe(0); // the name stays text
    await open.nth(1).getByRole("button", { name: "Show B12" }).click();
    await page.getByRole("status").getByText("Selected B12").waitFor();

    // Budget (agreed, clean) has no finding; the XSS row's findings stay listed with the filter on.
    const findings = check.locator("li.finding:not(.agreement li)");
    const before = await findings.count();
    await check.getByLabel("Only findings on rows not yet agreed").check();
    expect(await findings.filter({ visible: true }).count()).toBe(before);
    await typeInSheet("D11", "R"); // no A still; agreed once more
    await typeInSheet("G11", "Agreed");
    await check.getByRole("button", { name: "Re-check" }).click();
    await check.getByRole("heading", { name: "2 of 3 agreed" }).waitFor();
    await check.getByText("Agreed, but still breaks a rule").waitFor({ state: "attached" });
    // Now every finding of that row is on an agreed row, hidden by the filter; off again, they show.
    const hidden = await check.locator("li.finding.agreed-row").count();
    expect(hidden).toBeGreaterThan(0);
    expect(await check.locator("li.finding.agreed-row").filter({ visible: true }).count()).toBe(0);
    await check.getByLabel("Only findings on rows not yet agreed").uncheck();
    expect(await check.locator("li.finding.agreed-row").filter({ visible: true }).count()).toBe(hidden);
  });

  it("keeps the list unfolded and the rows ticked when a colleague's edit re-checks the sheet", async () => {
    const check = page.locator("#panel-check");
    await check.getByLabel("Board deck", { exact: true }).check();
    await typeInSheet("G10", "Disputed"); // a colleague reopens Budget
    await check.getByRole("button", { name: "Re-check" }).click();
    await check.getByRole("heading", { name: "1 of 3 agreed" }).waitFor();
    expect(await check.locator(".agreement details").getAttribute("open")).not.toBeNull();
    expect(await check.getByLabel("Board deck", { exact: true }).isChecked()).toBe(true);
    expect(await check.getByLabel("Budget", { exact: true }).isChecked()).toBe(false);
  });
});
