/**
 * RASCI and DACI matrices on the emulator with the built bundle (docs/domain.md, "Kinds of matrix"): the sheet's
 * own formulas (evaluated by HyperFormula), its highlighting, Status and analyzeMatrix apply the kind's rules,
 * and a RACI matrix whose settings were stored before kinds existed behaves as it did.
 */
import { HIGHLIGHT as COLOURS } from "../../src/core/plan/palette";
import { loadAddon, type Addon } from "../helpers/addon";
import type { MatrixKind } from "../../src/core/types";

const STATUS = 7; // G: after Area, Initiative and the four roles C..F

function setup(kind: MatrixKind) {
  const addon = loadAddon();
  const { sheetName, initiatives } = addon.generate({ kind });
  const sheet = addon.sheet(sheetName);
  const headerRow =
    sheet
      .getRange("B1:B20")
      .getValues()
      .findIndex(([v]) => v === "Initiative") + 1;
  const first = headerRow + 1;
  const status = (row: number) => String(sheet.getRange(row, STATUS).getValue());
  /** The highlight colours painted on a row, A..G. */
  const colours = (row: number) =>
    new Set(addon.emulator.highlights(sheetName, `A${row}:G${row}`).map((h) => h.background));
  /** The findings of one rule, from analyzeMatrix. */
  const found = (rule: string) => addon.analyze(sheetName).findings.filter((f) => f.rule === rule);
  return { addon, sheetName, sheet, initiatives, headerRow, first, status, colours, found };
}

/** Every Status of a new matrix's rows is OK, nothing is highlighted, and the analysis has nothing to say. */
function expectClean({ addon, sheetName, initiatives, first, status }: ReturnType<typeof setup>) {
  for (let row = first; row < first + initiatives; row++) expect(status(row)).toBe("OK");
  expect(addon.emulator.highlights(sheetName, `A${first}:G${first + initiatives + 19}`)).toEqual([]);
  expect(addon.analyze(sheetName).findings).toEqual([]);
}

describe("generateMatrix({ kind: 'DACI' })", () => {
  let m: ReturnType<typeof setup>;
  beforeEach(() => (m = setup("DACI")));

  it("builds the COO vs Chief of Staff decisions, one Driver and one Approver each, clean", () => {
    expect(m.sheetName).toBe("DACI – COO vs Chief of Staff decisions");
    expect(m.headerRow).toBe(8);
    expectClean(m);
  });

  it("writes DACI's legend, summary, colour key and dropdown", () => {
    const { sheet, first } = m;
    expect(sheet.getRange("A2").getValue()).toBe("One D (Driver) and one A (Approver) per decision.");
    expect(sheet.getRange("B3:B7").getValues().flat()).toEqual([
      "A · Approver: makes the decision",
      "D · Driver: runs the decision",
      "C · Contributor: gives input",
      "I · Informed: told the outcome",
      "Owns D or A (share of decisions)",
    ]);
    expect(sheet.getRange("G3:G7").getValues().flat()).toEqual([
      "No approver",
      "2 approvers or drivers",
      "Owner pair both own it",
      "No driver",
      "Not a DACI code",
    ]);
    const validation = sheet.getRange(first, 3).getDataValidation();
    expect(validation?.getCriteriaValues()[0]).toEqual(["D", "A", "C", "I"]);
    expect(validation?.getHelpText()).toBe(
      "Choose D, A, C or I (or leave empty). Each decision needs exactly one D and exactly one A.",
    );
  });

  it("a second Approver says '2 approvers', colours the row and is MULTIPLE_ACCOUNTABLE", () => {
    const { addon, sheetName, first } = m; // row 1: CEO A, COO D, Chief of Staff I, Department heads C
    addon.edit(sheetName, `F${first}`, "A");
    expect(m.status(first)).toBe("2 approvers");
    expect(m.colours(first)).toEqual(new Set([COLOURS.multipleAccountable]));
    expect(m.found("MULTIPLE_ACCOUNTABLE")).toMatchObject([{ cell: `B${first}`, severity: "error" }]);
  });

  it("an R is not a DACI code: kept as typed, highlighted, counted in Status, INVALID_CODE on its cell", () => {
    const { addon, sheetName, sheet, first } = m;
    addon.edit(sheetName, `F${first}`, "R");
    expect(sheet.getRange(`F${first}`).getValue()).toBe("R");
    expect(m.status(first)).toBe("1 invalid code");
    expect(addon.emulator.highlights(sheetName, `F${first}`)).toMatchObject([
      { background: COLOURS.invalid },
    ]);
    expect(m.found("INVALID_CODE")).toMatchObject([
      { cell: `F${first}`, message: `Cell F${first} holds "R", which is not a DACI code. Use D, A, C or I.` },
    ]);
  });

  it("a second Driver says '2 drivers', colours the row as double ownership and is MULTIPLE_DRIVERS", () => {
    const { addon, sheetName, first } = m;
    addon.edit(sheetName, `F${first}`, "D");
    expect(m.status(first)).toBe("2 drivers");
    expect(m.colours(first)).toEqual(new Set([COLOURS.multipleAccountable]));
    expect(m.found("MULTIPLE_DRIVERS")).toMatchObject([{ cell: `B${first}`, severity: "warning" }]);
  });

  it("no Driver and no Approver say so in DACI's words, each with its colour and its rule", () => {
    const { addon, sheetName, first } = m;
    addon.edit(sheetName, `D${first}`, "");
    expect(m.status(first)).toBe("No driver");
    expect(m.colours(first)).toEqual(new Set([COLOURS.noResponsible]));
    expect(m.found("NO_RESPONSIBLE")).toHaveLength(1);
    addon.edit(sheetName, `C${first}`, "");
    expect(m.status(first)).toBe("No approver; No driver");
    expect(m.colours(first)).toEqual(new Set([COLOURS.noAccountable]));
    expect(m.found("NO_ACCOUNTABLE")).toHaveLength(1);
  });

  it("the COO driving what the Chief of Staff approves is shared ownership", () => {
    const { addon, sheetName, first } = m;
    addon.edit(sheetName, `C${first}`, "I");
    addon.edit(sheetName, `E${first}`, "A");
    expect(m.status(first)).toBe("COO and Chief of Staff both own it");
    expect(addon.emulator.highlights(sheetName, `D${first}:E${first}`).map((h) => h.background)).toEqual([
      COLOURS.sharedOwnership,
      COLOURS.sharedOwnership,
    ]);
    expect(m.found("SHARED_OWNERSHIP")).toHaveLength(1);
  });

  it("reads DACI's words in any case, as typed when onEdit did not run, in Status, highlighting and summary", () => {
    const { addon, sheetName, sheet, first } = m;
    sheet.getRange(first, 3, 1, 4).setValues([["APPROVER", "driver", "Informed", "contributor"]]);
    expect(m.status(first)).toBe("OK");
    expect(addon.emulator.highlights(sheetName, `A${first}:G${first}`)).toEqual([]);
    const summary = sheet.getRange(3, 3, 4, 4).getValues();
    addon.analyze(sheetName).roles.forEach((load, i) => {
      expect([summary[0][i], summary[1][i], summary[2][i], summary[3][i]]).toEqual([
        load.A,
        load.R,
        load.C,
        load.I,
      ]);
    });
  });

  it("plots A, D, C, I per role in its workload chart", () => {
    const [chart] = m.addon.emulator.charts(m.sheetName);
    expect(chart.options.title).toBe("Workload per role: A, D, C, I (RACI Matrix for Sheets)");
    const [, ...rows] = chart.table;
    expect(rows).toEqual(m.addon.analyze(m.sheetName).roles.map((r) => [r.role, r.A, r.R, r.C, r.I]));
  });
});

describe("generateMatrix({ kind: 'RASCI' })", () => {
  let m: ReturnType<typeof setup>;
  beforeEach(() => (m = setup("RASCI")));

  it("builds the COO vs Chief of Staff template as RASCI, with a sixth summary row, clean", () => {
    expect(m.sheetName).toBe("RASCI – COO vs Chief of Staff");
    expect(m.headerRow).toBe(9);
    expect(m.sheet.getRange("B3:B8").getValues().flat()).toEqual([
      "A · Accountable: owns the outcome",
      "R · Responsible: does the work",
      "S · Support: helps the Responsible",
      "C · Consulted: gives input before",
      "I · Informed: told after",
      "Owns R or A (share of initiatives)",
    ]);
    expect(m.sheet.getRange(m.first, 3).getDataValidation()?.getCriteriaValues()[0]).toEqual([
      "R",
      "A",
      "A/R",
      "S",
      "C",
      "I",
    ]);
    expectClean(m);
  });

  it("counts S in its summary row and the analysis, neither owning nor doing the work", () => {
    const { addon, sheetName, sheet, first } = m; // row 1: CEO C, COO A/R, Chief of Staff I, Department heads C
    sheet.getRange(`F${first}`).setValue("support");
    expect(m.status(first)).toBe("OK");
    const loads = addon.analyze(sheetName).roles;
    expect(sheet.getRange("C5:F5").getValues()[0]).toEqual(loads.map((load) => load.S));
    expect(loads.find((load) => load.role === "Department heads")?.S).toBe(1);
  });

  it("a row whose only helper is S has nobody responsible: Status, colour and NO_RESPONSIBLE", () => {
    const { addon, sheetName, first } = m;
    addon.edit(sheetName, `D${first}`, "A");
    addon.edit(sheetName, `F${first}`, "S");
    expect(m.status(first)).toBe("No one responsible");
    expect(m.colours(first)).toEqual(new Set([COLOURS.noResponsible]));
    expect(m.found("NO_RESPONSIBLE")).toHaveLength(1);
  });

  it("plots A, R, S, C, I per role in its workload chart", () => {
    const [chart] = m.addon.emulator.charts(m.sheetName);
    expect(chart.options.title).toBe("Workload per role: A, R, S, C, I (RACI Matrix for Sheets)");
    const [, ...rows] = chart.table;
    expect(rows).toEqual(m.addon.analyze(m.sheetName).roles.map((r) => [r.role, r.A, r.R, r.S, r.C, r.I]));
  });
});

describe("onEdit and refresh write the codes of the matrix's kind", () => {
  /** What the change log says the edit of `cell` set it to, newest first. */
  const loggedNew = ({ addon, sheetName }: ReturnType<typeof setup>, cell: string) =>
    (addon.app.getChangeLog(sheetName) as { cell: string; new: string }[]).find((line) => line.cell === cell)
      ?.new;

  it("in RASCI, an s or a support typed becomes S, logged as S, and the row stays clean", () => {
    const m = setup("RASCI"); // row 1: CEO C, COO A/R, Chief of Staff I, Department heads C
    m.addon.edit(m.sheetName, `F${m.first}`, "s");
    expect(m.sheet.getRange(`F${m.first}`).getValue()).toBe("S");
    expect(loggedNew(m, `F${m.first}`)).toBe("S");
    m.addon.edit(m.sheetName, `F${m.first + 1}`, " Support ");
    expect(m.sheet.getRange(`F${m.first + 1}`).getValue()).toBe("S");
    expect(m.status(m.first)).toBe("OK");
    expect(m.found("INVALID_CODE")).toEqual([]);
  });

  it("in RASCI, support typed over an S on an Agreed row changes nothing agreed: the row stays Agreed", () => {
    const m = setup("RASCI");
    m.addon.edit(m.sheetName, `F${m.first}`, "S");
    m.addon.edit(m.sheetName, `H${m.first}`, "Agreed"); // G Status, H Decision
    m.addon.edit(m.sheetName, `F${m.first}`, "support");
    expect(m.sheet.getRange(`F${m.first}:H${m.first}`).getValues()[0]).toEqual(["S", "OK", "Agreed"]);
    m.addon.edit(m.sheetName, `F${m.first}`, "i");
    expect(m.sheet.getRange(`H${m.first}`).getValue()).toBe("Changed since agreed");
  });

  it("in DACI, a driver or an approver typed becomes D or A; an R and an ra stay as typed, INVALID_CODE", () => {
    const m = setup("DACI"); // row 1: CEO A, COO D, Chief of Staff I, Department heads C
    m.addon.edit(m.sheetName, `D${m.first}`, "driver");
    m.addon.edit(m.sheetName, `C${m.first}`, "APPROVER");
    expect(m.sheet.getRange(`C${m.first}:D${m.first}`).getValues()[0]).toEqual(["A", "D"]);
    expect(loggedNew(m, `D${m.first}`)).toBe("D");
    m.addon.edit(m.sheetName, `F${m.first}`, "R");
    m.addon.edit(m.sheetName, `F${m.first + 1}`, "ra");
    expect(m.sheet.getRange(`F${m.first}`).getValue()).toBe("R");
    expect(m.sheet.getRange(`F${m.first + 1}`).getValue()).toBe("ra");
    expect(m.found("INVALID_CODE").map((f) => f.cell)).toEqual([`F${m.first}`, `F${m.first + 1}`]);
  });

  it("in RACI, an s typed is no code: kept as typed, INVALID_CODE, while ra still becomes A/R", () => {
    const m = setup("RACI");
    m.addon.edit(m.sheetName, `F${m.first}`, "s");
    m.addon.edit(m.sheetName, `F${m.first + 1}`, "ra");
    expect(
      m.sheet
        .getRange(`F${m.first}:F${m.first + 1}`)
        .getValues()
        .flat(),
    ).toEqual(["s", "A/R"]);
    expect(m.found("INVALID_CODE").map((f) => f.cell)).toEqual([`F${m.first}`]);
  });

  it("follows a kind changed in Settings: s becomes S once the matrix is RASCI, and stays s once it is RACI again", () => {
    const m = setup("RACI");
    m.addon.app.saveMatrixSettings(m.sheetName, { kind: "RASCI" });
    m.addon.edit(m.sheetName, `F${m.first}`, "s");
    expect(m.sheet.getRange(`F${m.first}`).getValue()).toBe("S");
    m.addon.edit(m.sheetName, `F${m.first}`, "r");
    m.addon.app.saveMatrixSettings(m.sheetName, { kind: "RACI" });
    m.addon.edit(m.sheetName, `F${m.first + 1}`, "s");
    expect(m.sheet.getRange(`F${m.first + 1}`).getValue()).toBe("s");
    // The kind beside the mark is gone with RACI: a RACI matrix carries only its mark, as before kinds.
    expect(m.sheet.getDeveloperMetadata().map((d) => d.getKey())).not.toContain("raci.kind");
  });

  it("a refresh rewrites what onEdit missed in the matrix's kind: a DACI driver becomes D, an R stays", () => {
    const m = setup("DACI");
    m.sheet.getRange(`D${m.first}:F${m.first}`).setValues([["driver", "i", "R"]]); // no onEdit ran
    m.addon.refresh(m.sheetName);
    expect(m.sheet.getRange(`D${m.first}:F${m.first}`).getValues()[0]).toEqual(["D", "I", "R"]);
  });
});

describe("a RACI matrix whose settings were stored before kinds existed (0.2.0)", () => {
  /** The matrix's stored settings, as 0.2.0 wrote them: no kind. */
  function storeWithoutKind(addon: Addon) {
    const globals = addon.emulator.globals as unknown as {
      PropertiesService: GoogleAppsScript.Properties.PropertiesService;
    };
    const store = globals.PropertiesService.getDocumentProperties();
    const [key] = store.getKeys().filter((k) => k.startsWith("raci.settings."));
    const { kind, ...settings } = JSON.parse(store.getProperty(key) ?? "{}") as Record<string, unknown>;
    expect(kind).toBe("RACI");
    store.setProperty(key, JSON.stringify(settings));
  }

  it("keeps RACI's grammar, words and rules on refresh, analysis and a settings save", () => {
    const addon = loadAddon();
    const { sheetName } = addon.generate({ template: "coo-cos" });
    const sheet = addon.sheet(sheetName);
    const before = { report: addon.analyze(sheetName), formulas: sheet.getRange("A1:K30").getFormulas() };
    storeWithoutKind(addon);
    addon.refresh(sheetName);
    expect(addon.analyze(sheetName)).toEqual(before.report);
    expect(sheet.getRange("A1:K30").getFormulas()).toEqual(before.formulas);
    expect(sheet.getRange("C9").getDataValidation()?.getCriteriaValues()[0]).toEqual([
      "R",
      "A",
      "A/R",
      "C",
      "I",
    ]);
    addon.edit(sheetName, "C9", "D");
    expect(sheet.getRange("G9").getValue()).toBe("1 invalid code");
    const saved = addon.app.saveMatrixSettings(sheetName, { maxConsulted: 2 }) as { kind: string };
    expect(saved.kind).toBe("RACI");
  });
});

describe("changing a matrix's kind in its settings", () => {
  it("keeps a DACI matrix DACI when settings are saved without a kind", () => {
    const { addon, sheetName } = setup("DACI");
    const saved = addon.app.saveMatrixSettings(sheetName, { maxConsulted: 2 }) as { kind: string };
    expect(saved.kind).toBe("DACI");
    expect(addon.analyze(sheetName).findings).toEqual([]);
  });

  it("is refused while a cell holds a code the new kind lacks, naming the cells, and changes nothing", () => {
    const { addon, sheetName, sheet } = setup("RACI");
    const values = sheet.getDataRange().getValues();
    // Its first rows: the COO A/R, then the department heads R.
    expect(() => addon.app.saveMatrixSettings(sheetName, { kind: "DACI" })).toThrow(
      /^The settings were not saved:\nkind: This matrix cannot become a DACI matrix .*: D9 holds "A\/R", F10 holds "R", /,
    );
    expect(sheet.getDataRange().getValues()).toEqual(values);
  });

  it("turns a matrix whose codes the new kind has into that kind: its words, dropdown and rules", () => {
    const addon = loadAddon();
    const { sheetName } = addon.generate({
      template: "blank",
      initiatives: [{ name: "Budget", assignments: { CEO: "A", COO: "C", "Chief of Staff": "I" } }],
    });
    const sheet = addon.sheet(sheetName);
    expect(sheet.getRange("G9").getValue()).toBe("No one responsible");
    addon.app.saveMatrixSettings(sheetName, { kind: "DACI" });
    expect(sheet.getRange("G9").getValue()).toBe("No driver");
    expect(sheet.getRange("A2").getValue()).toBe("One D (Driver) and one A (Approver) per decision.");
    expect(sheet.getRange("B4").getValue()).toBe("D · Driver: runs the decision");
    expect(sheet.getRange("C9").getDataValidation()?.getCriteriaValues()[0]).toEqual(["D", "A", "C", "I"]);
    addon.edit(sheetName, "F9", "D");
    expect(sheet.getRange("G9").getValue()).toBe("OK");
    expect(addon.emulator.charts(sheetName)).toHaveLength(1);
    expect(addon.analyze(sheetName).counts).toMatchObject({ error: 0, warning: 0 });
    // RACI's highlighting rules were recognised as the add-on's and replaced, not kept beside DACI's.
    const fresh = setup("DACI");
    expect(sheet.getConditionalFormatRules()).toHaveLength(fresh.sheet.getConditionalFormatRules().length);
  });
});

describe("suggestions, fixes and Who owns what in a DACI matrix", () => {
  it("generateMatrix with suggest fills decisions with one Driver and one Approver each, analysing clean", () => {
    const addon = loadAddon();
    const { sheetName } = addon.generate({
      kind: "DACI",
      template: "blank",
      suggest: true,
      initiatives: [
        { name: "Decision memo for the CEO on the new pricing" },
        { name: "Improve warehouse processes and efficiency" },
      ],
    });
    const codes = addon.sheet(sheetName).getRange("C9:F10").getValues();
    for (const row of codes) {
      expect(row.filter((code) => code === "D")).toHaveLength(1);
      expect(row.filter((code) => code === "A")).toHaveLength(1);
    }
    expect(addon.analyze(sheetName).counts).toMatchObject({ error: 0, warning: 0 });
  });

  it("fixFindings settles a second Approver and a second Driver in DACI codes, and undo puts them back", () => {
    const { addon, sheetName, sheet, first } = setup("DACI");
    addon.edit(sheetName, `F${first}`, "A"); // "Organise operations…": CEO A, COO D, department heads now A
    addon.edit(sheetName, `F${first + 5}`, "D"); // "Set the company's priorities…": the Chief of Staff and the heads drive
    const before = sheet.getRange(`C${first}:F${first + 8}`).getValues();
    const result = addon.app.fixFindings(sheetName) as {
      changes: { cell: string; new: string; rule: string }[];
    };
    expect(result.changes.map((c) => c.rule).sort()).toEqual(["MULTIPLE_ACCOUNTABLE", "MULTIPLE_DRIVERS"]);
    for (const change of result.changes) expect(["D", "A", "C", "I", ""]).toContain(change.new);
    expect(addon.analyze(sheetName).counts).toMatchObject({ error: 0, warning: 0 });
    addon.app.undoFixes(sheetName);
    expect(sheet.getRange(`C${first}:F${first + 8}`).getValues()).toEqual(before);
  });

  it("Who owns what lists what each role approves and drives", () => {
    const { addon, sheetName } = setup("DACI");
    const report = addon.app.getOwnership(sheetName) as {
      headings: { owner: string; doer: string };
      roles: { role: string; accountable: { code: string }[]; responsible: { code: string }[] }[];
    };
    expect(report.headings).toEqual({ owner: "Approves", doer: "Drives" });
    const cos = report.roles.find((r) => r.role === "Chief of Staff");
    expect(cos?.responsible.map((item) => item.code)).toEqual(["D", "D", "D"]);
    expect(cos?.accountable.map((item) => item.code)).toEqual(["A"]);
  });
});

describe("adopting a table whose codes are a DACI or RASCI set", () => {
  /** A decisions table someone keeps, in DACI's letters and words; Status goes in E. */
  function adoptTable(rows: string[][]) {
    const addon = loadAddon({ user: "a@x.com" });
    const sheet = addon.emulator.spreadsheet.insertSheet("Decisions");
    sheet.getRange(1, 1, rows.length, 4).setValues(rows);
    const preview = addon.app.previewAdoption("Decisions") as { understood: string[]; adds: string[] };
    addon.app.adoptMatrix("Decisions");
    const status = (row: number) => String(sheet.getRange(row, 5).getValue());
    return { addon, sheet, preview, status };
  }

  it("adopts a DACI table as a DACI matrix: its dropdown, Status words and rules", () => {
    const { addon, sheet, preview, status } = adoptTable([
      ["Decision", "CEO", "COO", "Chief of Staff"],
      ["Pricing", "A", "driver", "C"],
      ["Offsite", "A", "I", "D"],
      ["Hiring plan", "A", "D", "D"],
    ]);
    expect(preview.understood[0]).toMatch(
      /^Its codes are DACI's \(D, A, C or I\): it is adopted as a DACI matrix/,
    );
    expect(preview.adds.join(" ")).toContain("a dropdown of D, A, C and I");
    expect((addon.app.describeActiveSheet("Decisions") as Described).matrix.settings.kind).toBe("DACI");
    expect(sheet.getRange("B2").getDataValidation()?.getCriteriaValues()[0]).toEqual(["D", "A", "C", "I"]);
    // The COO and the Chief of Staff both drive the hiring plan: two drivers, and the owner pair's overlap.
    expect([status(2), status(3), status(4)]).toEqual([
      "OK",
      "OK",
      "2 drivers; COO and Chief of Staff both own it",
    ]);
    expect(addon.analyze("Decisions").findings.map((f) => f.rule)).toEqual([
      "MULTIPLE_DRIVERS",
      "SHARED_OWNERSHIP",
    ]);
  });

  it("adopts a table with an S as RASCI, and a RACI table as RACI with nothing more stored", () => {
    const rasci = adoptTable([
      ["Task", "CEO", "COO", "Ops"],
      ["Budget", "A", "R", "S"],
    ]);
    expect((rasci.addon.app.describeActiveSheet("Decisions") as Described).matrix.settings.kind).toBe(
      "RASCI",
    );
    expect(rasci.status(2)).toBe("OK");
    const raci = adoptTable([
      ["Task", "CEO", "COO", "Ops"],
      ["Budget", "A", "R", "C"],
    ]);
    expect(raci.preview.understood.join(" ")).not.toContain("Its codes are");
    const globals = raci.addon.emulator.globals as unknown as {
      PropertiesService: GoogleAppsScript.Properties.PropertiesService;
    };
    const keys = globals.PropertiesService.getDocumentProperties().getKeys();
    expect(keys.filter((key) => key.startsWith("raci.settings."))).toEqual([]);
  });
});

type Described = { matrix: { settings: { kind: string } } };
