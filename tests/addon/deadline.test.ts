/**
 * The 6-minute limit (Apps Script quotas: an execution stops after 6 minutes, without running catch): a
 * deadline of 4.5 minutes, a retry only when the time left allows it, a half-built matrix marked
 * (`raci.building`) and removed by the next run, and a size that cannot finish refused up front. The
 * emulator's clock (emulator.clock) plays the slow execution.
 */
import { loadAddon, type Addon, type MatrixSpec } from "../helpers/addon";

const SPEC: MatrixSpec = {
  template: "blank",
  title: "Q3",
  roles: ["CEO", "COO", "Chief of Staff"],
  initiatives: Array.from({ length: 10 }, (_, i) => ({ name: `Initiative ${i + 1}` })),
};

const building = (addon: Addon) =>
  addon.emulator.spreadsheet
    .createDeveloperMetadataFinder()
    .withKey("raci.building")
    .find()
    .map((m) => (m.getLocation().getSheet() as { getName(): string } | null)?.getName());

/** The 1-based number of generate's call that sets the highlighting rules: late in the plan's writes. */
function lateWriteOfGenerate(): number {
  const addon = loadAddon({ user: "owner@example.com" });
  addon.emulator.calls.reset();
  addon.emulator.calls.record = true;
  addon.generate(SPEC);
  return addon.emulator.calls.sequence.indexOf("Sheet.setConditionalFormatRules") + 1;
}

describe("a late failure is not retried when the time left does not allow a second pass", () => {
  const failAt = lateWriteOfGenerate();

  it("with time left, the retry completes the matrix", () => {
    const addon = loadAddon({ user: "owner@example.com" });
    addon.emulator.failOnCall(failAt);
    expect(addon.generate(SPEC).sheetName).toBe("Q3");
    expect(building(addon)).toEqual([]);
  });

  it("4.5 minutes in, it gives up at once, removes the new sheet and says so", () => {
    const addon = loadAddon({ user: "owner@example.com" });
    // Each call takes long enough that the failing one comes past the 4.5-minute deadline.
    addon.emulator.clock.msPerCall = Math.ceil(275_000 / failAt);
    addon.emulator.failOnCall(failAt);
    addon.emulator.calls.reset();
    expect(() => addon.generate(SPEC)).toThrow(/could not be created, and nothing was changed/);
    expect(addon.emulator.calls.byMethod["Sheet.setConditionalFormatRules"] ?? 0).toBeLessThanOrEqual(1);
    expect(addon.emulator.sheetNames()).not.toContain("Q3");
  });
});

describe("a matrix left half-built by an execution Apps Script stopped", () => {
  function killed() {
    const addon = loadAddon({ user: "owner@example.com" });
    const { clock } = addon.emulator;
    clock.enforceLimit = true;
    clock.msPerCall = 6_000; // the 6-minute limit falls within the writes
    expect(() => addon.generate(SPEC)).toThrow("Exceeded maximum execution time");
    clock.enforceLimit = false;
    clock.msPerCall = 0;
    return addon;
  }

  it("keeps its raci.building mark, since no clean-up could run", () => {
    const addon = killed();
    expect(building(addon)).toEqual(["Q3"]);
  });

  it("is removed when the sidebar next opens, once older than the limit", () => {
    const addon = killed();
    addon.emulator.clock.offsetMs += 7 * 60_000;
    addon.app.getSidebarState();
    expect(addon.emulator.sheetNames()).not.toContain("Q3");
    expect(building(addon)).toEqual([]);
  });

  it("is removed by the next generate, which then takes its name", () => {
    const addon = killed();
    addon.emulator.clock.offsetMs += 7 * 60_000;
    expect(addon.generate(SPEC).sheetName).toBe("Q3");
    expect(building(addon)).toEqual([]);
  });

  it("is left alone while younger than the limit: another execution may still be building it", () => {
    const addon = loadAddon({ user: "owner@example.com" });
    const sheet = addon.emulator.spreadsheet.insertSheet("In the making");
    sheet.addDeveloperMetadata("raci.building", String(Date.now()));
    addon.app.getSidebarState();
    expect(addon.emulator.sheetNames()).toContain("In the making");
  });
});

describe("a size that cannot finish in time", () => {
  it("is refused before anything is written, with the estimate in the message", () => {
    const addon = loadAddon({ user: "owner@example.com" });
    const before = addon.emulator.sheetNames();
    const roles = Array.from({ length: 80 }, (_, i) => `Role ${i + 1}`);
    const initiatives = Array.from({ length: 20_000 }, (_, i) => ({ name: `Initiative ${i + 1}` }));
    expect(() => addon.generate({ template: "blank", title: "Huge", roles, initiatives })).toThrow(
      /Creating this matrix would take about 5\.\d minutes of Apps Script time \([\d,]+ cells to write\).*Nothing was changed/,
    );
    expect(addon.emulator.sheetNames()).toEqual(before);
  });
});
