/**
 * How a user's edit reaches onEdit (Event objects reference, Google Sheets Edit event): `value` and
 * `oldValue` are "Only available if the edited range is a single cell", and a paste or a fill carries
 * neither even on one cell, as users of the trigger report ("When an user copied and pasted from other
 * cell, e.oldValue and e.value of onEdit(e) are not shown anything",
 * https://gist.github.com/tanaikech/73edaed1268a6d07118aed538aa5608d).
 */
import { bundleFrom, setup } from "./helpers";

const RECORDER = `
function onEdit(e) {
  globalThis.events = (globalThis.events || []).concat([Object.keys(e).sort().join(",")]);
}
function seen() { return globalThis.events || []; }
`;

function withRecorder() {
  const s = setup();
  const bundle = bundleFrom(s.emu, RECORDER);
  const seen = () => bundle.seen?.() as string[];
  return { ...s, bundle, seen };
}

const WITHOUT_VALUES = "authMode,range,source,user";

describe("a paste carries neither value nor oldValue, even on one cell", () => {
  test("pasteAsUser over a code: the cell changes, the event says nothing of it", () => {
    const { emu, bundle, sheet, seen } = withRecorder();
    sheet.getRange("D9").setValue("A");
    const e = emu.pasteAsUser(bundle, "Sheet1", "D9", "R");
    expect(sheet.getRange("D9").getValue()).toBe("R");
    expect(["value" in e, "oldValue" in e]).toEqual([false, false]);
    expect(e.range.getA1Notation()).toBe("D9");
    expect(seen()).toEqual([WITHOUT_VALUES]);
  });

  test("editAsUser's { as: 'paste' } and the older { omitValue: true } are the same paste", () => {
    const { emu, bundle, sheet, seen } = withRecorder();
    sheet.getRange("D9:D10").setValue("A");
    emu.editAsUser(bundle, "Sheet1", "D9", "R", { as: "paste" });
    emu.editAsUser(bundle, "Sheet1", "D10", "R", { omitValue: true });
    expect(seen()).toEqual([WITHOUT_VALUES, WITHOUT_VALUES]);
  });

  test("a pasted block carries neither", () => {
    const { emu, bundle, sheet, seen } = withRecorder();
    emu.pasteAsUser(bundle, "Sheet1", "D9:E9", [["R", "C"]]);
    expect(sheet.getRange("D9:E9").getValues()).toEqual([["R", "C"]]);
    expect(seen()).toEqual([WITHOUT_VALUES]);
  });
});

describe("a fill down (Ctrl+D, or dragging the fill handle) copies the first row and carries neither", () => {
  test("a code filled down three rows", () => {
    const { emu, bundle, sheet, seen } = withRecorder();
    sheet.getRange("D9:D11").setValues([["A"], ["R"], [""]]);
    const e = emu.fillAsUser(bundle, "Sheet1", "D9:D11");
    expect(sheet.getRange("D9:D11").getValues()).toEqual([["A"], ["A"], ["A"]]);
    expect(e.range.getA1Notation()).toBe("D9:D11");
    expect(seen()).toEqual([WITHOUT_VALUES]);
  });

  test("a formula filled down has its relative references moved, its absolute ones kept", () => {
    const { emu, bundle, sheet } = withRecorder();
    sheet.getRange("A1:A3").setValues([[1], [2], [3]]);
    sheet.getRange("B1").setFormula("=A1*$A$1*10");
    emu.fillAsUser(bundle, "Sheet1", "B1:B3");
    expect(sheet.getRange("B1:B3").getFormulas()).toEqual([
      ["=A1*$A$1*10"],
      ["=A2*$A$1*10"],
      ["=A3*$A$1*10"],
    ]);
    expect(sheet.getRange("B1:B3").getValues()).toEqual([[10], [20], [30]]);
  });

  test("a one-cell fill carries neither either", () => {
    const { emu, bundle, sheet } = withRecorder();
    sheet.getRange("D9").setValue("A");
    const e = emu.fillAsUser(bundle, "Sheet1", "D9");
    expect(["value" in e, "oldValue" in e]).toEqual([false, false]);
  });
});

describe("what the event carries as plain properties, at no call (logged events show them)", () => {
  // `"range":{"columnStart":1,"rowStart":1,"rowEnd":1,"columnEnd":1}` and `"user":{"nickname":…,"email":…}`:
  // https://tanaikech.github.io/2017/07/22/benchmark-event-objects-for-google-apps-script/
  test("the edited rectangle on e.range, and the editor's address on e.user when Apps Script reveals it", () => {
    const { emu, bundle } = withRecorder();
    emu.calls.reset();
    const e = emu.pasteAsUser(
      bundle,
      "Sheet1",
      "C4:E9",
      Array.from({ length: 6 }, () => ["a", "b", "c"]),
      {
        user: "dana@example.com",
        revealUser: true,
      },
    );
    expect([e.range.rowStart, e.range.rowEnd, e.range.columnStart, e.range.columnEnd]).toEqual([4, 9, 3, 5]);
    expect([e.user.email, e.user.nickname]).toEqual(["dana@example.com", "dana"]);
    expect(emu.calls.total).toBe(0);
  });

  test("a blank address where Apps Script keeps it back from a simple trigger", () => {
    const { emu, bundle } = withRecorder();
    expect(emu.editAsUser(bundle, "Sheet1", "A1", "x").user.email).toBe("");
  });
});
