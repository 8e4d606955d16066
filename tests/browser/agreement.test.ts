/**
 * The agreement part of Check in the built sidebar (dist/sidebar.html), in Debian's chromium, through the
 * local preview's google.script.run bridge to the built add-on on the emulator. Run after `npm run build`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type Page } from "playwright-core";
import { launchChromium } from "../helpers/browser";
import { startPreview, type Preview } from "../../preview/server";

const CLIENT = "agreement-test";
const SHEET = "Agreement test";
const XSS = "<img src=x onerror=alert(1)>";

type RunResult = { ok: true; value?: unknown } | { ok: false; error: string };

let preview: Preview;
let browser: Browser;
let page: Page;
let workdir: string;
const pageErrors: string[] = [];

async function post<T>(path: string, body: Record<string, unknown>): Promise<T> {
  const response = await fetch(new URL(path, preview.url), {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Preview-Client": CLIENT },
    body: JSON.stringify({ ...body, client: CLIENT }),
  });
  return (await response.json()) as T;
}

async function run<T = unknown>(fn: string, ...args: unknown[]): Promise<T> {
  const result = await post<RunResult>("/api/run", { fn, args });
  if (!result.ok) throw new Error(`${fn} failed: ${result.error}`);
  return result.value as T;
}

/** A person typing into the sheet (fires the add-on's onEdit). */
async function typeInSheet(range: string, value: string): Promise<void> {
  const result = await post<RunResult>("/api/edit", { sheet: SHEET, range, values: [[value]] });
  if (!result.ok) throw new Error(`edit failed: ${result.error}`);
}

beforeAll(async () => {
  workdir = mkdtempSync(join(tmpdir(), "raci-agreement-"));
  preview = await startPreview({ port: 0, file: join(workdir, "workbook.json"), reset: true, quiet: true });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 300, height: 800 } })).newPage();
  page.setDefaultTimeout(10_000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
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
  await run("showSidebar");
  await page.goto(new URL(`/sidebar.html?client=${CLIENT}`, preview.url).href);
  await page.locator('[role="tab"][aria-selected="true"]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

afterEach(() => expect(pageErrors).toEqual([]));

describe("Check › agreement", () => {
  it('says "1 of 3 agreed", lists the open rows with Show, and filters the findings to them', async () => {
    await typeInSheet("G9", "Agreed"); // Budget
    await typeInSheet("G10", "Agreed"); // the XSS row: no A, so AGREED_WITH_PROBLEMS…
    await typeInSheet("D10", "C"); // …until a code changes: Changed since agreed
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
    await open.nth(1).getByRole("button", { name: "Show B11" }).click();
    await page.getByRole("status").getByText("Selected B11").waitFor();

    // Budget (agreed, clean) has no finding; the XSS row's findings stay listed with the filter on.
    const findings = check.locator("li.finding:not(.agreement li)");
    const before = await findings.count();
    await check.getByLabel("Only findings on rows not yet agreed").check();
    expect(await findings.filter({ visible: true }).count()).toBe(before);
    await typeInSheet("D10", "R"); // no A still; agreed once more
    await typeInSheet("G10", "Agreed");
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
});
