/**
 * The spreadsheet's glossary (getGlossary, saveGlossary): the company's words, saved with the document in one
 * property under "raci.", within Apps Script's 9 KB per value
 * (https://developers.google.com/apps-script/guides/services/quotas), read by suggestions, generated
 * suggestions and fixes, and removed with the add-on's data.
 */
import type { GlossaryView } from "../../src/core/api";
import { BUILT_IN_CHARTERS } from "../../src/core/suggest/charters";
import { loadAddon, type Addon } from "../helpers/addon";

interface Suggestions {
  initiatives: {
    name: string;
    owner: string | null;
    reasons: string[];
    assignments: Record<string, string>;
  }[];
}

const COS_LINE = BUILT_IN_CHARTERS.find((c) => c.title === "Chief of Staff")?.lines[0] ?? "";

const suggest = (addon: Addon, ...names: string[]) =>
  (
    addon.app.suggestAssignments({
      template: "blank",
      initiatives: names.map((name) => ({ name })),
    }) as Suggestions
  ).initiatives;

describe("the company's words", () => {
  it("are saved with the document for every collaborator, in one property, and read back as given", () => {
    const addon = loadAddon();
    expect(addon.app.getGlossary()).toEqual({ terms: [] });
    const terms = [
      { term: " Nightingale ", role: "CoS" },
      { term: "north star review", role: "Chief of Staff", line: COS_LINE },
    ];
    expect(addon.app.saveGlossary(terms)).toEqual({
      terms: [
        { term: "Nightingale", role: "CoS" },
        { term: "north star review", role: "Chief of Staff", line: COS_LINE },
      ],
    });
    const other = loadAddon({ state: addon.emulator.toJSON(), user: "b@x.com" });
    expect((other.app.getGlossary() as GlossaryView).terms).toHaveLength(2);
    expect(other.app.saveGlossary([])).toEqual({ terms: [] });
  });

  it("refuses bad input, naming each field at fault, and saves nothing", () => {
    const addon = loadAddon();
    addon.app.saveGlossary([{ term: "Atlas", role: "COO" }]);
    expect(() =>
      addon.app.saveGlossary([
        { term: "", role: "COO" },
        { term: "Atlas", role: 7 },
        { term: "atlas", role: "CEO" },
        { term: "Atlas", role: "CEO" },
      ]),
    ).toThrow(
      [
        "The company's words were not saved:",
        "terms[0].term: The word or phrase must not be empty.",
        "terms[1].role: Its role must be text.",
        "terms[3].term: “Atlas” is in the glossary twice (also term 3).",
      ].join("\n"),
    );
    expect(() => addon.app.saveGlossary("Atlas")).toThrow(/must be a list of terms/);
    expect(addon.app.getGlossary()).toEqual({ terms: [{ term: "Atlas", role: "COO" }] });
  });

  it("refuses, whole, a glossary that would not fit Apps Script's 9 KB", () => {
    const addon = loadAddon();
    const long = "x".repeat(400);
    const terms = Array.from({ length: 30 }, (_, i) => ({ term: `term ${i}`, role: "COO", line: long }));
    expect(() => addon.app.saveGlossary(terms)).toThrow(
      /would take 1\d\.\d KB; Apps Script stores at most 9 KB/,
    );
    expect(addon.app.getGlossary()).toEqual({ terms: [] });
  });

  it("makes a word of the company's evidence for suggestions, on a role named by an alias, and on a charter line", () => {
    const addon = loadAddon();
    expect(suggest(addon, "Nightingale readiness")[0].owner).toBeNull();
    addon.app.saveGlossary([
      { term: "Nightingale", role: "CoS" },
      { term: "north star review", role: "Chief of Staff", line: COS_LINE },
    ]);
    const [nightingale, northStar] = suggest(addon, "Nightingale readiness", "Q3 north star review");
    expect(nightingale.owner).toBe("Chief of Staff");
    expect(nightingale.reasons[0]).toContain("in the company glossary");
    expect(northStar.reasons[0]).toContain(COS_LINE);
  });

  it("is read by generate with suggest and by the fixes", () => {
    const addon = loadAddon();
    const { sheetName } = addon.generate({
      template: "blank",
      initiatives: [{ name: "Nightingale readiness" }],
      suggest: true,
    });
    const before = addon.app.previewFixes(sheetName, ["NO_ACCOUNTABLE"]) as { changes: unknown[] };
    expect(before.changes).toEqual([]);
    addon.app.saveGlossary([{ term: "Nightingale", role: "COO" }]);
    const fix = addon.app.previewFixes(sheetName, ["NO_ACCOUNTABLE"]) as {
      changes: { role: string; new: string; reason: string }[];
    };
    expect(fix.changes).toEqual([
      expect.objectContaining({ role: "COO", new: "A", reason: expect.stringContaining("company glossary") }),
    ]);
    const generated = addon.generate({
      template: "blank",
      title: "Again",
      initiatives: [{ name: "Nightingale readiness" }],
      suggest: true,
    });
    expect(addon.analyze(generated.sheetName).findings.map((f) => f.rule)).not.toContain("NO_ACCOUNTABLE");
  });

  it("goes with Remove add-on data", () => {
    const addon = loadAddon();
    addon.app.saveGlossary([{ term: "Atlas", role: "COO" }]);
    addon.emulator.ui.answers = ["YES"];
    addon.app.menuRemoveAddonData();
    expect(addon.app.getGlossary()).toEqual({ terms: [] });
  });
});
