/**
 * Settings' two offers to a matrix made before the agreement columns and the people row, in the built sidebar
 * (dist/sidebar.html) in Debian's chromium, through the local preview's google.script.run bridge. The older
 * matrix is made on the emulator (generated without the people row, its agreement columns deleted and the
 * sheet refreshed, as a 0.1 matrix reads after its first Refresh), then opened in the preview. Neither
 * addition is ever made silently: each is a button, and after it Settings shows what it added. Run after
 * `npm run build`.
 */
import type { Page } from "playwright-core";
import { loadAddon } from "../helpers/addon";
import { workbookFileText } from "../../preview/workbookFile";
import {
  axeViolations,
  confirmed,
  previewApi,
  startSidebarSession,
  type SidebarSession,
} from "../helpers/sidebarPage";

const CLIENT = "offers-test";
const SHEET = "Older matrix";

let session: SidebarSession;
let page: Page;

const { describedMatrix } = previewApi(() => session.preview.url, CLIENT);
const settings = () => page.locator("#panel-settings");

/** A matrix as an earlier release left it: no people row, no Decision, Decided on or Notes. */
function olderMatrix(): string {
  const addon = loadAddon();
  addon.generate({
    template: "blank",
    title: SHEET,
    roles: ["CEO", "COO", "Chief of Staff"],
    initiatives: [
      { name: "Budget", assignments: { CEO: "A", COO: "R" } },
      { name: "Board deck", assignments: { "Chief of Staff": "A", COO: "R" } },
    ],
  });
  addon.sheet(SHEET).deleteColumns(7, 4); // Decision, Decided on, Agreed by, Notes (right of Status, column F)
  addon.refresh(SHEET);
  return workbookFileText(JSON.stringify(addon.emulator.toJSON()));
}

beforeAll(async () => {
  session = await startSidebarSession("raci-offers-", CLIENT, { workbook: olderMatrix() });
  page = session.page;
  await session.openSidebar();
});

afterAll(() => session?.close());

afterEach(() => expect(session.pageErrors).toEqual([]));

describe("Settings on a matrix made before the agreement columns and the people row", () => {
  it("offers each, adds it only when asked, then shows what it added", async () => {
    const before = await describedMatrix(SHEET);
    expect(before.agreement).toBe(false);
    expect(before.people ?? null).toBeNull();

    await page.getByRole("tab", { name: "Settings", exact: true }).click();
    const addAgreement = settings().getByRole("button", { name: "Add agreement columns" });
    const addPeople = settings().getByRole("button", { name: "Add people row" });
    await addAgreement.waitFor();
    await addPeople.waitFor();
    expect(await axeViolations(page, "#panel-settings")).toEqual([]);

    await addAgreement.click();
    await confirmed(page, `Added Decision, Decided on, Agreed by and Notes to “${SHEET}”.`);
    expect(await addAgreement.count()).toBe(0);
    expect((await describedMatrix(SHEET)).agreement).toBe(true);

    await addPeople.click();
    await confirmed(page, `Added the people row to “${SHEET}”.`);
    // The offer gives way to a field per role, empty until someone names who holds it.
    await settings().getByLabel("Who holds COO").waitFor();
    expect(await addPeople.count()).toBe(0);
    expect((await describedMatrix(SHEET)).people).toEqual([
      { role: "CEO", heldBy: "" },
      { role: "COO", heldBy: "" },
      { role: "Chief of Staff", heldBy: "" },
    ]);
    expect(await axeViolations(page, "#panel-settings")).toEqual([]);
  });
});
