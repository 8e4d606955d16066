/**
 * New matrix › Suggest owners, in Debian's chromium on the built sidebar and add-on (run after `npm run build`):
 * suggested codes with their reasons appear in the panel, a code changed by hand is what Generate creates.
 */
import type { Page } from "playwright-core";
import {
  axeViolations,
  startSidebarSession,
  type PreviewApi,
  type SidebarSession,
} from "../helpers/sidebarPage";

const CLIENT = "suggest-test";

let session: SidebarSession;
let page: Page;

const run: PreviewApi["run"] = (fn, ...args) => session.api.run(fn, ...args);

beforeAll(async () => {
  session = await startSidebarSession("raci-suggest-", CLIENT);
  page = session.page;
});

afterAll(() => session?.close());

describe("New matrix › Suggest owners", () => {
  it("fills the pasted initiatives with reasons, keeps a code changed by hand, and generates that", async () => {
    await session.openSidebar();
    const panel = page.locator("#panel-new");
    await panel.getByLabel("Blank").check();
    await page.locator("#new-title").fill("Suggested");
    await page.locator("#new-initiatives").fill("Board deck preparation\nReduce cloud costs\nWalk the dog");
    expect(await panel.locator(".preview").innerText()).toContain("Codes: none yet");

    await page.getByRole("button", { name: "Suggest owners" }).click();
    await page.getByRole("status").getByText("Suggested owners for 2 initiatives").waitFor();
    const grid = panel.locator(".code-grid");
    expect(await grid.innerText()).toContain("Suggested owner: Chief of Staff");
    expect(await grid.innerText()).toContain("mentions 'board', 'preparation'");
    expect(await grid.innerText()).toContain("No owner suggested");
    const cooOnCosts = page.getByLabel("COO on Reduce cloud costs");
    expect(await cooOnCosts.inputValue()).toBe("A");
    expect(await page.getByLabel("Chief of Staff on Walk the dog").inputValue()).toBe("");

    // The user decides the COO also does the work.
    await cooOnCosts.selectOption("A/R");
    expect(await panel.locator(".preview").innerText()).toContain("Codes: 2 of 3 initiatives.");

    expect((await axeViolations(page, "#panel-new")).map((v) => v.id)).toEqual([]);

    await page.getByRole("button", { name: "Generate matrix" }).click();
    await page.getByRole("status").getByText("Created “Suggested”").waitFor();
    const report = await run("analyzeMatrix", "Suggested");
    expect(report.findings.filter((f) => f.rule === "NO_ACCOUNTABLE").map((f) => f.initiative)).toEqual([
      "Walk the dog",
    ]);
    const owners = await run("getOwnership", "Suggested");
    const coo = owners.roles.find((r) => r.role === "COO");
    expect(coo?.accountable).toEqual([
      expect.objectContaining({ initiative: "Reduce cloud costs", code: "A/R" }),
    ]);
    expect(session.pageErrors).toEqual([]);
  });
});
