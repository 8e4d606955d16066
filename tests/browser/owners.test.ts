/**
 * The Owners, Charters and Check-fix parts of the built sidebar (dist/sidebar.html) in Debian's chromium,
 * through the local preview's google.script.run bridge to the built add-on on the emulator. Run after
 * `npm run build`. The steps share one workbook and one page and run in order, like a person using them.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { formatOwnership } from "../../src/core/suggest/ownershipText";
import {
  axeViolations,
  confirmed as confirmedOn,
  previewApi,
  startSidebarSession,
  type SidebarSession,
} from "../helpers/sidebarPage";

const ROOT = join(__dirname, "../..");
const SHOTS = join(ROOT, "artifacts/screenshots");
const CLIENT = "owners-test";
const SHEET = "Owners test";
const XSS = "<img src=x onerror=alert(1)>";

let session: SidebarSession;
let page: Page;

const api = previewApi(() => session.preview.url, CLIENT);
const { run } = api;
/** A person typing into the sheet (fires the add-on's onEdit). */
const typeInSheet = (range: string, values: string[][]) => api.edit(SHEET, range, values);
const selectInSheet = api.select;

async function idle(): Promise<void> {
  await page.waitForFunction(() => !document.querySelector(".panels[aria-busy]"));
}

async function shot(name: string): Promise<void> {
  await idle();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `sidebar-${name}.png`), fullPage: true });
}

async function expectAccessible(): Promise<void> {
  await idle();
  expect(await axeViolations(page)).toEqual([]);
}

const confirmed = (text: string) => confirmedOn(page, text);

const tab = (name: string) => page.getByRole("tab", { name, exact: true });
/** The Charters block of one role. */
const charterOf = (role: string) =>
  panel("charters")
    .locator(".charter")
    .filter({ has: page.locator("h3", { hasText: new RegExp(`^${role}$`) }) });
const panel = (id: string) => page.locator(`#panel-${id}`);

/** The code cells C9:F17 of the matrix, as displayed (the preview's grid window). */
async function codes(): Promise<string[][]> {
  const url = new URL(
    `/api/grid?client=${CLIENT}&sheet=${encodeURIComponent(SHEET)}&from=8&count=9`,
    session.preview.url,
  );
  const grid = (await (await fetch(url)).json()) as { rows: ({ t?: string } | null)[][] };
  return grid.rows.map((row) => row.slice(2, 6).map((cell) => cell?.t ?? ""));
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await startSidebarSession("raci-owners-", CLIENT);
  page = session.page;
  // Without the people row: the code cells and rows named below are those of a matrix made before it
  // (tests/browser/people.test.ts covers the row).
  await run("generateMatrix", { template: "coo-cos", title: SHEET, people: false });
  await session.openSidebar();
});

afterAll(() => session?.close());

afterEach(() => {
  expect(session.dialogs).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

describe("Who owns what", () => {
  it("lists each role's charter, and what it is accountable and responsible for, by area", async () => {
    const report = await run("getOwnership", SHEET);
    await tab("Owners").click();
    const owners = panel("owners");
    await owners.getByText(`Roles of “${SHEET}”`).waitFor();
    const sections = owners.locator(".owner-role");
    expect(await sections.count()).toBe(report.roles.length);
    for (const [i, role] of report.roles.entries()) {
      const section = sections.nth(i);
      expect(await section.locator("h3").innerText()).toBe(role.role);
      const text = await section.innerText();
      expect(text).toContain(
        `Accountable for ${role.accountable.length} · responsible for ${role.responsible.length}`,
      );
      for (const item of [...role.accountable, ...role.responsible]) expect(text).toContain(item.initiative);
      for (const area of new Set(role.accountable.map((item) => item.area)))
        expect(await section.locator(".owner-area-name").allInnerTexts()).toContain(area);
    }
    await shot("owners");
    await expectAccessible();
  });

  it("flags, in words, a role holding A on work its charter does not mention", async () => {
    // The CEO takes the A of "Improve processes and efficiency" (row 10): the COO's work, not the CEO's.
    await typeInSheet("C10:F10", [["A", "R", "I", "C"]]);
    await panel("owners").getByRole("button", { name: "Refresh" }).click();
    await idle();
    const report = await run("getOwnership", SHEET);
    const flagged = report.roles.flatMap((r) =>
      [...r.accountable, ...r.responsible].filter((i) => i.outsideCharter).map((i) => `${r.role}|${i.row}`),
    );
    expect(flagged).toContain("CEO|10");
    expect(await panel("owners").locator(".outside-flag").count()).toBe(flagged.length);
    const ceo = panel("owners")
      .locator(".owner-role")
      .filter({ has: page.locator("h3", { hasText: /^CEO$/ }) });
    await expect(ceo.locator(".owner-item.outside").first().innerText()).resolves.toMatch(
      /Improve processes and efficiency A Proposed\s+⚑ outside its charter/, // the row's decision beside its code
    );
    await expectAccessible();
  });

  it("copies the report as plain text and as Markdown", async () => {
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: session.preview.url,
    });
    const report = await run("getOwnership", SHEET);
    await panel("owners").getByRole("button", { name: "Copy as text" }).click();
    await confirmed("as plain text");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(formatOwnership(report, "plain"));
    await panel("owners").getByRole("button", { name: "Copy as Markdown" }).click();
    await confirmed("as Markdown");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      formatOwnership(report, "markdown"),
    );
  });

  it("shows the text, selected, when the browser will not copy", async () => {
    await page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new Error("denied")) },
        configurable: true,
      });
      document.execCommand = () => false;
    });
    await panel("owners").getByRole("button", { name: "Copy as text" }).click();
    await page.getByRole("alert").getByText("Copying was blocked").waitFor();
    const area = panel("owners").locator(".copy-manual textarea");
    const report = await run("getOwnership", SHEET);
    expect(await area.inputValue()).toBe(formatOwnership(report, "plain"));
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
    await expectAccessible();
  });

  it("shows a role named like markup as text", async () => {
    await run("addRole", SHEET, XSS);
    await panel("owners").getByRole("button", { name: "Refresh" }).click();
    await panel("owners").locator("h3", { hasText: XSS }).waitFor();
    expect(await page.locator("img").count()).toBe(0);
    await run("removeRole", SHEET, XSS);
  });
});

describe("Charters", () => {
  it("shows every role's charter and where it comes from", async () => {
    const { roles } = await run("getCharters", SHEET);
    await selectInSheet(SHEET, "A1");
    await tab("Charters").click();
    const charters = panel("charters");
    await charters.getByText(`Roles of “${SHEET}”`).waitFor();
    for (const role of roles) {
      const box = charters.getByLabel(`Charter of ${role.role}, one line per responsibility`);
      expect(await box.inputValue()).toBe(role.lines.join("\n"));
    }
    expect(await charterOf("COO").locator(".charter-source").innerText()).toBe("Built-in charter");
    await shot("charters");
    await expectAccessible();
  });

  it("refuses a line over the limit next to the field, and saves nothing", async () => {
    const before = await run("getCharters", SHEET);
    const box = panel("charters").getByLabel("Charter of COO, one line per responsibility");
    await box.fill(`Run operations\n${"x".repeat(501)}`);
    const coo = charterOf("COO");
    await coo.getByRole("button", { name: "Save charter" }).click();
    await coo.getByText("Line 2: Charter line is too long").waitFor();
    expect(await box.getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
    expect(await run("getCharters", SHEET)).toEqual(before);
    await expectAccessible();
  });

  it("shows the server's refusal next to the field when the charters would not fit Apps Script's storage", async () => {
    const before = await run("getCharters", SHEET);
    const box = panel("charters").getByLabel("Charter of COO, one line per responsibility");
    // 30 lines of 400 characters pass the line checks, but are over the 9 KB a property holds.
    await box.fill(Array.from({ length: 30 }, (_, i) => `${i} ${"y".repeat(397)}`).join("\n"));
    await charterOf("COO").getByRole("button", { name: "Save charter" }).click();
    await charterOf("COO").getByText("nothing was saved").waitFor();
    expect(await box.getAttribute("aria-invalid")).toBe("true");
    expect(await run("getCharters", SHEET)).toEqual(before);
  });

  it("saves a role's own charter for every collaborator, and resets it to the built-in one", async () => {
    const box = panel("charters").getByLabel("Charter of COO, one line per responsibility");
    await box.fill("Run the weekly operations review\n\nOwn vendor contracts 🚚");
    const coo = () => charterOf("COO");
    await coo().getByRole("button", { name: "Save charter" }).click();
    await confirmed("Saved the charter of COO.");
    const saved = await run("getCharters", SHEET);
    expect(saved.roles.find((r) => r.role === "COO")).toEqual({
      role: "COO",
      lines: ["Run the weekly operations review", "Own vendor contracts 🚚"],
      source: "matrix",
    });
    expect(await coo().locator(".charter-source").innerText()).toBe("This matrix's own charter");
    expect(await box.getAttribute("aria-invalid")).toBeNull();
    await expectAccessible();

    await coo().getByRole("button", { name: "Reset to built-in" }).click();
    await confirmed("COO is back on the built-in charter.");
    const reset = await run("getCharters", SHEET);
    expect(reset.roles.find((r) => r.role === "COO")?.source).toBe("built-in");
    // Focus stays in the COO block, on Save (Reset went away with the matrix's own charter).
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Save charter");
  });
});

describe("Check: fixes", () => {
  let before: unknown[][];

  it("says what each fix would change before applying it, and why the others have none", async () => {
    // Row 9: nobody accountable; row 10: two A; row 11: COO and Chief of Staff both R; row 12: a bad code.
    await typeInSheet("C9:F9", [["I", "C", "", "R"]]);
    await typeInSheet("C10:F10", [["A", "A", "C", "R"]]);
    await typeInSheet("C11:F11", [["I", "R", "R", "A"]]);
    await typeInSheet("C12:F12", [["I", "maybe", "C", ""]]);
    before = await codes();
    const preview = await run("previewFixes", SHEET);
    expect(preview.changes.length).toBeGreaterThan(0);

    await selectInSheet(SHEET, "A1");
    await tab("Check").click();
    const check = panel("check");
    await check.getByRole("button", { name: `Fix all (${preview.changes.length} changes)` }).waitFor();
    const text = await check.innerText();
    for (const change of preview.changes) expect(text).toContain(change.reason);
    expect(text).toContain("No safe fix:");
    expect(text).toContain("holds a code the add-on cannot read");
    expect(await codes()).toEqual(before); // a preview writes nothing
    await shot("check-fixes");
    await expectAccessible();
  });

  it("Fix all writes the fixes, and Undo puts every cell back", async () => {
    const check = panel("check");
    await check.getByRole("button", { name: /^Fix all/ }).click();
    await confirmed("each change is in the change log");
    const report = await run("analyzeMatrix", SHEET);
    const left = report.findings.filter((f) => ["MULTIPLE_ACCOUNTABLE", "SHARED_OWNERSHIP"].includes(f.rule));
    expect(left).toEqual([]);
    expect(await codes()).not.toEqual(before);
    // Focus lands on Undo, offered right away.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Undo the fix");
    await expectAccessible();

    await check.getByRole("button", { name: "Undo the fix" }).click();
    await confirmed("as they were before the fix");
    expect(await codes()).toEqual(before);
    expect(await check.getByRole("button", { name: "Undo the fix" }).count()).toBe(0);
  });

  it("Fix these fixes one kind of finding only, and changes as many cells as its label says", async () => {
    const check = panel("check");
    const group = check.locator("details.rule").filter({ hasText: "More than one accountable" });
    const fixThese = group.getByRole("button", { name: /^Fix these/ });
    const said = Number(/\((\d+) changes?\)/.exec((await fixThese.textContent()) ?? "")?.[1]);
    await fixThese.click();
    await confirmed(`Changed ${said} ${said === 1 ? "cell" : "cells"}`);
    const rules = (await run("analyzeMatrix", SHEET)).findings.map((f) => f.rule);
    expect(rules).not.toContain("MULTIPLE_ACCOUNTABLE");
    expect(rules).toContain("SHARED_OWNERSHIP");
    await check.getByRole("button", { name: "Undo the fix" }).click();
    await confirmed("as they were before the fix");
    expect(await codes()).toEqual(before);
  });
});

describe("Check: one finding's Fix", () => {
  it("fixes that finding's row only, leaves the other findings as they were, and Undo puts the row back", async () => {
    const before = await codes();
    const preview = await run("previewFixes", SHEET);
    const gap = preview.changes.find((c) => /\D9$/.test(c.cell)); // row 9: nobody accountable
    if (!gap) throw new Error("the preview has no fix on row 9");
    const others = (await run("analyzeMatrix", SHEET)).findings.filter(
      (f) => f.initiative !== gap.initiative,
    );
    const check = panel("check");
    await check.getByRole("button", { name: "Re-check" }).click();
    const fixOne = check.getByRole("button", { name: `Fix: ${gap.initiative}`, exact: true }).first();
    await fixOne.waitFor();
    await expectAccessible();
    await fixOne.click();
    await confirmed("each change is in the change log");
    const after = await codes();
    expect(after[0]).not.toEqual(before[0]); // row 9, the first row read
    expect(after.slice(1)).toEqual(before.slice(1));
    const report = await run("analyzeMatrix", SHEET);
    expect(report.findings.filter((f) => f.initiative === gap.initiative)).toEqual([]);
    expect(report.findings.filter((f) => f.initiative !== gap.initiative)).toEqual(others);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Undo the fix");

    await check.getByRole("button", { name: "Undo the fix" }).click();
    await confirmed("as they were before the fix");
    expect(await codes()).toEqual(before);
  });
});

describe("not a matrix", () => {
  it("Owners and Charters say so, and offer to create one", async () => {
    await selectInSheet("Sheet1", "A1");
    await tab("Owners").click();
    await panel("owners").getByText("not a RACI matrix").waitFor();
    expect(await panel("owners").getByRole("button", { name: "Create a matrix" }).isVisible()).toBe(true);
    await tab("Charters").click();
    await panel("charters").getByText("not a RACI matrix").waitFor();
    await expectAccessible();
  });
});
