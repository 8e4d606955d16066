/**
 * Service calls per operation do not grow with the matrix: every write is batched
 * (Apps Script best practices, https://developers.google.com/apps-script/guides/support/best-practices).
 */
import { loadAddon, type MatrixSpec } from "../helpers/addon";

function spec(initiatives: number, roles: number): MatrixSpec {
  const names = Array.from({ length: roles }, (_, i) => `Role ${i + 1}`);
  return {
    template: "blank",
    title: `M ${initiatives}x${roles}`,
    roles: names,
    ownerPair: [names[0], names[1]],
    initiatives: Array.from({ length: initiatives }, (_, i) => ({
      name: `Initiative ${i + 1}`,
      area: `Area ${Math.floor(i / 10)}`,
      assignments: { [names[i % roles]]: "A", [names[(i + 1) % roles]]: "R" },
    })),
  };
}

function callsOf(run: () => unknown, addon: ReturnType<typeof loadAddon>): number {
  addon.emulator.calls.reset();
  run();
  return addon.emulator.calls.total;
}

describe("service calls", () => {
  it("generating 10 × 4 and 2,000 × 40 matrices costs the same number of calls", () => {
    const small = loadAddon();
    const large = loadAddon();
    const smallCalls = callsOf(() => small.generate(spec(10, 4)), small);
    const largeCalls = callsOf(() => large.generate(spec(2000, 40)), large);
    // The new sheet is fitted to the matrix: rows and columns deleted for the small one, inserted for the large.
    expect(largeCalls).toBe(smallCalls);
    // Formats are set range-wide, a call each, never cell by cell; a few more mark the sheet as the add-on's,
    // keep users' highlighting rules, prune the settings of deleted sheets, draw the workload chart, and mark
    // the sheet under construction until it is complete (the 6-minute limit); the agreement columns add the
    // Decision dropdown, its three highlighting rules, their widths and wrap; the hidden check column its
    // protection and the hiding.
    expect(smallCalls).toBeLessThanOrEqual(120);
  });

  it("analyzeMatrix costs a handful of calls, the same at 100 × 40 and 1,900 × 40, and at 2,000 × 40 and 5,000 × 40", () => {
    const analysisCalls = (initiatives: number) => {
      const addon = loadAddon();
      const { sheetName } = addon.generate(spec(initiatives, 40));
      return callsOf(() => addon.analyze(sheetName), addon);
    };
    // getActiveSpreadsheet, getSheetByName, the sheet's metadata (whose kind sets the extent: an adopted table
    // has no spare rows), getLastRow, getDataRange, getValues, getSheetId, getDocumentProperties, getProperty
    const small = analysisCalls(100);
    expect(small).toBeLessThanOrEqual(11);
    expect(analysisCalls(1900)).toBe(small);
    // From 2,000 rows the matrix is read around its formula cells: the first rows' formulas, the runs of rows
    // without one until the header, the codes below it and the agreement columns.
    const large = analysisCalls(2000);
    expect(large).toBeLessThanOrEqual(small + 10);
    expect(analysisCalls(5000)).toBe(large);
  });

  it("refreshMatrix costs the same number of calls for 10 × 4 and 2,000 × 40", () => {
    const small = loadAddon();
    const large = loadAddon();
    const a = small.generate(spec(10, 4)).sheetName;
    const b = large.generate(spec(2000, 40)).sheetName;
    expect(callsOf(() => large.refresh(b), large)).toBe(callsOf(() => small.refresh(a), small));
  });
});

describe("onEdit, which every collaborator's every edit pays", () => {
  /**
   * Calls of a code typed in the middle of a matrix of `initiatives` rows, after a first edit made the log: an
   * alias ("ra", rewritten as "A/R") unless `typed` is a code as the add-on writes it.
   */
  function typedCode(initiatives: number, decision?: string, typed: [string, string] = ["ra", "A/R"]) {
    const addon = loadAddon({ strictFlush: true });
    const { sheetName } = addon.generate(spec(initiatives, 10));
    const middle = 9 + Math.floor(initiatives / 2);
    addon.edit(sheetName, "C9", "A"); // creates the change log
    if (decision) addon.edit(sheetName, `N${middle}`, decision); // C..L the ten roles, M Status, N Decision
    addon.emulator.calls.reset();
    addon.edit(sheetName, `D${middle}`, typed[0]);
    expect(addon.sheet(sheetName).getRange(`D${middle}`).getValue()).toBe(typed[1]);
    expect(addon.emulator.releasesWithPendingWrites).toEqual([]);
    return addon.emulator.calls.total;
  }

  it("logs a code picked from the dropdown in at most 15 calls, the same on 40 rows and on 2,000", () => {
    const deep = typedCode(2000, undefined, ["A/R", "A/R"]);
    expect(deep).toBeLessThanOrEqual(15);
    expect(typedCode(40, undefined, ["A/R", "A/R"])).toBeLessThanOrEqual(deep);
  });

  it("rewrites a typed alias in at most 15 calls: the matrix's kind (an ra is no DACI code) comes with its mark", () => {
    const deep = typedCode(2000);
    expect(deep).toBeLessThanOrEqual(15);
    expect(typedCode(40)).toBeLessThanOrEqual(deep);
  });

  it("on an Agreed row, eight more: the agreement cells' formulas read, Decision and Agreed by written (Decided on kept), the day in the spreadsheet's zone, one more log line", () => {
    expect(typedCode(2000, "Agreed")).toBe(typedCode(2000) + 8);
  });
});
