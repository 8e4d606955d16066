/**
 * New matrix › Suggest owners, in Debian's chromium on the built sidebar and add-on at Sheets' 300 px (run
 * after `npm run build`): every suggested code is readable in full, each row says why in a short line and is
 * marked "check this one" when the engine is unsure, the suggestions follow the list as it is edited,
 * Re-suggest takes back codes set by hand, and a code changed by hand is what Generate creates.
 */
import type { Page } from "playwright-core";
import {
  axeViolations,
  startSidebarSession,
  type PreviewApi,
  type SidebarSession,
} from "../helpers/sidebarPage";

const CLIENT = "suggest-test";
const ROLES = ["CEO", "COO", "Chief of Staff", "Department heads"];
const LIST = [
  "Board deck preparation",
  "Reduce cloud costs",
  "Walk the dog",
  "Vendor review for the offsite",
  "Board meeting logistics",
];

let session: SidebarSession;
let page: Page;

const run: PreviewApi["run"] = (fn, ...args) => session.api.run(fn, ...args);
const rowOf = (name: string) =>
  page.locator("#panel-new .code-row").filter({ has: page.locator(".code-row-name", { hasText: name }) });

beforeAll(async () => {
  session = await startSidebarSession("raci-suggest-", CLIENT);
  page = session.page;
});

afterAll(() => session?.close());

describe("New matrix › Suggest owners", () => {
  beforeAll(async () => {
    await session.openSidebar();
    await page.locator("#panel-new").getByLabel("Blank").check();
    await page.locator("#new-title").fill("Suggested");
    await page.locator("#new-initiatives").fill(LIST.join("\n"));
    expect(await page.locator("#panel-new .preview").innerText()).toContain("Codes: none yet");
    await page.getByRole("button", { name: "Suggest owners" }).click();
    await page.getByRole("status").getByText("Suggested owners for 4 initiatives").waitFor();
  });

  it("shows every role's code in full at 300 px: no code is cut", async () => {
    const codes = await page.locator("#panel-new .code-chip-item").evaluateAll((chips) =>
      chips.map((chip) => {
        const code = chip.querySelector<HTMLElement>(".code");
        return {
          role: chip.querySelector(".chip-role")?.textContent ?? "",
          code: code?.textContent ?? "",
          clipped: code === null || code.scrollWidth > code.clientWidth,
          inside: chip.getBoundingClientRect().right <= document.documentElement.clientWidth,
        };
      }),
    );
    expect(codes).toHaveLength(LIST.length * ROLES.length);
    expect(codes.filter((c) => c.clipped || !c.inside)).toEqual([]);
    // The chips say what the server would create, code for code.
    const expected = await run("suggestAssignments", {
      template: "blank",
      initiatives: LIST.map((name) => ({ name })),
    });
    expect(codes.map((c) => c.code)).toEqual(
      expected.initiatives.flatMap((s) => ROLES.map((role) => s.assignments[role] ?? "–")),
    );
  });

  it("says why in one short line, and marks the suggestions under 0.5 “check this one”", async () => {
    const costs = await rowOf("Reduce cloud costs").locator(".why").innerText();
    expect(costs).toMatch(/^COO \(0\.\d\d\): .*'costs'/);
    expect(costs).not.toContain("COO: "); // the owner is named once
    expect(await rowOf("Walk the dog").locator(".why").innerText()).toContain("No owner suggested");
    const expected = await run("suggestAssignments", {
      template: "blank",
      initiatives: LIST.map((name) => ({ name })),
    });
    const unsure = expected.initiatives
      .filter((s) => s.owner !== null && s.confidence < 0.5)
      .map((s) => s.name);
    expect(unsure.length).toBeGreaterThan(0);
    const marked = await page
      .locator("#panel-new .code-row")
      .filter({ has: page.locator(".check-this") })
      .locator(".code-row-name")
      .allInnerTexts();
    expect(marked).toEqual(unsure);
  });

  it("suggests again as the list is edited, so no reason is left from an older text", async () => {
    const box = page.locator("#new-initiatives");
    await box.fill(
      [...LIST, "Renew the warehouse lease"].join("\n").replace("Reduce cloud costs", "Board offsite agenda"),
    );
    await rowOf("Renew the warehouse lease").waitFor();
    expect(await rowOf("Board offsite agenda").locator(".why").innerText()).toContain("'offsite'");
    expect(await page.locator("#panel-new .code-rows").innerText()).not.toContain("'costs'");
  });

  it("keeps a code changed by hand, takes it back on Re-suggest, and generates what is shown", async () => {
    const row = rowOf("Board offsite agenda");
    await row.getByText("Change codes").click();
    await page.getByLabel("COO on Board offsite agenda").selectOption("R");
    expect(await row.locator(".why").innerText()).toBe("Codes set by hand.");
    await page.getByRole("button", { name: "Re-suggest" }).click();
    await page.getByRole("status").getByText("1 set by hand went back to the suggestion").waitFor();
    expect(await page.getByLabel("COO on Board offsite agenda").inputValue()).not.toBe("R");

    await page.getByText("Change codes").first().click();
    await page.getByLabel("COO on Board deck preparation").selectOption("A/R");
    await page.getByLabel("Chief of Staff on Board deck preparation").selectOption("C");
    expect((await axeViolations(page, "#panel-new")).map((v) => v.id)).toEqual([]);

    await page.getByRole("button", { name: "Generate matrix" }).click();
    await page.getByRole("status").getByText("Created “Suggested”").waitFor();
    const report = await run("analyzeMatrix", "Suggested");
    // Only the rows nothing pointed to an owner for are left without an A.
    const list = (await page.locator("#new-initiatives").inputValue()).split("\n");
    const suggested = await run("suggestAssignments", {
      template: "blank",
      initiatives: list.map((name) => ({ name })),
    });
    expect(report.findings.filter((f) => f.rule === "NO_ACCOUNTABLE").map((f) => f.initiative)).toEqual(
      suggested.initiatives.filter((s) => s.owner === null).map((s) => s.name),
    );
    const owners = await run("getOwnership", "Suggested");
    expect(owners.roles.find((r) => r.role === "COO")?.accountable).toContainEqual(
      expect.objectContaining({ initiative: "Board deck preparation", code: "A/R" }),
    );
    expect(session.pageErrors).toEqual([]);
  });
});
