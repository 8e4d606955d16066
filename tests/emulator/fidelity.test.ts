/**
 * Where real Apps Script differs from a naive stand-in, each pinned to the reference it follows: onEdit's
 * queue of two, the blank e.user of simple triggers, who may change a protection, hiding the last visible
 * sheet, and the script's clock.
 */
import { bundleFrom, setup } from "./helpers";

const ON_EDIT_COUNTER = `
function onEdit(e) {
  var cell = e.source.getSheetByName("Log").getRange("A1");
  cell.setValue(Number(cell.getValue() || 0) + 1);
  e.source.getSheetByName("Log").getRange("B1").setValue("[" + e.user.getEmail() + "]");
}
function now() { return Date.now(); }
function newDate() { return new Date(); }
function dateOf(ms) { return new Date(ms); }
`;

function withBundle(options: Parameters<typeof setup>[0] = {}) {
  const s = setup({ user: "owner@example.com", ...options });
  s.emu.spreadsheet.insertSheet("Log");
  const bundle = bundleFrom(s.emu, ON_EDIT_COUNTER);
  const runs = () => s.emu.spreadsheet.getSheetByName("Log")?.getRange("A1").getValue();
  const user = () => s.emu.spreadsheet.getSheetByName("Log")?.getRange("B1").getValue();
  return { ...s, bundle, runs, user };
}

describe("onEdit only queues up to 2 trigger events (https://developers.google.com/apps-script/guides/triggers)", () => {
  test("a burst of five edits lands every value but runs onEdit for two of them", () => {
    const { emu, bundle, runs } = withBundle();
    const result = emu.burst(() => {
      for (const a1 of ["A1", "A2", "A3", "A4", "A5"]) emu.editAsUser(bundle, "Sheet1", a1, "x");
    });
    expect(result).toEqual({ ran: 2, dropped: 3 });
    expect(runs()).toBe(2);
    expect(emu.spreadsheet.getSheetByName("Sheet1")?.getRange("A1:A5").getValues()).toEqual(
      Array.from({ length: 5 }, () => ["x"]),
    );
  });

  test("outside a burst every edit runs onEdit", () => {
    const { emu, bundle, runs } = withBundle();
    for (const a1 of ["A1", "A2", "A3"]) emu.editAsUser(bundle, "Sheet1", a1, "x");
    expect(runs()).toBe(3);
  });
});

describe("e.user of a simple trigger (https://developers.google.com/apps-script/reference/base/user)", () => {
  test("is blank by default: the address is not available in a simple onEdit(e) trigger", () => {
    const { emu, bundle, user } = withBundle();
    expect(emu.editAsUser(bundle, "Sheet1", "A1", "x").user.getEmail()).toBe("");
    expect(user()).toBe("[]");
  });

  test("carries the address when a test asks for it (same-domain editor)", () => {
    const { emu, bundle, user } = withBundle({ eventUserEmail: true });
    emu.editAsUser(bundle, "Sheet1", "A1", "x");
    expect(user()).toBe("[owner@example.com]");
    const hidden = withBundle();
    hidden.emu.editAsUser(hidden.bundle, "Sheet1", "A1", "x", { user: "b@x.com", revealUser: true });
    expect(hidden.user()).toBe("[b@x.com]");
  });
});

describe("Protection editors (https://developers.google.com/apps-script/reference/spreadsheet/protection)", () => {
  function protectedBy(creator: string) {
    const s = setup({ user: "owner@example.com" });
    const protection = s.emu.asUser(creator, () =>
      s.sheet.getRange("A1:B2").protect().setDescription("mine").setWarningOnly(true),
    );
    return { ...s, protection };
  }

  test("the creator and the owner can edit it; getEditors lists them", () => {
    const { emu, protection } = protectedBy("a@x.com");
    expect(emu.asUser("a@x.com", () => protection.canEdit())).toBe(true);
    expect(protection.canEdit()).toBe(true); // the owner "is always able to edit protected ranges"
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(["owner@example.com", "a@x.com"]);
  });

  test("a collaborator who is not an editor gets canEdit() false, and remove() is refused", () => {
    const { emu, sheet, app, protection } = protectedBy("a@x.com");
    expect(emu.asUser("b@x.com", () => protection.canEdit())).toBe(false);
    expect(() => emu.asUser("b@x.com", () => protection.remove())).toThrow(/permission/);
    expect(() => emu.asUser("b@x.com", () => protection.getEditors())).toThrow(/permission/);
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
  });

  test("addEditor gives a collaborator the right to remove it; removeEditors takes it away", () => {
    const { emu, sheet, app, protection } = protectedBy("a@x.com");
    emu.asUser("a@x.com", () => protection.addEditor("b@x.com"));
    expect(emu.asUser("b@x.com", () => protection.canEdit())).toBe(true);
    emu.asUser("a@x.com", () => protection.removeEditors(["b@x.com"]));
    expect(emu.asUser("b@x.com", () => protection.canEdit())).toBe(false);
    emu.asUser("a@x.com", () => protection.remove());
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });
});

describe("Sheet.hideSheet", () => {
  test("hiding the only visible sheet throws, as Sheets keeps one sheet visible", () => {
    const { emu, sheet } = setup();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const other = emu.spreadsheet.insertSheet("Other");
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    expect(() => other.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });
});

describe("the script's clock", () => {
  test("Date.now() in the bundle follows clock.offsetMs and advances msPerCall per service call", () => {
    const { emu, bundle } = withBundle();
    const before = bundle.now() as number;
    emu.clock.offsetMs = 5 * 60_000;
    expect((bundle.now() as number) - before).toBeGreaterThanOrEqual(5 * 60_000);
    emu.clock.msPerCall = 1_000;
    const start = bundle.now() as number;
    emu.spreadsheet.getSheetByName("Log"); // not counted: no time
    emu.editAsUser(bundle, "Sheet1", "A1", "x"); // onEdit makes counted calls
    expect((bundle.now() as number) - start).toBeGreaterThanOrEqual(4_000);
  });

  test("new Date() reads the same clock, and gives an ordinary Date; a Date made with a time is that time", () => {
    const { emu, bundle } = withBundle();
    emu.clock.offsetMs = 60 * 60_000;
    const made = bundle.newDate() as Date;
    expect(Object.prototype.toString.call(made)).toBe("[object Date]");
    expect(made.getTime() - Date.now()).toBeGreaterThanOrEqual(60 * 60_000 - 1_000);
    expect((bundle.dateOf(0) as Date).getTime()).toBe(0);
  });

  test("clock.frozenAt stops the time, so that two runs of one operation read the same instant", () => {
    const { emu, bundle } = withBundle();
    emu.clock.frozenAt = Date.UTC(2026, 11, 8, 9, 30);
    emu.clock.offsetMs = 1_000;
    expect(bundle.now()).toBe(Date.UTC(2026, 11, 8, 9, 30, 1));
    expect((bundle.newDate() as Date).getTime()).toBe(Date.UTC(2026, 11, 8, 9, 30, 1));
  });
});

describe("simple triggers cannot run for longer than 30 seconds (https://developers.google.com/apps-script/guides/triggers)", () => {
  test("an onEdit past 30 s on the script's clock is recorded as past the limit", () => {
    const { emu, bundle } = withBundle();
    emu.clock.msPerCall = 5_000; // onEdit makes eight counted calls: 40 s
    emu.editAsUser(bundle, "Sheet1", "A1", "x");
    expect(emu.triggerRuns.at(-1)).toMatchObject({ name: "onEdit", exceededLimit: true });
  });

  test("with enforceLimit, Apps Script stops it there: the call past 30 s throws", () => {
    const { emu, bundle, user } = withBundle();
    emu.clock.msPerCall = 11_000;
    emu.clock.enforceLimit = true;
    expect(() => emu.editAsUser(bundle, "Sheet1", "A1", "x")).toThrow("Exceeded maximum execution time");
    expect(user()).toBe(""); // its last write never ran
    expect(emu.triggerRuns.at(-1)?.error).toBe("Exceeded maximum execution time");
  });
});
