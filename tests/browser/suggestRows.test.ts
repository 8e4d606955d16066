/**
 * Check › Suggest owners for rows, and "check this one" on unsure fixes, in Debian's chromium at 300 px on the
 * built sidebar and add-on (run after `npm run build`): rows without codes (or the selected rows) are
 * previewed with every code readable and why, written only on request into their empty cells, and Undo puts
 * them back; a proposed fix that follows a suggestion under 0.5 says "check this one".
 */
import type { Page } from "playwright-core";
import type { FixResult } from "../../src/core/api";
import { axeViolations, confirmed, startSidebarSession, type SidebarSession } from "../helpers/sidebarPage";

const SHEET = "Rows";
const ROWS = [
  "Reduce cloud costs",
  "Board deck preparation",
  "Walk the dog",
  "Vendor review for the offsite",
];

let session: SidebarSession;
let page: Page;

beforeAll(async () => {
  session = await startSidebarSession("raci-suggest-rows-", "suggest-rows");
  page = session.page;
  await session.api.run("generateMatrix", {
    title: SHEET,
    template: "blank",
    initiatives: [...ROWS.map((name) => ({ name })), { name: "Budget", assignments: { CEO: "A", COO: "R" } }],
  });
  await session.openSidebar("menuCheckMatrix");
});

afterAll(() => session?.close());

const box = () => page.locator("#panel-check .suggest-rows");
const cells = () =>
  session.preview.session.emulator.spreadsheet
    .getSheetByName(SHEET)
    ?.getRange("C10:F14")
    .getValues()
    .map((row) => row.join(","));

describe("Check › Suggest owners for rows", () => {
  it("marks a proposed fix that follows an unsure suggestion “check this one”, and only those", async () => {
    const findings = page.locator("#panel-check .severity .finding");
    await findings.first().waitFor();
    const preview = (await session.api.run("previewFixes", SHEET)) as FixResult;
    const unsure = new Set(
      preview.changes
        .filter((c) => c.confidence !== undefined && c.confidence < 0.5)
        .map((c) => c.initiative),
    );
    expect(unsure.size).toBeGreaterThan(0);
    const marked = await findings
      .filter({ has: page.locator(".check-this") })
      .locator("p")
      .first()
      .allInnerTexts();
    for (const text of marked) expect([...unsure].some((name) => text.includes(name))).toBe(true);
  });

  it("previews the rows without codes, every code readable, and writes nothing yet", async () => {
    const before = cells();
    await box().getByRole("button", { name: "Rows without codes" }).click();
    const rows = box().locator(".code-row");
    await rows.first().waitFor();
    expect(await rows.locator(".code-row-name").allInnerTexts()).toEqual([
      "Row 10: Reduce cloud costs",
      "Row 11: Board deck preparation",
      "Row 13: Vendor review for the offsite",
    ]);
    expect(await box().locator(".suggest-skipped").innerText()).toContain("Row 12 (Walk the dog)");
    const clipped = await box()
      .locator(".code")
      .evaluateAll((codes) => codes.filter((c) => c.scrollWidth > c.clientWidth).length);
    expect(clipped).toBe(0);
    expect(await rows.nth(2).locator(".check-this").count()).toBe(1);
    expect((await axeViolations(page, "#panel-check")).map((v) => v.id)).toEqual([]);
    expect(cells()).toEqual(before);
  });

  it("writes them into the empty cells on request, and Undo the fix puts them back", async () => {
    const before = cells();
    const count = await box().locator(".code").count();
    await box()
      .getByRole("button", { name: `Write these codes (${count})` })
      .click();
    await confirmed(page, `Wrote ${count} suggested codes in “${SHEET}”`);
    expect(cells()).not.toEqual(before);
    expect(cells()?.[4]).toBe(before?.[4]); // Budget's own codes
    await page.getByRole("button", { name: "Undo the fix" }).click();
    await confirmed(page, `Put back ${count} cells`);
    expect(cells()).toEqual(before);
  });

  it("previews the selected rows only, and says why a row with codes is left to the fixes", async () => {
    await session.api.select(SHEET, "B11:B14");
    await box().getByRole("button", { name: "Selected rows" }).click();
    await box().locator(".code-row").first().waitFor();
    expect(await box().locator(".code-row-name").allInnerTexts()).toEqual([
      "Row 11: Board deck preparation",
      "Row 13: Vendor review for the offsite",
    ]);
    expect(await box().locator(".suggest-skipped").innerText()).toContain(
      "Row 14 (Budget): it has codes already",
    );
    expect(session.pageErrors).toEqual([]);
  });
});
