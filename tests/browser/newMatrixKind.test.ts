/**
 * New matrix's kind, in the built sidebar (dist/sidebar.html) in a real browser through the local preview's
 * google.script.run bridge: a template brings its own kind; a blank or pasted matrix takes the one chosen,
 * whose codes the code dropdowns then offer and the new sheet's dropdown holds. Run after `npm run build`.
 */
import type { Page } from "playwright-core";
import {
  axeViolations,
  confirmed,
  previewApi,
  startSidebarSession,
  type SidebarSession,
} from "../helpers/sidebarPage";

const CLIENT = "new-kind-test";

let session: SidebarSession;
let page: Page;

const { run } = previewApi(() => session.preview.url, CLIENT);
const panel = () => page.locator("#panel-new");

beforeAll(async () => {
  session = await startSidebarSession("raci-new-kind-", CLIENT);
  page = session.page;
  await session.openSidebar();
});

afterAll(() => session?.close());

afterEach(() => expect(session.pageErrors).toEqual([]));

describe("the kind of a new matrix in the sidebar", () => {
  it("is the template's, and for a blank matrix the one chosen, which the codes and the new sheet follow", async () => {
    const kind = panel().getByLabel("Kind of matrix");
    expect(await kind.inputValue()).toBe("RACI");
    expect(await kind.isDisabled()).toBe(true);
    await panel()
      .getByLabel(/Decisions between the COO/)
      .check();
    expect(await kind.inputValue()).toBe("DACI");

    await panel()
      .getByLabel(/^Blank/)
      .check();
    expect(await kind.isDisabled()).toBe(false);
    await kind.selectOption("DACI");
    expect(await page.locator("#new-title").inputValue()).toBe("DACI matrix");
    await page.locator("#new-initiatives").fill("Decision memo for the CEO on the new pricing");
    await panel().getByRole("button", { name: "Suggest owners" }).click();
    const ceo = panel().getByLabel("CEO on Decision memo for the CEO on the new pricing");
    expect(await ceo.locator("option").allTextContents()).toEqual(["–", "D", "A", "C", "I"]);
    expect(await axeViolations(page, "#panel-new")).toEqual([]);

    await panel().getByRole("button", { name: "Generate matrix" }).click();
    await confirmed(page, "Created “DACI matrix” with 4 roles and 1 initiative.");
    expect((await run("describeActiveSheet", "DACI matrix")).matrix?.settings.kind).toBe("DACI");
  });
});
