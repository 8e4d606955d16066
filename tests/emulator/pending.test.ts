/**
 * Script writes are pending until SpreadsheetApp.flush(), a read that needs them, or the end of the
 * execution (Spreadsheet service reference: "spreadsheet operations are bundled together to improve
 * performance ... call SpreadsheetApp.flush()"); Lock.releaseLock's reference: "You should call
 * SpreadsheetApp.flush() prior to releasing the lock, to commit all pending changes to the spreadsheet while
 * you still have exclusive access to it" (https://developers.google.com/apps-script/reference/lock/lock).
 */
import { bundleFrom, setup } from "./helpers";

/** `steps` says what each run does between taking the document lock and releasing it. */
const SCRIPT = `
function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Sheet1"); }
function locked(steps) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(1000);
  steps();
  lock.releaseLock();
}
function writeThenRelease() { locked(function () { sheet().getRange("A1:B1").setValues([["x", "y"]]); }); }
function writeFlushRelease() {
  locked(function () { sheet().getRange("A1:B1").setValues([["x", "y"]]); SpreadsheetApp.flush(); });
}
function writeReadRelease() {
  locked(function () { var r = sheet().getRange("A1"); r.setValue("x"); r.getValue(); });
}
function writeLookAtRangeRelease() {
  locked(function () { var r = sheet().getRange("A1"); r.setValue("x"); r.getA1Notation(); r.getRow(); });
}
function releaseThenWrite() { locked(function () {}); sheet().getRange("A1").setValue("after"); }
function releaseWithoutWrites() { locked(function () {}); }
/** Leaves the lock to the end of the script, after a flush: the waiting execution runs when it ends. */
function appendFlushAndEnd(text) {
  LockService.getDocumentLock().waitLock(1000);
  sheet().getRange(sheet().getLastRow() + 1, 1).setValue(text);
  SpreadsheetApp.flush();
}
/** Appends one entry below the last row, under the lock: the change log's pattern. */
function append(text, flush) {
  locked(function () {
    sheet().getRange(sheet().getLastRow() + 1, 1).setValue(text);
    if (flush) SpreadsheetApp.flush();
  });
}
function twoLocks() {
  var script = LockService.getScriptLock();
  script.waitLock(1000);
  locked(function () {});
  return script.hasLock();
}
function onEdit(e) { if (e.range.getA1Notation() === "Z1") writeThenRelease(); else releaseWithoutWrites(); }
function caught() {
  try { writeThenRelease(); } catch (err) { return [err instanceof Error, err.name, err.message]; }
}
`;

function withScript(options: Parameters<typeof setup>[0] = {}) {
  const s = setup(options);
  const script = bundleFrom(s.emu, SCRIPT);
  const run = (name: string, ...args: unknown[]): unknown => {
    const fn = script[name];
    if (!fn) throw new Error(`no function ${name}`);
    return fn(...args);
  };
  const column = () => s.sheet.getRange("A1:A3").getValues().flat();
  return { ...s, script, run, column };
}

describe("a lock released with script writes still pending is recorded", () => {
  test("which lock, which execution's trigger, and which writes", () => {
    const { emu, run } = withScript();
    run("writeThenRelease");
    expect(emu.releasesWithPendingWrites).toEqual([
      { lock: "document", trigger: null, writes: [{ call: "Range.setValues", range: "Sheet1!A1:B1" }] },
    ]);
  });

  test("an onEdit's release names the trigger", () => {
    const { emu, script } = withScript();
    emu.editAsUser(script, "Sheet1", "Z1", "x");
    expect(emu.releasesWithPendingWrites.map((r) => r.trigger)).toEqual(["onEdit"]);
  });

  test("nothing throws without strictFlush: the script goes on and its writes land", () => {
    const { emu, run, sheet } = withScript();
    expect(() => run("writeThenRelease")).not.toThrow();
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["x", "y"]]);
    expect(emu.releasesWithPendingWrites).toHaveLength(1);
  });
});

describe("what commits pending writes", () => {
  test("SpreadsheetApp.flush() before the release", () => {
    const { emu, run } = withScript();
    run("writeFlushRelease");
    expect(emu.releasesWithPendingWrites).toEqual([]);
  });

  test("a read (Sheets flushes the writes a read needs)", () => {
    const { emu, run } = withScript();
    run("writeReadRelease");
    expect(emu.releasesWithPendingWrites).toEqual([]);
  });

  test("not a range's own coordinates (getA1Notation, getRow): they read nothing of the document", () => {
    const { emu, run } = withScript();
    run("writeLookAtRangeRelease");
    expect(emu.releasesWithPendingWrites).toHaveLength(1);
  });

  test("the end of the execution: the next execution's release has nothing pending", () => {
    const { emu, run, sheet } = withScript();
    run("releaseThenWrite");
    run("releaseWithoutWrites");
    expect(emu.releasesWithPendingWrites).toEqual([]);
    expect(sheet.getRange("A1").getValue()).toBe("after");
  });

  test("what a user types is committed at once: it is not a script write", () => {
    const { emu, script } = withScript();
    emu.editAsUser(script, "Sheet1", "A1", "typed");
    expect(emu.releasesWithPendingWrites).toEqual([]);
  });
});

describe("strictFlush: a release with writes pending throws, quoting the reference", () => {
  test("as an Error of the script's realm, naming the writes", () => {
    const { emu, run, sheet } = withScript({ strictFlush: true });
    expect(run("caught")).toEqual([
      true,
      "Exception",
      expect.stringContaining(
        'Lock.releaseLock() with 1 pending write (Range.setValues Sheet1!A1:B1): "You should call ' +
          "SpreadsheetApp.flush() prior to releasing the lock",
      ),
    ]);
    expect(emu.releasesWithPendingWrites).toHaveLength(1);
    expect(emu.documentLock.holder).toBeNull(); // released when the execution ended
    expect(sheet.getRange("A1").getValue()).toBe("x");
  });

  test("a flushed release passes", () => {
    const { run } = withScript({ strictFlush: true });
    expect(() => run("writeFlushRelease")).not.toThrow();
  });
});

describe("an execution waiting for the lock runs at the release and sees only committed content", () => {
  test("without a flush, two appends land on one row and the first writer's pending write wins", () => {
    const { emu, run, column } = withScript();
    emu.onNextRelease(() => run("append", "B", false));
    run("append", "A", false);
    expect(column()).toEqual(["A", "", ""]);
  });

  test("with a flush before the release, the waiting execution appends below", () => {
    const { emu, run, column } = withScript();
    emu.onNextRelease(() => run("append", "B", true));
    run("append", "A", true);
    expect(column()).toEqual(["A", "B", ""]);
    expect(emu.releasesWithPendingWrites).toEqual([]);
  });

  test("its own release is recorded with its own writes, then the lock is free again", () => {
    const { emu, run } = withScript();
    emu.onNextRelease(() => run("append", "B", false));
    run("append", "A", false);
    expect(emu.releasesWithPendingWrites.map((r) => r.writes.map((w) => w.range))).toEqual([
      ["Sheet1!A1"],
      ["Sheet1!A1"],
    ]);
    expect(emu.documentLock.holder).toBeNull();
  });

  test("another user's onEdit waiting for the lock runs then, as its own trigger execution", () => {
    const { emu, run, script } = withScript();
    emu.onNextRelease(() => emu.editAsUser(script, "Sheet1", "C1", "typed", { user: "b@x.com" }));
    run("writeThenRelease");
    expect(emu.triggerRuns.map((r) => r.name)).toEqual(["onEdit"]);
    expect(emu.spreadsheet.getSheetByName("Sheet1")?.getRange("A1:C1").getValues()).toEqual([
      ["x", "y", "typed"],
    ]);
  });

  test("its end releases only its own locks: the first execution keeps the script lock it holds", () => {
    const { emu, run } = withScript();
    emu.onNextRelease(() => run("releaseWithoutWrites"));
    expect(run("twoLocks")).toBe(true);
  });
});

describe('a lock left to the end of the script ("automatically released when the script terminates")', () => {
  test("the execution waiting for it runs when the script ends, after its writes were committed", () => {
    const { emu, run, column } = withScript();
    emu.onNextRelease(() => run("append", "B", true));
    run("appendFlushAndEnd", "A");
    expect(column()).toEqual(["A", "B", ""]);
    expect(emu.releasesWithPendingWrites).toEqual([]);
    expect(emu.documentLock.holder).toBeNull();
  });
});
