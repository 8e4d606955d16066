/**
 * Each matrix's role charters (stored in the document properties, raci.charters.<sheetId>, within Apps Script's
 * 9 KB per value: https://developers.google.com/apps-script/guides/services/quotas) and the Who owns what report.
 */
import { formatOwnership } from "../../src/core/suggest/ownershipText";
import { loadAddon, type Addon } from "../helpers/addon";

function matrix(
  addon: Addon,
  roles = ["CEO", "COO", "Chief of Staff", "Department heads", "Facilities lead"],
) {
  return addon.generate({
    template: "blank",
    roles,
    initiatives: [
      { name: "Reduce cloud costs", area: "Operations", assignments: { COO: "A", [roles[3]]: "R" } },
      { name: "Office move logistics", area: "Operations", assignments: { "Chief of Staff": "A/R" } },
      {
        name: "Board deck preparation",
        area: "Strategy",
        assignments: { "Chief of Staff": "A/R", CEO: "C" },
      },
    ],
  }).sheetName;
}

describe("charters per matrix", () => {
  it("lists each role with the matrix's charter, the built-in one, or none", () => {
    const addon = loadAddon();
    const sheetName = matrix(addon);
    const view = addon.app.getCharters(sheetName);
    expect(view.roles.map((r) => [r.role, r.source])).toEqual([
      ["CEO", "built-in"],
      ["COO", "built-in"],
      ["Chief of Staff", "built-in"],
      ["Department heads", "built-in"],
      ["Facilities lead", "none"],
    ]);
    expect(view.roles[1].lines[1]).toMatch(/^Process optimisation/);
  });

  it("saves a charter shared with every collaborator, and goes back to the built-in one", () => {
    const addon = loadAddon();
    const sheetName = matrix(addon);
    addon.app.saveCharter(sheetName, "facilities lead", ["", "Office moves, buildings and logistics", "  "]);
    const view = addon.app.getCharters(sheetName);
    expect(view.roles[4]).toEqual({
      role: "Facilities lead",
      lines: ["Office moves, buildings and logistics"],
      source: "matrix",
    });
    // Another user's session reads the same document properties.
    const again = loadAddon({ state: addon.emulator.toJSON() });
    expect(again.app.getCharters(sheetName).roles[4].source).toBe("matrix");
    addon.app.saveCharter(sheetName, "Facilities lead", null);
    expect(addon.app.getCharters(sheetName).roles[4].source).toBe("none");
  });

  it("refuses bad charters with a clear message and saves nothing", () => {
    const addon = loadAddon();
    const sheetName = matrix(addon);
    addon.app.saveCharter(sheetName, "COO", ["Process optimisation"]);
    const stored = () =>
      (addon.emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
        .getDocumentProperties()
        .getProperty(`raci.charters.${addon.sheet(sheetName).getSheetId()}`);
    const before = stored();
    expect(() => addon.app.saveCharter(sheetName, "CFO", ["x"])).toThrow(/"CFO" is not a role of/);
    expect(() => addon.app.saveCharter(sheetName, "CEO", ["y".repeat(501)])).toThrow(
      /Charter line is too long/,
    );
    expect(() => addon.app.saveCharter(sheetName, "CEO", Array(31).fill("z"))).toThrow(
      /Too many charter lines: 31/,
    );
    const big = Array.from({ length: 30 }, (_, i) => `${i} ${"w".repeat(400)}`);
    addon.app.saveCharter(sheetName, "CEO", big.slice(0, 15));
    expect(() => addon.app.saveCharter(sheetName, "Chief of Staff", big)).toThrow(/at most 9 KB per matrix/);
    const view = addon.app.getCharters(sheetName);
    expect(view.roles[2].source).toBe("built-in");
    expect(view.roles[0].lines).toHaveLength(15);
    expect(before).toBe(JSON.stringify([["COO", ["Process optimisation"]]]));
    expect(stored()).toBe(
      JSON.stringify([
        ["COO", ["Process optimisation"]],
        ["CEO", big.slice(0, 15)],
      ]),
    );
  });

  it("keeps roles named __proto__ and constructor as plain data", () => {
    const addon = loadAddon();
    const sheetName = matrix(addon, ["__proto__", "COO", "Chief of Staff", "constructor", "CEO"]);
    addon.app.saveCharter(sheetName, "__proto__", ["Payroll and taxes"]);
    const view = addon.app.getCharters(sheetName);
    expect(view.roles[0]).toEqual({ role: "__proto__", lines: ["Payroll and taxes"], source: "matrix" });
    expect(view.roles[3].source).toBe("none");
  });
});

describe("Who owns what", () => {
  it("lists per role what it is accountable and responsible for, flagging work outside its charter", () => {
    const addon = loadAddon();
    const sheetName = matrix(addon);
    const report = addon.app.getOwnership(sheetName);
    const [, coo, cos] = report.roles;
    expect([coo.role, cos.role]).toEqual(["COO", "Chief of Staff"]);
    expect(cos.accountable.map((i) => [i.initiative, i.area, i.code, i.outsideCharter])).toEqual([
      ["Office move logistics", "Operations", "A/R", true],
      ["Board deck preparation", "Strategy", "A/R", false],
    ]);
    expect(coo.accountable).toEqual([
      {
        initiative: "Reduce cloud costs",
        area: "Operations",
        row: expect.any(Number) as unknown,
        code: "A",
        outsideCharter: false,
        decision: "Proposed", // the row's Decision, beside what the role owns
      },
    ]);
    expect(coo.responsible).toEqual([]);
    const text = formatOwnership(report, "plain");
    expect(text).toContain("CHIEF OF STAFF");
    expect(text).toContain("Office move logistics [A/R] · Proposed (outside its charter)");
    const md = formatOwnership(report, "markdown");
    expect(md).toContain("## Chief of Staff");
    expect(md).toContain("- Office move logistics [A/R] · Proposed (outside its charter)");
  });

  it("copies as text each A/R row once, and no role's charter: the panel shows those", () => {
    const addon = loadAddon();
    const report = addon.app.getOwnership(matrix(addon));
    const text = formatOwnership(report, "plain");
    expect(text.split("Office move logistics")).toHaveLength(2);
    expect(text.split("Board deck preparation")).toHaveLength(2);
    const cos = text.slice(text.indexOf("CHIEF OF STAFF"), text.indexOf("DEPARTMENT HEADS"));
    expect(cos).toContain("Responsible for: nothing");
    for (const role of report.roles) for (const line of role.charter) expect(text).not.toContain(line);
    expect(text).not.toContain("Charter");
  });
});
