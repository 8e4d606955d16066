/**
 * The self-check run from the menu ("Run self-check"): on the emulator every row passes, the scratch sheet
 * is gone afterwards and the user is back on their sheet, and the dialog shows the table as text only.
 */
import { escapeHtml } from "../../src/server/calls/selfCheck";
import { loadAddon } from "../helpers/addon";

describe("Run self-check", () => {
  it("passes every check on the emulator and leaves the spreadsheet as it was", () => {
    const addon = loadAddon({ user: "owner@example.com" });
    addon.generate({ template: "coo-cos", title: "Mine" });
    const before = addon.emulator.sheetNames();
    const rows = addon.app.runSelfCheck();
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.find((row) => row.check.includes("DACI"))?.saw).toBe("6 rows as expected; dropdown D A C I");
    for (const row of rows)
      expect({ check: row.check, ok: row.ok, saw: row.saw }).toMatchObject({ ok: true });
    expect(addon.emulator.sheetNames()).toEqual(before);
    expect(addon.emulator.spreadsheet.getActiveSheet().getName()).toBe("Mine");
    expect(addon.emulator.documentLock.holder).toBeNull();
    expect(
      addon.emulator.spreadsheet.createDeveloperMetadataFinder().withKey("raci.selfcheck").find(),
    ).toEqual([]);
  });

  it("runs from the menu and shows a pass/fail table with every row passing, escaped as text", () => {
    const addon = loadAddon({ user: "owner@example.com" });
    addon.emulator.open(addon.bundle);
    const items = JSON.stringify(addon.emulator.ui.menus);
    expect(items).toContain('"caption":"Run self-check","functionName":"menuSelfCheck"');
    addon.app.menuSelfCheck();
    const dialog = addon.emulator.ui.dialogs.at(-1);
    expect(dialog?.title).toBe("RACI Matrix for Sheets: self-check");
    expect(dialog?.html).toMatch(/<p>(\d+) of \1 checks passed\.<\/p>/);
    expect(dialog?.html).not.toContain("FAIL");
    expect(dialog?.html).toContain("&#34;=1+1&#34;"); // what it saw, escaped
  });

  it("escapes markup in what it shows, so nothing it saw is read as HTML", () => {
    expect(escapeHtml(`<img src=x onerror='a()'> & "b"`)).toBe(
      "&#60;img src=x onerror=&#39;a()&#39;&#62; &#38; &#34;b&#34;",
    );
  });
});
