/**
 * The kind of a matrix in Settings, in the built sidebar (dist/sidebar.html) in a real browser through the local
 * preview's google.script.run bridge: Settings shows the matrix's kind; a kind whose codes a cell lacks is
 * refused, and the refusal names the cell beside the field; a kind that has every code is saved. Run after
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

const CLIENT = "kind-test";
const SHEET = "Ownership";

let session: SidebarSession;
let page: Page;

const { run } = previewApi(() => session.preview.url, CLIENT);
const settings = () => page.locator("#panel-settings");

/** A RACI matrix whose first row's R (D9) no DACI matrix has. */
function raciMatrix(): string {
  const addon = loadAddon();
  addon.generate({
    template: "blank",
    title: SHEET,
    roles: ["CEO", "COO", "Chief of Staff"],
    initiatives: [{ name: "Budget", assignments: { CEO: "A", COO: "R" } }],
  });
  return workbookFileText(JSON.stringify(addon.emulator.toJSON()));
}

beforeAll(async () => {
  session = await startSidebarSession("raci-kind-", CLIENT, { workbook: raciMatrix() });
  page = session.page;
  await session.openSidebar();
});

afterAll(() => session?.close());

afterEach(() => expect(session.pageErrors).toEqual([]));

describe("the kind of a matrix in Settings", () => {
  it("shows the kind, refuses one whose codes a cell lacks (naming the cell), and saves one that has them", async () => {
    await page.getByRole("tab", { name: "Settings", exact: true }).click();
    const kind = settings().getByLabel("Kind of matrix");
    await kind.waitFor();
    expect(await kind.inputValue()).toBe("RACI");

    await kind.selectOption("DACI");
    await settings().getByRole("button", { name: "Save settings" }).click();
    const refusal = settings().getByText(/cannot become a DACI matrix .*D9 holds "R"/);
    await refusal.waitFor();
    expect(await kind.getAttribute("aria-invalid")).toBe("true");
    expect((await run("describeActiveSheet", SHEET)).matrix?.settings.kind).toBe("RACI");
    expect(await axeViolations(page, "#panel-settings")).toEqual([]);

    await kind.selectOption("RASCI");
    await settings().getByRole("button", { name: "Save settings" }).click();
    await confirmed(page, `Saved the settings of “${SHEET}”. The highlighting uses them now.`);
    expect((await run("describeActiveSheet", SHEET)).matrix?.settings.kind).toBe("RASCI");
  });
});
