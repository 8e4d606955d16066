import { createEmulator, loadBundle } from "../../emulator/index";
import { bundleFrom, setup } from "./helpers";

const MENU_BUNDLE = `
var App = (function () { return { version: 1 }; })();
function onOpen(e) {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem("New matrix", "newMatrix")
    .addSeparator()
    .addItem("Show sidebar", "showSidebar")
    .addToUi();
}
function showSidebar() {
  var html = HtmlService.createHtmlOutput("<p>hi</p>").setTitle("RACI");
  SpreadsheetApp.getUi().showSidebar(html);
}
function onEdit(e) {
  globalThis.lastEvent = e;
  var keys = Object.keys(e).sort().join(",");
  e.range.setNote("keys:" + keys);
  if (e.value === "sidebar") showSidebar();
}
function writeRows() {
  SpreadsheetApp.getActiveSheet().getRange("A1:B1").setValues([["x", "y"]]);
}
function environment() {
  return [typeof require, typeof process, typeof setTimeout, typeof SpreadsheetApp, typeof console].join(",");
}
function catchServiceError() {
  try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (err) { return [err instanceof Error, err.name, err.message]; }
}
function dateRoundTrip() {
  var r = SpreadsheetApp.getActiveSheet().getRange("C1");
  r.setValue(new Date(Date.UTC(2024, 0, 2)));
  var v = r.getValue();
  return [v instanceof Date, v.getTime()];
}
`;

describe("loadBundle (entry points are top-level function declarations)", () => {
  test("returns the bundle's top-level functions; loading counts no call", () => {
    const { emu } = setup();
    const bundle = bundleFrom(emu, MENU_BUNDLE);
    expect(Object.keys(bundle).sort()).toEqual(
      [
        "catchServiceError",
        "dateRoundTrip",
        "environment",
        "onEdit",
        "onOpen",
        "showSidebar",
        "writeRows",
      ].sort(),
    );
    expect(emu.calls.total).toBe(0);
  });

  test("the vm context has the Apps Script globals and nothing Node-specific", () => {
    const { emu } = setup();
    const bundle = bundleFrom(emu, MENU_BUNDLE);
    expect(bundle.environment?.()).toBe("undefined,undefined,undefined,object,object");
  });

  test("onOpen builds the add-on menu, titled with the add-on's name", () => {
    const { emu } = setup();
    const bundle = bundleFrom(emu, MENU_BUNDLE);
    emu.open(bundle);
    expect(emu.ui.menus).toEqual([
      {
        title: "RACI Matrix for Sheets",
        items: [
          { caption: "New matrix", functionName: "newMatrix" },
          "separator",
          { caption: "Show sidebar", functionName: "showSidebar" },
        ],
      },
    ]);
    expect(emu.calls.byMethod["Ui.createAddonMenu"]).toBe(1);
    expect(emu.calls.byMethod["Menu.addToUi"]).toBe(1);
  });

  test("onOpen in AuthMode.NONE may build menus but not read the spreadsheet", () => {
    const { emu } = setup();
    const bundle = bundleFrom(
      emu,
      `function onOpen(e) {
      SpreadsheetApp.getUi().createAddonMenu().addItem("Start", "start").addToUi();
      if (e.authMode === ScriptApp.AuthMode.NONE) { try { SpreadsheetApp.getActiveSpreadsheet(); } catch (err) { globalThis.denied = err.message; } }
    }
    function denied() { return globalThis.denied; }`,
    );
    emu.open(bundle, "NONE");
    expect(emu.ui.menus[0]?.items).toEqual([{ caption: "Start", functionName: "start" }]);
    expect(bundle.denied?.()).toMatch(
      /^You do not have permission to call SpreadsheetApp.getActiveSpreadsheet/,
    );
  });

  test("showSidebar records the sidebar when run from a menu item", () => {
    const { emu } = setup();
    const bundle = bundleFrom(emu, MENU_BUNDLE);
    bundle.showSidebar?.();
    expect(emu.ui.sidebar).toEqual({ title: "RACI", html: "<p>hi</p>" });
  });

  test("service errors inside the vm are Errors of that realm, named Exception", () => {
    const { emu } = setup();
    const bundle = bundleFrom(emu, MENU_BUNDLE);
    expect(bundle.catchServiceError?.()).toEqual([
      true,
      "Exception",
      "The starting row of the range is too small.",
    ]);
  });

  test("getValue returns Dates of the bundle's realm", () => {
    const { emu } = setup();
    const bundle = bundleFrom(emu, MENU_BUNDLE);
    expect(bundle.dateRoundTrip?.()).toEqual([true, Date.UTC(2024, 0, 2)]);
  });

  test("loadBundle reports a missing bundle file", () => {
    const emu = createEmulator();
    expect(() => loadBundle(emu, "/nonexistent/Code.js")).toThrow(/ENOENT/);
  });
});

describe("onEdit simple trigger (Event objects reference: Edit event fields)", () => {
  test("single-cell edit: value and oldValue, authMode LIMITED, range/source/user", () => {
    const { emu, sheet } = setup({ user: "me@example.com", eventUserEmail: true });
    const bundle = bundleFrom(emu, MENU_BUNDLE);
    sheet.getRange("B2").setValue("R");
    const e = emu.editAsUser(bundle, "Sheet1", "B2", "A");
    expect(e.value).toBe("A");
    expect(e.oldValue).toBe("R");
    expect(String(e.authMode)).toBe("LIMITED");
    expect(e.range.getA1Notation()).toBe("B2");
    expect(e.source.getId()).toBe(emu.spreadsheet.getId());
    expect(e.user.getEmail()).toBe("me@example.com");
    expect(sheet.getRange("B2").getNote()).toBe("keys:authMode,oldValue,range,source,user,value");
    expect(emu.triggerRuns.at(-1)).toMatchObject({
      name: "onEdit",
      authMode: "LIMITED",
      exceededLimit: false,
    });
  });

  test("oldValue is absent when the cell was empty; value is absent when the cell is cleared", () => {
    const { emu, sheet } = setup();
    const bundle = bundleFrom(emu, MENU_BUNDLE);
    const first = emu.editAsUser(bundle, "Sheet1", "A1", "12");
    expect(first.value).toBe("12");
    expect("oldValue" in first).toBe(false);
    expect(sheet.getRange("A1").getValue()).toBe(12);
    const cleared = emu.editAsUser(bundle, "Sheet1", "A1", "");
    expect("value" in cleared).toBe(false);
    expect(cleared.oldValue).toBe("12");
  });

  test("typed input is parsed like Sheets: '=' makes a formula, an apostrophe keeps text", () => {
    const { emu, sheet } = setup();
    emu.editAsUser({}, "Sheet1", "A1:A2", [["3"], ["4"]]);
    emu.editAsUser({}, "Sheet1", "A3", "=SUM(A1:A2)");
    emu.editAsUser({}, "Sheet1", "A4", "'=SUM(A1:A2)");
    expect(sheet.getRange("A1:A4").getValues()).toEqual([[3], [4], [7], ["=SUM(A1:A2)"]]);
  });

  test("a multi-cell paste passes only range, source, user and authMode", () => {
    const { emu, sheet } = setup();
    const bundle = bundleFrom(emu, MENU_BUNDLE);
    const e = emu.editAsUser(bundle, "Sheet1", "A1:B2", [
      ["R", "A"],
      ["C", "I"],
    ]);
    expect(Object.keys(e).sort()).toEqual(["authMode", "range", "source", "user"]);
    expect(e.range.getA1Notation()).toBe("A1:B2");
    expect(sheet.getRange("A1").getNote()).toBe("keys:authMode,range,source,user");
  });

  test("the user's own writes are not service calls; the trigger's calls are", () => {
    const { emu } = setup();
    const bundle = bundleFrom(emu, MENU_BUNDLE);
    emu.editAsUser(bundle, "Sheet1", "A1", "x");
    expect(emu.calls.byMethod).toEqual({ "Range.setNote": 1 });
  });

  test("script writes (setValues) never fire onEdit", () => {
    const { emu, sheet } = setup();
    const bundle = bundleFrom(emu, MENU_BUNDLE);
    bundle.writeRows?.();
    expect(sheet.getRange("A1").getNote()).toBe("");
    expect(emu.triggerRuns).toHaveLength(0);
  });

  test("showSidebar throws inside a simple trigger (no script.container.ui authorization)", () => {
    const { emu } = setup();
    const bundle = bundleFrom(emu, MENU_BUNDLE);
    expect(() => emu.editAsUser(bundle, "Sheet1", "A1", "sidebar")).toThrow(
      "You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui",
    );
    expect(emu.ui.sidebar).toBeNull();
    expect(emu.triggerRuns.at(-1)?.error).toMatch(/permission/);
  });
});
