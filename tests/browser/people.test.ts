/**
 * The people row in the built sidebar (dist/sidebar.html), in Debian's chromium, through the local preview's
 * google.script.run bridge to the built add-on on the emulator: a person named for a role in Settings, a row
 * agreed and then changed in the sheet, and the person named in Check and Who owns what. Run after
 * `npm run build`.
 */
import type { Page } from "playwright-core";
import { confirmed, previewApi, startSidebarSession, type SidebarSession } from "../helpers/sidebarPage";

const CLIENT = "people-test";
const SHEET = "People test";
const XSS = "<img src=x onerror=alert(1)>";

let session: SidebarSession;
let page: Page;

const api = previewApi(() => session.preview.url, CLIENT);
const { run, describedMatrix } = api;
/** A person typing into the sheet (fires the add-on's onEdit). */
const typeInSheet = (range: string, value: string) => api.edit(SHEET, range, [[value]]);
const panel = (name: string) => page.locator(`#panel-${name}`);
const tab = (name: string) => page.getByRole("tab", { name, exact: true });

beforeAll(async () => {
  session = await startSidebarSession("raci-people-", CLIENT);
  page = session.page;
  // A new matrix: header on row 8, the people row (empty) on row 9, Budget on row 10.
  // A Area · B Initiative · C CEO · D COO · E Chief of Staff · F Status · G Decision · H Decided on · I Notes
  await run("generateMatrix", {
    template: "blank",
    title: SHEET,
    roles: ["CEO", "COO", "Chief of Staff"],
    initiatives: [
      { name: "Budget", assignments: { CEO: "A", COO: "R" } },
      { name: "Board deck", assignments: { COO: "R", "Chief of Staff": "A" } },
    ],
  });
  await session.openSidebar();
});

afterAll(() => session?.close());

afterEach(() => expect(session.pageErrors).toEqual([]));

describe("the people row from the sidebar", () => {
  it("names a person in Settings, agrees a row, sees Changed since agreed, and sees the person in Check and Who owns what", async () => {
    await tab("Settings").click();
    const settings = panel("settings");
    const coo = settings.getByLabel("Who holds COO");
    await coo.waitFor();
    await coo.fill("Dana Lee");
    await settings.getByLabel("Who holds Chief of Staff").fill(XSS); // a name is text, never markup
    await settings.getByRole("button", { name: "Save names" }).click();
    await confirmed(page, "Saved 2 names");
    const matrix = await describedMatrix(SHEET);
    expect(matrix.people).toEqual([
      { role: "CEO", heldBy: "" },
      { role: "COO", heldBy: "Dana Lee" },
      { role: "Chief of Staff", heldBy: XSS },
    ]);

    // The Edit panel's roles show who holds them too.
    await tab("Edit").click();
    await panel("edit").locator(".edit-list li", { hasText: "COO" }).getByText("(Dana Lee)").waitFor();

    await typeInSheet("G10", "Agreed"); // Budget agreed…
    await typeInSheet("D10", "C"); // …then the COO's R becomes C
    await tab("Check").click();
    const check = panel("check");
    await check.getByRole("heading", { name: "0 of 2 agreed" }).waitFor();
    await check.locator(".agreement summary").getByText("2 not yet agreed").click();
    await check.locator(".agreement li").getByText("Budget · Changed since agreed").waitFor();
    // Board deck: the owner pair both hold R or A; the finding names who holds each role.
    await check.getByText(`COO (Dana Lee) and Chief of Staff (${XSS}) both own "Board deck"`).waitFor();
    expect(await page.locator("img").count()).toBe(0);

    await tab("Owners").click();
    const owners = panel("owners");
    await owners.getByRole("heading", { name: "COO (Dana Lee)" }).waitFor();
    await owners.getByText("Board deck").first().waitFor();
    // Each row's decision beside it: Budget changed since agreed, Board deck (twice: A and R) proposed.
    expect(await owners.locator(".decision-chip").allInnerTexts()).toEqual([
      "Changed since agreed",
      "Proposed",
      "Proposed",
    ]);
  });
});
