import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { HtmlServiceApi } from "../../emulator/html";
import type { LockServiceApi } from "../../emulator/lock";
import type { PropertiesServiceApi } from "../../emulator/properties";
import type { SessionApi } from "../../emulator/session";
import { bundleFrom, setup } from "./helpers";

function services(options: Parameters<typeof setup>[0] = {}) {
  const s = setup(options);
  const g = s.emu.globals;
  return {
    ...s,
    props: g.PropertiesService as PropertiesServiceApi,
    locks: g.LockService as LockServiceApi,
    session: g.Session as SessionApi,
    html: g.HtmlService as HtmlServiceApi,
  };
}

describe("PropertiesService (Quotas for Google Services: 9 KB per value, 500 KB per store)", () => {
  test("stores strings per store; getProperty of a missing key is null", () => {
    const { props } = services();
    const doc = props.getDocumentProperties();
    doc.setProperty("n", 5 as unknown as string).setProperties({ a: "1", b: "2" });
    expect(doc.getProperty("n")).toBe("5");
    expect(doc.getProperty("missing")).toBeNull();
    expect(doc.getKeys().sort()).toEqual(["a", "b", "n"]);
    expect(props.getScriptProperties().getProperties()).toEqual({});
    doc.deleteProperty("a");
    expect(doc.getProperties()).toEqual({ n: "5", b: "2" });
    doc.setProperties({ only: "x" }, true);
    expect(doc.getProperties()).toEqual({ only: "x" });
    doc.deleteAllProperties();
    expect(doc.getKeys()).toEqual([]);
  });

  test("a value over 9 KB throws", () => {
    const { props } = services();
    const doc = props.getDocumentProperties();
    doc.setProperty("ok", "x".repeat(9 * 1024));
    expect(() => doc.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
    expect(doc.getProperty("big")).toBeNull();
  });

  // the message scripts report (e.g. https://github.com/lucasvtiradentes/gcal-sync/issues/115)
  test("a store over 500 KB throws the storage-quota error", () => {
    const { props } = services();
    const doc = props.getDocumentProperties();
    const chunk = "x".repeat(9000);
    for (let i = 0; i < 56; i++) doc.setProperty(`k${i}`, chunk);
    expect(() => doc.setProperty("one-more", chunk)).toThrow(
      "You have exceeded the property storage quota. Please remove some properties and try again.",
    );
    expect(props.getScriptProperties().setProperty("other-store", chunk).getProperty("other-store")).toBe(
      chunk,
    );
  });

  test("user properties are per user", () => {
    const a = services({ user: "a@example.com" });
    a.props.getUserProperties().setProperty("pref", "dark");
    expect(a.props.getUserProperties().getProperty("pref")).toBe("dark");
  });
});

describe("LockService (Lock reference: tryLock returns false, waitLock throws on timeout)", () => {
  test("another user holding the document lock makes tryLock false and waitLock throw", () => {
    const { emu, locks } = services();
    emu.documentLock.heldByOther = true;
    const lock = locks.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    emu.documentLock.heldByOther = false;
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test("a second holder in the same process is refused until release", () => {
    const { locks } = services();
    const first = locks.getScriptLock();
    const second = locks.getScriptLock();
    expect(first.tryLock(10)).toBe(true);
    expect(second.tryLock(10)).toBe(false);
    first.releaseLock();
    expect(second.tryLock(10)).toBe(true);
  });

  test("getDocumentLock is never null in a script bound to the spreadsheet, a simple onEdit included", () => {
    // LockService reference: null only "if this method is called outside of the context of a containing
    // document (such as from a standalone script or webapp)"; it says nothing of simple triggers.
    const { emu } = services();
    const bundle = bundleFrom(
      emu,
      `function onEdit(e) { e.range.setNote(String(LockService.getDocumentLock().tryLock(100))); }`,
    );
    emu.editAsUser(bundle, "Sheet1", "A1", "x");
    expect(emu.spreadsheet.getSheetByName("Sheet1")?.getRange("A1").getNote()).toBe("true");
  });

  test("locks still held when an execution ends are released", () => {
    const { emu } = services();
    const bundle = bundleFrom(emu, `function grab() { return LockService.getDocumentLock().tryLock(100); }`);
    expect(bundle.grab?.()).toBe(true);
    expect(emu.documentLock.holder).toBeNull();
    expect(bundle.grab?.()).toBe(true);
  });
});

describe("Session (Session reference)", () => {
  test("active and effective user, time zone, temporary key", () => {
    const { session } = services({ user: "me@example.com", timeZone: "Europe/Paris" });
    expect(session.getActiveUser().getEmail()).toBe("me@example.com");
    expect(session.getEffectiveUser().getEmail()).toBe("me@example.com");
    expect(session.getScriptTimeZone()).toBe("Europe/Paris");
    expect(session.getTemporaryActiveUserKey()).toBe(session.getTemporaryActiveUserKey());
  });

  test('an unknown user has the email ""', () => {
    const { session } = services();
    expect(session.getActiveUser().getEmail()).toBe("");
  });
});

describe("HtmlService (HtmlService / HtmlOutput reference)", () => {
  test("createHtmlOutputFromFile reads <htmlRoot>/<name>.html", () => {
    const dir = mkdtempSync(join(tmpdir(), "emu-html-"));
    writeFileSync(join(dir, "sidebar.html"), "<h1>Sidebar</h1>");
    const { html } = services({ htmlRoot: dir });
    const out = html
      .createHtmlOutputFromFile("sidebar")
      .setTitle("RACI")
      .setWidth(320)
      .setSandboxMode(html.SandboxMode.IFRAME);
    expect([out.getContent(), out.getTitle(), out.getWidth()]).toEqual(["<h1>Sidebar</h1>", "RACI", 320]);
    expect(html.createHtmlOutputFromFile("sidebar.html").getContent()).toBe("<h1>Sidebar</h1>");
    expect(() => html.createHtmlOutputFromFile("missing")).toThrow("No HTML file named missing was found.");
  });

  test("createHtmlOutput and setXFrameOptionsMode", () => {
    const { html } = services();
    const out = html
      .createHtmlOutput("<b>x</b>")
      .setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL)
      .append("!");
    expect(out.getContent()).toBe("<b>x</b>!");
  });
});

describe("Ui (Ui reference)", () => {
  test("alert is recorded and answers OK; menus with submenus", () => {
    const { emu, app } = services();
    const ui = app.getUi();
    expect(ui.alert("Done")).toBe(ui.Button.OK);
    expect(ui.alert("Sure?", "Really?", ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(emu.ui.alerts).toEqual(["Done", "Sure?\nReally?"]);
    const sub = ui.createMenu("More").addItem("Help", "help");
    ui.createMenu("Tools").addSubMenu(sub).addToUi();
    expect(emu.ui.menus).toEqual([
      { title: "Tools", items: [{ caption: "More", items: [{ caption: "Help", functionName: "help" }] }] },
    ]);
  });
});

describe("Ui.alert with buttons waits for a person (Ui reference: it suspends the script while the dialog is open)", () => {
  test("a test's answers come first, then ui.ask is asked, with the dialog's title, text and buttons", () => {
    const { emu, app } = services();
    const ui = app.getUi();
    const asked: unknown[] = [];
    emu.ui.answers = ["NO"];
    emu.ui.ask = (question) => {
      asked.push(question);
      return "CANCEL";
    };
    expect(ui.alert("Sure?", "Really?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert("Go on?", ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.CANCEL);
    expect(ui.alert("Done")).toBe(ui.Button.OK);
    expect(asked).toEqual([{ title: "", prompt: "Go on?", buttons: ["OK", "CANCEL"] }]);
    // What a person answered is not among the alerts shown without waiting.
    expect(emu.ui.alerts).toEqual(["Sure?\nReally?", "Done"]);
  });

  test("an answer that stops the execution stops it at the alert", () => {
    const { emu } = services();
    emu.ui.ask = () => {
      throw new Error("waiting");
    };
    const bundle = bundleFrom(
      emu,
      `function remove() {
        var ui = SpreadsheetApp.getUi();
        if (ui.alert("Remove?", "All of it?", ui.ButtonSet.YES_NO) !== ui.Button.YES) return "kept";
        SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Sheet1").getRange("A1").setValue("gone");
        return "removed";
      }`,
    );
    expect(() => bundle.remove?.()).toThrow("waiting");
    expect(emu.spreadsheet.getSheetByName("Sheet1")?.getRange("A1").getValue()).toBe("");
    emu.ui.ask = () => "YES";
    expect(bundle.remove?.()).toBe("removed");
  });
});

describe("Call counting and fault injection", () => {
  test('every service call counts once as "Class.method"', () => {
    const { emu } = services();
    const bundle = bundleFrom(
      emu,
      `function run() {
        var ss = SpreadsheetApp.getActiveSpreadsheet();
        var sheet = ss.getSheetByName("Sheet1");
        sheet.getRange("A1:B2").setValues([[1, 2], [3, 4]]).setBackground("red");
        SpreadsheetApp.flush();
        PropertiesService.getDocumentProperties().getProperty("x");
        Logger.log("not counted");
        return sheet.getRange("A1:B2").getValues();
      }`,
    );
    expect(bundle.run?.()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(emu.calls.byMethod).toEqual({
      "SpreadsheetApp.getActiveSpreadsheet": 1,
      "Spreadsheet.getSheetByName": 1,
      "Sheet.getRange": 2,
      "Range.setValues": 1,
      "Range.setBackground": 1,
      "SpreadsheetApp.flush": 1,
      "PropertiesService.getDocumentProperties": 1,
      "Properties.getProperty": 1,
      "Range.getValues": 1,
    });
    expect(emu.calls.total).toBe(10);
    expect(emu.logs).toEqual(["not counted"]);
    emu.calls.reset();
    expect(emu.calls.total).toBe(0);
    expect(emu.calls.byMethod).toEqual({});
  });

  test("failOnCall(n) makes the n-th counted call throw like a service error, once", () => {
    const { emu, sheet } = services();
    const bundle = bundleFrom(
      emu,
      `function write() { SpreadsheetApp.getActiveSheet().getRange("A1").setValue("done"); }
       function safeWrite() { try { write(); return "ok"; } catch (e) { return e.name + ": " + e.message; } }`,
    );
    emu.failOnCall(3);
    expect(bundle.safeWrite?.()).toBe(
      `Exception: Service Spreadsheets failed while accessing document with id ${emu.spreadsheet.getId()}.`,
    );
    expect(sheet.getRange("A1").getValue()).toBe("");
    expect(bundle.safeWrite?.()).toBe("ok");
    expect(sheet.getRange("A1").getValue()).toBe("done");
    emu.failOnCall(1);
    emu.failOnCall(null);
    expect(bundle.safeWrite?.()).toBe("ok");
  });

  test("calls on emulator.spreadsheet (test inspection) are not counted", () => {
    const { emu } = services();
    emu.spreadsheet.getSheetByName("Sheet1")?.getRange("A1").getValue();
    expect(emu.calls.total).toBe(0);
  });
});

describe("Utilities and Logger", () => {
  test("Utilities.formatDate uses SimpleDateFormat patterns in the given time zone", () => {
    const { emu } = services();
    const bundle = bundleFrom(
      emu,
      `function fmt() { return Utilities.formatDate(new Date(Date.UTC(2024, 0, 31, 23, 5, 9)), "America/New_York", "yyyy-MM-dd HH:mm:ss EEE"); }`,
    );
    expect(bundle.fmt?.()).toBe("2024-01-31 18:05:09 Wed");
  });
});
