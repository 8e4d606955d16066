/**
 * New matrix › Suggest owners, in Debian's chromium on the built sidebar and add-on (run after `npm run build`):
 * suggested codes with their reasons appear in the panel, a code changed by hand is what Generate creates.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type Page } from "playwright-core";
import { launchChromium } from "../helpers/browser";
import { startPreview, type Preview } from "../../preview/server";
import { axeViolations } from "../helpers/sidebarPage";

const CLIENT = "suggest-test";

let preview: Preview;
let browser: Browser;
let page: Page;
let workdir: string;
const pageErrors: string[] = [];

async function run(fn: string, ...args: unknown[]): Promise<unknown> {
  const response = await fetch(new URL("/api/run", preview.url), {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Preview-Client": CLIENT },
    body: JSON.stringify({ fn, args, client: CLIENT }),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: string };
  if (!result.ok) throw new Error(`${fn} failed: ${result.error}`);
  return result.value;
}

beforeAll(async () => {
  workdir = mkdtempSync(join(tmpdir(), "raci-suggest-"));
  preview = await startPreview({ port: 0, file: join(workdir, "workbook.json"), reset: true, quiet: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 300, height: 800 } });
  page.setDefaultTimeout(10_000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

describe("New matrix › Suggest owners", () => {
  it("fills the pasted initiatives with reasons, keeps a code changed by hand, and generates that", async () => {
    await run("showSidebar");
    await page.goto(new URL(`/sidebar.html?client=${CLIENT}`, preview.url).href);
    await page.locator('[role="tab"][aria-selected="true"]').waitFor();
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
    const report = (await run("analyzeMatrix", "Suggested")) as {
      findings: { rule: string; initiative?: string }[];
    };
    expect(report.findings.filter((f) => f.rule === "NO_ACCOUNTABLE").map((f) => f.initiative)).toEqual([
      "Walk the dog",
    ]);
    const owners = (await run("getOwnership", "Suggested")) as {
      roles: { role: string; accountable: { initiative: string; code: string }[] }[];
    };
    const coo = owners.roles.find((r) => r.role === "COO");
    expect(coo?.accountable).toEqual([
      expect.objectContaining({ initiative: "Reduce cloud costs", code: "A/R" }),
    ]);
    expect(pageErrors).toEqual([]);
  });
});
