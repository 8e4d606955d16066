/**
 * Every matrix of a spreadsheet together (issue 25): getPortfolio on the built add-on, which reads only, and
 * the overview sheet, whose live formulas follow every edit with no script running.
 */
import { loadAddon, type Addon } from "../helpers/addon";
import { addLookAlike, workbook } from "./user-content";

const OVERVIEW = "RACI overview";
const TEMPLATE = "RACI – COO vs Chief of Staff";
/** The overview's table starts at row 3: its header, then one row per role. */
const TABLE_ROW = 3;

const portfolioOf = (addon: Addon) => addon.app.getPortfolio();
const makeOverview = (addon: Addon) => addon.app.makeOverview();
const refreshOverview = (addon: Addon) => addon.app.refreshOverview();

/** The overview's table as Sheets shows it: the header row, then [role, per matrix…, total]. */
function table(addon: Addon): unknown[][] {
  const values = addon.sheet(OVERVIEW).getDataRange().getValues();
  return values.slice(TABLE_ROW - 1).filter((row) => row.some((v) => v !== ""));
}

/** The overview's number for a role in one matrix's column (by the header's text). */
function count(addon: Addon, role: string, sheetName: string): unknown {
  const [header, ...rows] = table(addon);
  return rows.find((row) => row[0] === role)?.[header.indexOf(sheetName)];
}

/**
 * The spreadsheet: the template and two matrices made from specs; "Pricing review" is in both specs,
 * with the COO accountable in one and the Chief of Staff (as "CoS") in the other.
 */
function threeMatrices(): Addon {
  const addon = loadAddon();
  addon.generate({ template: "coo-cos" });
  addon.generate({
    title: "Q3 plan",
    roles: ["CEO", "COO", "Chief of Staff"],
    initiatives: [
      { name: "Pricing review", area: "Growth", assignments: { COO: "A", "Chief of Staff": "R" } },
      { name: "Board pack", assignments: { CEO: "A", "Chief of Staff": "R", COO: "C" } },
    ],
  });
  addon.generate({
    title: "Ops programme",
    roles: ["coo", "CoS", "Department heads"],
    initiatives: [
      { name: "pricing  review.", assignments: { CoS: "A/R", coo: "C" } },
      { name: "Vendor consolidation", assignments: { coo: "A", "Department heads": "R" } },
    ],
  });
  return addon;
}

describe("getPortfolio", () => {
  it("sums each role's load over the three matrices, roles merged by name and alias (CoS is the Chief of Staff)", () => {
    const addon = threeMatrices();
    const portfolio = portfolioOf(addon);
    expect(portfolio.matrices.map((m) => [m.sheetName, m.kind, m.initiatives])).toEqual([
      [TEMPLATE, "RACI", 9],
      ["Q3 plan", "RACI", 2],
      ["Ops programme", "RACI", 2],
    ]);
    // Each role's sum is the sum of what analyzeMatrix reports in each matrix, under any of its names.
    const same: Record<string, string> = { coo: "COO", CoS: "Chief of Staff" };
    const expected = new Map<string, { R: number; A: number; C: number; I: number }>();
    for (const { sheetName } of portfolio.matrices) {
      for (const load of addon.analyze(sheetName).roles) {
        const role = same[load.role] ?? load.role;
        const sum = expected.get(role) ?? { R: 0, A: 0, C: 0, I: 0 };
        expected.set(role, { R: sum.R + load.R, A: sum.A + load.A, C: sum.C + load.C, I: sum.I + load.I });
      }
    }
    expect(new Map(portfolio.roles.map(({ role, R, A, C, I }) => [role, { R, A, C, I }]))).toEqual(expected);
    const cos = portfolio.roles.find((r) => r.role === "Chief of Staff");
    expect(cos?.matrices).toEqual([TEMPLATE, "Q3 plan", "Ops programme"]);
    // Its rows with R or A: in the template (column E, rows 9 to 17), R twice in Q3 plan, A/R once in Ops.
    const template = addon.sheet(TEMPLATE).getRange("E9:E17").getValues().flat();
    const owned = template.filter((code) => ["R", "A", "A/R"].includes(String(code))).length;
    expect(cos?.share).toBeCloseTo((owned + 2 + 1) / 13, 10);
  });

  it("reports the initiative two matrices give to different owners, once, naming both sheets and both A cells", () => {
    const addon = threeMatrices();
    const conflicts = portfolioOf(addon).findings.filter((f) => f.rule === "CONFLICTING_OWNERS");
    expect(conflicts).toEqual([
      {
        rule: "CONFLICTING_OWNERS",
        severity: "error",
        message:
          '"Pricing review" has two owners: COO is accountable in "Q3 plan", CoS in "Ops programme" (D9). ' +
          "Agree on one owner and give that role the A in both matrices.",
        initiative: "Pricing review",
        role: "COO",
        cell: "D9",
        sheetName: "Q3 plan",
        other: { sheetName: "Ops programme", cell: "D9", role: "CoS" },
      },
    ]);
    // The cells named hold the two As.
    expect(addon.sheet("Q3 plan").getRange("D9").getValue()).toBe("A");
    expect(addon.sheet("Ops programme").getRange("D9").getValue()).toBe("A/R");
  });

  it("sums each person's load from the people rows", () => {
    const addon = loadAddon();
    for (const title of ["Q1", "Q2"]) {
      addon.generate({
        title,
        people: true,
        roles: ["COO", "CFO"],
        initiatives: [{ name: `${title} budget`, assignments: { COO: "R", CFO: "A" } }],
      });
    }
    addon.app.setPeople("Q1", { COO: "Dana Lee" });
    addon.app.setPeople("Q2", { COO: "dana lee", CFO: "Dana Lee" });
    expect(portfolioOf(addon).people).toEqual([
      { person: "Dana Lee", roles: ["CFO", "COO"], R: 2, A: 1, C: 0, I: 0 },
    ]);
  });

  it("counts adopted matrices, and leaves out a table the add-on did not make, the change log and the overview", () => {
    const addon = threeMatrices();
    addLookAlike(addon);
    const sheet = addon.emulator.spreadsheet.insertSheet("Our RACI");
    sheet.getRange("A1:C3").setValues([
      ["Task", "COO", "CFO"],
      ["Audit", "a", "r"],
      ["Payroll", "", "A"],
    ]);
    addon.app.adoptMatrix("Our RACI");
    makeOverview(addon);
    expect(portfolioOf(addon).matrices.map((m) => m.sheetName)).toEqual([
      TEMPLATE,
      "Q3 plan",
      "Ops programme",
      "Our RACI",
    ]);
  });

  it("never writes", () => {
    const addon = threeMatrices();
    const before = workbook(addon);
    portfolioOf(addon);
    expect(workbook(addon)).toBe(before);
  });

  it("costs the same number of calls for each further matrix, whatever its size", () => {
    const callsFor = (sizes: number[]) => {
      const addon = loadAddon();
      sizes.forEach((size, m) =>
        addon.generate({
          title: `M${m}`,
          roles: ["COO", "CFO", "CEO"],
          initiatives: Array.from({ length: size }, (_, i) => ({
            name: `Initiative ${i}`,
            assignments: { COO: "A", CFO: "R" },
          })),
        }),
      );
      addon.emulator.calls.reset();
      portfolioOf(addon);
      return addon.emulator.calls.total;
    };
    const one = callsFor([5]);
    const perMatrix = callsFor([5, 5]) - one;
    expect(callsFor([5, 5, 5]) - one).toBe(2 * perMatrix);
    expect(callsFor([5, 500, 1500]) - one).toBe(2 * perMatrix);
    expect(perMatrix).toBeLessThanOrEqual(12);
  });
});

describe("the overview sheet", () => {
  it("is made first among the sheets, marked as the add-on's, with one row per role and one column per matrix", () => {
    const addon = threeMatrices();
    expect(makeOverview(addon)).toEqual({ sheetName: OVERVIEW, roles: 4, matrices: 3, written: true });
    expect(addon.emulator.sheetNames()[0]).toBe(OVERVIEW);
    const metadata = addon.sheet(OVERVIEW).getDeveloperMetadata();
    expect(metadata.map((m) => m.getKey())).toEqual(["raci.overview"]);
    const [header, ...rows] = table(addon);
    expect(header).toEqual(["Role", TEMPLATE, "Q3 plan", "Ops programme", "All matrices"]);
    const portfolio = portfolioOf(addon);
    // Each number is the role's R or A count in that matrix; the total is the portfolio's.
    for (const role of portfolio.roles) {
      const row = rows.find((r) => r[0] === role.role);
      expect(row?.[4]).toBe(Math.round(role.share * 13));
    }
    expect(count(addon, "Chief of Staff", "Ops programme")).toBe(1);
    expect(count(addon, "CEO", "Ops programme")).toBe("");
  });

  it("changes its number when a code is typed in any matrix, with no script run", () => {
    const addon = threeMatrices();
    makeOverview(addon);
    const noScript = {}; // a bundle without onEdit: Sheets alone recalculates
    const runs = addon.emulator.triggerRuns.length;
    expect(count(addon, "Department heads", "Q3 plan")).toBe("");
    expect(count(addon, "CEO", "Q3 plan")).toBe(1);
    addon.emulator.editAsUser(noScript, "Q3 plan", "C9", "r"); // CEO responsible for "Pricing review"
    expect(count(addon, "CEO", "Q3 plan")).toBe(2);
    addon.emulator.editAsUser(noScript, "Ops programme", "E10", ""); // Department heads no longer R
    expect(count(addon, "Department heads", "Ops programme")).toBe(0);
    addon.emulator.editAsUser(noScript, TEMPLATE, "C9", "Accountable");
    expect(count(addon, "CEO", TEMPLATE)).toBe(3);
    expect(addon.emulator.triggerRuns.length).toBe(runs);
  });

  it("shows a sheet named like a formula, and one with a quote, as their names, and counts their codes", () => {
    const addon = loadAddon();
    for (const title of ['=HYPERLINK("x")', "Dana's plan"]) {
      addon.generate({ title, roles: ["COO"], initiatives: [{ name: "Budget", assignments: { COO: "A" } }] });
    }
    makeOverview(addon);
    expect(table(addon)).toEqual([
      ["Role", '=HYPERLINK("x")', "Dana's plan", "All matrices"],
      ["COO", 1, 1, 2],
    ]);
    addon.emulator.editAsUser({}, "Dana's plan", "C10", "A/R");
    expect(count(addon, "COO", "Dana's plan")).toBe(2);
  });

  it("has a stacked column chart of the table, one series per matrix, kept as one chart on refresh", () => {
    const addon = threeMatrices();
    makeOverview(addon);
    addon.generate({
      title: "Q4",
      roles: ["COO"],
      initiatives: [{ name: "Budget", assignments: { COO: "A" } }],
    });
    const charts = addon.emulator.charts(OVERVIEW);
    expect(charts).toHaveLength(1);
    expect(charts[0].options).toMatchObject({
      title: "R or A per role and matrix (RACI Matrix for Sheets)",
      isStacked: true,
    });
    expect(charts[0].table[0]).toEqual(["Role", TEMPLATE, "Q3 plan", "Ops programme", "Q4"]);
    expect(charts[0].table).toHaveLength(5);
  });

  it("gains a matrix made or adopted after it, at once", () => {
    const addon = threeMatrices();
    makeOverview(addon);
    addon.generate({
      title: "Q4",
      roles: ["CFO"],
      initiatives: [{ name: "Audit", assignments: { CFO: "A" } }],
    });
    expect(table(addon)[0]).toEqual(["Role", TEMPLATE, "Q3 plan", "Ops programme", "Q4", "All matrices"]);
    expect(count(addon, "CFO", "Q4")).toBe(1);
  });

  it("follows a renamed or deleted matrix on its next refresh, and writes nothing when nothing changed", () => {
    const addon = threeMatrices();
    makeOverview(addon);
    expect(refreshOverview(addon)).toMatchObject({ written: false });
    addon.emulator.spreadsheet.getSheetByName("Q3 plan")?.setName("Q3 plan (final)");
    expect(refreshOverview(addon)).toMatchObject({ written: true, matrices: 3 });
    expect(table(addon)[0]).toEqual(["Role", TEMPLATE, "Q3 plan (final)", "Ops programme", "All matrices"]);
    const ops = addon.emulator.spreadsheet.getSheetByName("Ops programme");
    if (ops) addon.emulator.spreadsheet.deleteSheet(ops);
    expect(refreshOverview(addon)).toMatchObject({ written: true, matrices: 2, roles: 4 });
    expect(table(addon)).toEqual([
      ["Role", TEMPLATE, "Q3 plan (final)", "All matrices"],
      ["CEO", 2, 1, 3],
      ["COO", 5, 1, 6],
      ["Chief of Staff", 4, 2, 6],
      ["Department heads", 4, "", 4],
    ]);
  });

  it("keeps what people write around it: a larger table inserts rows and columns, a smaller one clears only its cells", () => {
    const addon = threeMatrices();
    makeOverview(addon);
    const overview = addon.sheet(OVERVIEW);
    overview.getRange("A12").setValue("u1 my note below");
    overview.getRange("H4").setValue("u2 beside");
    addon.generate({
      title: "Q4",
      roles: ["CFO", "General counsel"],
      initiatives: [{ name: "Audit", assignments: { CFO: "A", "General counsel": "R" } }],
    });
    // Two more roles and a column: the note moved two rows down, the cell beside one column right.
    expect(overview.getRange("A14").getValue()).toBe("u1 my note below");
    expect(overview.getRange("I4").getValue()).toBe("u2 beside");
    const q4 = addon.emulator.spreadsheet.getSheetByName("Q4");
    if (q4) addon.emulator.spreadsheet.deleteSheet(q4);
    refreshOverview(addon);
    expect(overview.getRange("A14").getValue()).toBe("u1 my note below");
    expect(overview.getRange("I4").getValue()).toBe("u2 beside");
    expect(table(addon).length).toBe(6); // the header, 4 roles, and the row of the note
  });

  it("takes out the rows and columns a failed refresh inserted, so people's cells do not drift a little further with each failure", () => {
    const start = threeMatrices();
    makeOverview(start);
    start.sheet(OVERVIEW).getRange("A12").setValue("u1 my note below");
    start.sheet(OVERVIEW).getRange("H4").setValue("u2 beside");
    const state = start.emulator.toJSON();
    const q4 = {
      title: "Q4",
      roles: ["CFO", "General counsel"],
      initiatives: [{ name: "Audit", assignments: { CFO: "A", "General counsel": "R" } }],
    };
    start.emulator.calls.reset();
    start.emulator.calls.record = true;
    start.generate(q4); // made, then shown in the overview: the last of its calls
    const { sequence } = start.emulator.calls;
    const grows = sequence.lastIndexOf("Sheet.insertRowsAfter");
    expect(grows).toBeGreaterThan(0);
    // A service failing once the overview's rows are in: before its columns, while the table is written, at
    // its protection, its chart, and the record of its size. Q4 stays made (the overview catches up on its next
    // refresh); that refresh then puts people's cells where one refresh without a failure does.
    const failing = ["Sheet.insertColumnsAfter", "Range.setValues", "Range.protect", "Sheet.updateChart"]
      .map((call) => sequence.indexOf(call, grows) + 1)
      .concat(sequence.lastIndexOf("DeveloperMetadata.setValue") + 1);
    expect(failing.every((k) => k > grows)).toBe(true);
    for (const k of failing) {
      const addon = loadAddon({ state, console: { ...console, error: () => undefined } });
      addon.emulator.failOnCall(k);
      addon.generate(q4);
      addon.emulator.failOnCall(null);
      refreshOverview(addon);
      const overview = addon.sheet(OVERVIEW);
      expect([k, overview.getRange("A14").getValue(), overview.getRange("I4").getValue()]).toEqual([
        k,
        "u1 my note below",
        "u2 beside",
      ]);
      expect(table(addon).length).toBe(8); // the header, 6 roles, and the row of the note
    }
  });

  it("is a plain sheet after Remove add-on data: no longer refreshed", () => {
    const addon = threeMatrices();
    makeOverview(addon);
    addon.emulator.ui.answers = ["YES"];
    addon.app.menuRemoveAddonData();
    expect(addon.sheet(OVERVIEW).getDeveloperMetadata()).toEqual([]);
    expect(refreshOverview(addon)).toBeNull();
  });

  it("is rewritten by Overview of all matrices in the menu, and refreshOverview without one does nothing", () => {
    const addon = threeMatrices();
    expect(refreshOverview(addon)).toBeNull();
    addon.app.menuMakeOverview();
    expect(addon.emulator.toasts.at(-1)?.message).toBe(
      "4 roles across 3 matrices; the numbers follow every edit.",
    );
    addon.sheet(OVERVIEW).getRange("B4").setValue(99); // someone overwrote a count
    makeOverview(addon);
    expect(addon.sheet(OVERVIEW).getRange("B4").getValue()).not.toBe(99);
  });
});
