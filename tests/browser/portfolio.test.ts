/**
 * Who owns what › All matrices in the built sidebar (dist/sidebar.html), in headless Chromium, through the
 * local preview's google.script.run bridge to the built add-on on the emulator (issue 25): every matrix
 * together, Show for both cells of a conflict, the whole portfolio copied as one text, and the overview
 * sheet. Run after `npm run build`. The steps share one workbook and one page and run in order.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { PreviewState } from "../../preview/protocol";
import { formatPortfolio } from "../../src/core/portfolio/text";
import {
  axeViolations,
  confirmed as confirmedOn,
  previewApi,
  startSidebarSession,
  type SidebarSession,
} from "../helpers/sidebarPage";

const SHOTS = join(__dirname, "../../artifacts/screenshots");
const CLIENT = "portfolio-test";
const TEMPLATE = "RACI – COO vs Chief of Staff";

let session: SidebarSession;
let page: Page;

const api = previewApi(() => session.preview.url, CLIENT);
const { run } = api;

async function idle(): Promise<void> {
  await page.waitForFunction(() => !document.querySelector(".panels[aria-busy]"));
}

async function windowState(): Promise<PreviewState> {
  const response = await fetch(new URL(`/api/state?client=${CLIENT}`, session.preview.url));
  return (await response.json()) as PreviewState;
}

const confirmed = (text: string) => confirmedOn(page, text);
const owners = () => page.locator("#panel-owners");

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await startSidebarSession("raci-portfolio-", CLIENT);
  page = session.page;
  // The spreadsheet: the template and two matrices from specs, "Pricing review" in both specs with
  // the COO accountable in one and the Chief of Staff (as "CoS") in the other.
  await run("generateMatrix", { template: "coo-cos", people: false });
  await run("generateMatrix", {
    title: "Q3 plan",
    people: false,
    roles: ["CEO", "COO", "Chief of Staff"],
    initiatives: [
      { name: "Pricing review", assignments: { COO: "A", "Chief of Staff": "R" } },
      { name: "Board pack", assignments: { CEO: "A", "Chief of Staff": "R" } },
    ],
  });
  await run("generateMatrix", {
    title: "Ops programme",
    people: false,
    roles: ["COO", "CoS"],
    initiatives: [{ name: "Pricing review", assignments: { CoS: "A/R", COO: "C" } }],
  });
  await session.openSidebar();
});

afterAll(() => session?.close());

afterEach(() => {
  expect(session.dialogs).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

describe("Who owns what › All matrices", () => {
  it("shows every matrix together: the conflict, each role's load and share", async () => {
    await page.getByRole("tab", { name: "Owners", exact: true }).click();
    await owners().getByText("Roles of “Ops programme”").waitFor(); // this matrix first
    await owners().getByLabel("All matrices").check();
    await owners().getByText("3 matrices, 12 initiatives").waitFor();
    const portfolio = await run("getPortfolio");
    const conflict = portfolio.findings.find((f) => f.rule === "CONFLICTING_OWNERS");
    expect(await owners().locator(".portfolio-finding").first().innerText()).toContain(conflict?.message);
    const rows = owners().locator("table").first().locator("tbody tr");
    expect(await rows.count()).toBe(portfolio.roles.length);
    for (const [i, role] of portfolio.roles.entries()) {
      const cells = await rows.nth(i).locator("th, td").allInnerTexts();
      expect(cells).toEqual([
        role.role,
        `${Math.round(role.share * 100)}%`,
        ...[role.A, role.R, role.C, role.I].map(String),
        role.matrices.join(", "),
      ]);
    }
    await idle();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, "sidebar-owners-all.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it("selects each of a conflict's two cells, in its own sheet, with Show", async () => {
    await owners().getByRole("button", { name: "Show D9 in “Q3 plan”" }).click();
    await confirmed("Selected D9 in “Q3 plan”.");
    expect((await windowState()).view).toMatchObject({ sheet: "Q3 plan", range: "D9" });
    await owners().getByRole("button", { name: "Show D9 in “Ops programme”" }).click();
    await confirmed("Selected D9 in “Ops programme”.");
    expect((await windowState()).view).toMatchObject({ sheet: "Ops programme", range: "D9" });
  });

  it("copies the whole portfolio as one text, plain and Markdown", async () => {
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: session.preview.url,
    });
    const portfolio = await run("getPortfolio");
    await owners().getByRole("button", { name: "Copy as text" }).click();
    await confirmed("Copied who owns what in all matrices as plain text.");
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toBe(formatPortfolio(portfolio, "plain"));
    for (const sheet of [TEMPLATE, "Q3 plan", "Ops programme"]) expect(text).toContain(sheet);
    await owners().getByRole("button", { name: "Copy as Markdown" }).click();
    await confirmed("as Markdown");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      formatPortfolio(portfolio, "markdown"),
    );
  });

  it("makes the overview sheet and opens it", async () => {
    await owners().getByRole("button", { name: "Open the overview sheet" }).click();
    await confirmed("“RACI overview” shows 4 roles across 3 matrices");
    expect((await windowState()).view).toMatchObject({ sheet: "RACI overview" });
    // Nothing changed since: opening All matrices again leaves it as it is.
    expect(await run("refreshOverview")).toMatchObject({ written: false });
  });

  it("goes back to the active matrix with This matrix", async () => {
    await api.select("Q3 plan", "A1");
    await owners().getByLabel("This matrix").check();
    await owners().getByText("Roles of “Q3 plan”").waitFor();
    expect(await owners().locator(".portfolio-finding").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
