/**
 * New matrix checks the pasted list and the title before anything is sent, in Debian's chromium at 300 px on
 * the built sidebar and add-on (run after `npm run build`): a heading line is read as an area and said so,
 * duplicates, long names and a heading written without its colon each get a one-click way out, and a title
 * a sheet already has is never turned into "… (2)" without asking.
 */
import type { Page } from "playwright-core";
import { LONG_NAME, shortened } from "../../sidebar/listChecks";
import { axeViolations, startSidebarSession, type SidebarSession } from "../helpers/sidebarPage";

const LONG =
  "Prepare the quarterly board pack with the finance team, including the revenue bridge, the hiring plan and an appendix on every open legal matter";
const LIST = [
  "Operations",
  "Operations: Vendor renewals",
  "Exec support:",
  "Board deck",
  "Offsite agenda",
  "CEO remarks for the all-hands",
  "Tiger team on churn",
  "Operations: Board deck",
  `Operations: ${LONG}`,
].join("\n");

let session: SidebarSession;
let page: Page;

beforeAll(async () => {
  session = await startSidebarSession("raci-new-checks-", "new-checks");
  page = session.page;
  await session.openSidebar();
});

afterAll(() => session?.close());

const notes = () => page.locator("#panel-new .list-check");
const status = () => page.locator('[role="status"], [role="alert"]').allInnerTexts();

describe("New matrix › the list, checked before Generate", () => {
  beforeAll(async () => {
    await page.locator("#panel-new").getByLabel("Blank").check();
    await page.locator("#new-title").fill("Offsite");
    await page.locator("#new-initiatives").fill(LIST);
  });

  it("reads “Exec support:” as the area of the lines below it, and says so", async () => {
    const heading = notes().filter({ hasText: "Exec support:" });
    await heading.waitFor();
    expect(await heading.innerText()).toContain("Exec support: read as an area for the 4 lines below.");
    expect(await page.locator("#panel-new .preview").innerText()).toContain("Exec support (4)");
  });

  it("lists the duplicate, the area name alone on a line and the long name, each with its way out", async () => {
    const texts = await notes().allInnerTexts();
    expect(texts).toEqual([
      expect.stringContaining("Line 1, “Operations”, is also the name of an area"),
      expect.stringContaining("Exec support: read as an area"),
      expect.stringContaining("Line 8 repeats line 4: “Board deck”."),
      expect.stringContaining(`Line 9 is ${LONG.length} characters; names over ${LONG_NAME}`),
    ]);
    expect((await axeViolations(page, "#panel-new")).map((v) => v.id)).toEqual([]);
  });

  it("refuses the first Generate while they stand, and settles each in one click", async () => {
    await page.getByRole("button", { name: "Generate matrix" }).click();
    await page.getByRole("alert").getByText("The list has 3 things to look at").waitFor();
    expect(session.preview.session.emulator.spreadsheet.getSheetByName("Offsite")).toBeNull();

    await page.getByRole("button", { name: "Make it an area" }).click();
    await page.getByRole("button", { name: "Remove line 8" }).click();
    await page.getByRole("button", { name: `Shorten to “${shortened(LONG)}”` }).click();
    expect(await notes().allInnerTexts()).toEqual([expect.stringContaining("Exec support: read as an area")]);
    expect(await page.locator("#new-initiatives").inputValue()).toBe(
      [
        "Operations:",
        "Operations: Vendor renewals",
        "Exec support:",
        "Board deck",
        "Offsite agenda",
        "CEO remarks for the all-hands",
        "Tiger team on churn",
        `Operations: ${shortened(LONG)}`,
      ].join("\n"),
    );

    await page.getByRole("button", { name: "Generate matrix" }).click();
    await page.getByRole("status").getByText("Created “Offsite”").waitFor();
    const active = (await session.api.run("describeActiveSheet", "Offsite")) as {
      matrix: { initiatives: { name: string; area: string }[] };
    };
    expect(active.matrix.initiatives.map((i) => i.area)).toEqual([
      "Operations",
      "Operations",
      ...new Array(4).fill("Exec support"),
    ]);
  });

  it("keeps the list as it is on a second Generate, when the person chooses so", async () => {
    await page.getByRole("tab", { name: "New matrix" }).click();
    await page.locator("#new-title").fill("Kept as is");
    await page.locator("#new-initiatives").fill("Board deck\nboard deck");
    await page.getByRole("button", { name: "Generate matrix" }).click();
    await page.getByRole("alert").getByText("The list has one thing to look at").waitFor();
    await page.getByRole("button", { name: "Generate matrix" }).click();
    await page.getByRole("status").getByText("Created “Kept as is”").waitFor();
  });
});

describe("New matrix › the title", () => {
  it("says when a sheet already has the title, refuses to make “(2)” unasked, and proposes it in one click", async () => {
    await page.getByRole("tab", { name: "New matrix" }).click();
    await page.locator("#new-initiatives").fill("Budget");
    // The title of the matrix just made is still in the field: a sheet has it now.
    const taken = page.locator("#new-title-taken");
    await taken.getByText("A sheet is already named “Kept as is”.").waitFor();
    await page.getByRole("button", { name: "Generate matrix" }).click();
    await page.getByRole("alert").getByText("Please fix the problem marked below.").waitFor();
    expect(await page.locator("#new-title").getAttribute("aria-invalid")).toBe("true");
    expect(await status()).not.toContainEqual(expect.stringContaining("Kept as is (2)"));

    await taken.getByRole("button", { name: "Use “Kept as is (2)”" }).click();
    expect(await page.locator("#new-title").inputValue()).toBe("Kept as is (2)");
    await taken.waitFor({ state: "hidden" });
    await page.getByRole("button", { name: "Generate matrix" }).click();
    await page.getByRole("status").getByText("Created “Kept as is (2)”").waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});
