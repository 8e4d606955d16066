/**
 * The company's words and charters before a matrix exists, in Debian's chromium at 300 px on the built
 * sidebar and add-on (run after `npm run build`): New matrix teaches a word and edits a charter before
 * anything is generated, the suggestions read both at once, Generate saves the charter with the matrix, and
 * the Charters panel edits the same words, with or without a matrix on the sheet.
 */
import type { Page } from "playwright-core";
import { axeViolations, confirmed, startSidebarSession, type SidebarSession } from "../helpers/sidebarPage";

let session: SidebarSession;
let page: Page;

beforeAll(async () => {
  session = await startSidebarSession("raci-company-words-", "company-words");
  page = session.page;
  await session.openSidebar();
});

afterAll(() => session?.close());

const row = (name: string) =>
  page.locator("#panel-new .code-row").filter({ has: page.locator(".code-row-name", { hasText: name }) });

describe("New matrix › Charters and the company's words", () => {
  it("teaches a word before anything is generated, and the suggestions read it at once", async () => {
    await page.locator("#panel-new").getByLabel("Blank").check();
    await page.locator("#new-title").fill("Offsite plan");
    await page.locator("#new-initiatives").fill("Nightingale readiness\nFalcon");
    await page.getByRole("button", { name: "Suggest owners" }).click();
    await confirmed(page, "Suggested owners for 0 initiatives");
    expect(await row("Nightingale readiness").locator(".why").innerText()).toContain("No owner suggested");

    await page.getByText("Charters and the company's words").click();
    await page.getByRole("button", { name: "Add a word" }).click();
    await page.getByRole("textbox", { name: "Word 1", exact: true }).fill("Nightingale");
    await page
      .locator("#panel-new")
      .getByLabel("Belongs to")
      .selectOption({ label: "Chief of Staff: any of its work" });
    await page.locator("#panel-new").getByRole("button", { name: "Save words" }).click();
    await confirmed(page, "Saved 1 word of the company's for this spreadsheet.");
    await row("Nightingale readiness").locator(".why", { hasText: "company glossary" }).waitFor();
    expect(await row("Nightingale readiness").locator(".code-chip-item").allTextContents()).toContain(
      "Chief of Staff A/R",
    );
    expect(await session.api.run("getGlossary")).toEqual({
      terms: [{ term: "Nightingale", role: "Chief of Staff" }],
    });
  });

  it("edits a role's charter before the matrix exists; the suggestions follow, and Generate keeps it", async () => {
    const coo = page.getByLabel("Charter of COO, one line per responsibility");
    await coo.press("Control+End");
    await coo.press("Enter");
    await coo.pressSequentially("Project Falcon: the new warehouse system");
    await row("Falcon").locator(".why", { hasText: "Project Falcon" }).waitFor();
    expect(await page.locator("#panel-new .draft-charter", { has: coo }).innerText()).toContain(
      "This matrix's own charter.",
    );
    expect((await axeViolations(page, "#panel-new")).map((v) => v.id)).toEqual([]);

    await page.getByRole("button", { name: "Generate matrix" }).click();
    await confirmed(page, "Created “Offsite plan”");
    const charters = (await session.api.run("getCharters", "Offsite plan")) as {
      roles: { role: string; lines: string[]; source: string }[];
    };
    const saved = charters.roles.find((r) => r.role === "COO");
    expect(saved?.source).toBe("matrix");
    expect(saved?.lines.at(-1)).toBe("Project Falcon: the new warehouse system");
  });
});

describe("Charters › the company's words", () => {
  it("shows the same words for the matrix, and ties a new one to a line of a role's charter", async () => {
    await page.getByRole("tab", { name: "Charters" }).click();
    const panel = page.locator("#panel-charters");
    await panel.getByRole("textbox", { name: "Word 1", exact: true }).waitFor();
    expect(await panel.getByRole("textbox", { name: "Word 1", exact: true }).inputValue()).toBe(
      "Nightingale",
    );
    await panel.getByRole("button", { name: "Add a word" }).click();
    await panel.getByRole("textbox", { name: "Word 2", exact: true }).fill("war room");
    await panel
      .getByRole("listitem")
      .filter({ has: page.getByRole("textbox", { name: "Word 2", exact: true }) })
      .getByLabel("Belongs to")
      .selectOption({ label: "Project Falcon: the new warehouse system" });
    await panel.getByRole("button", { name: "Save words" }).click();
    await confirmed(page, "Saved 2 words of the company's");
    expect(await session.api.run("getGlossary")).toEqual({
      terms: [
        { term: "Nightingale", role: "Chief of Staff" },
        { term: "war room", role: "COO", line: "Project Falcon: the new warehouse system" },
      ],
    });
    expect((await axeViolations(page, "#panel-charters")).map((v) => v.id)).toEqual([]);
  });

  it("keeps the words editable on a sheet that is no matrix, and says where a new matrix's charters go", async () => {
    await session.api.select("Sheet1", "A1");
    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByRole("tab", { name: "Charters" }).click();
    const panel = page.locator("#panel-charters");
    await panel.getByText("Charters for a new matrix are given in New matrix").waitFor();
    expect(await panel.getByRole("textbox", { name: "Word 2", exact: true }).inputValue()).toBe("war room");
    expect(session.pageErrors).toEqual([]);
  });
});
