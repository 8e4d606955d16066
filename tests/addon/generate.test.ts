/**
 * generateMatrix on the emulator with the built bundle: the COO vs Chief of Staff template makes a clean,
 * self-highlighting sheet, and edits light up exactly as docs/domain.md says, with no script running.
 * Formulas and conditional formats are evaluated by HyperFormula.
 */
import { loadAddon, type Addon } from "../helpers/addon";

const HEADER_ROW = 8;
const FIRST = HEADER_ROW + 1;
const COLOURS = {
  multipleAccountable: "#d99bc4",
  noAccountable: "#f0a868",
  noResponsible: "#fbe3c4",
  sharedOwnership: "#8cc8ec",
  invalid: "#f0e442",
};

function statusOf(addon: Addon, sheetName: string, row: number): string {
  return String(addon.sheet(sheetName).getRange(row, 7).getValue());
}

/** The conditional background of each cell of a row (A..G), as Sheets would paint it. */
function rowHighlights(addon: Addon, sheetName: string, row: number): (string | undefined)[] {
  const found = addon.emulator.highlights(sheetName, `A${row}:G${row}`);
  const byCell = new Map(found.map((h) => [h.a1, h.background]));
  return ["A", "B", "C", "D", "E", "F", "G"].map((column) => byCell.get(`${column}${row}`));
}

describe("generateMatrix with the COO vs Chief of Staff template", () => {
  let addon: Addon;
  let sheetName: string;
  let initiatives: number;

  beforeEach(() => {
    addon = loadAddon();
    const result = addon.generate({ template: "coo-cos" });
    sheetName = result.sheetName;
    initiatives = result.initiatives;
  });

  it("returns the new sheet's name, the initiative count and the roles, and activates the sheet", () => {
    expect(sheetName).toBe("RACI – COO vs Chief of Staff");
    expect(initiatives).toBeGreaterThanOrEqual(9);
    expect(addon.emulator.spreadsheet.getActiveSheet().getName()).toBe(sheetName);
  });

  it("writes one header row with Area, Initiative, the roles in order, and Status", () => {
    const header = addon.sheet(sheetName).getRange(HEADER_ROW, 1, 1, 7).getValues()[0];
    expect(header).toEqual([
      "Area",
      "Initiative",
      "CEO",
      "COO",
      "Chief of Staff",
      "Department heads",
      "Status",
    ]);
  });

  it("puts a canonical-code dropdown in warning mode on every code cell", () => {
    const validation = addon.sheet(sheetName).getRange(FIRST, 3).getDataValidation();
    expect(validation).not.toBeNull();
    expect(validation?.getCriteriaValues()[0]).toEqual(["R", "A", "A/R", "C", "I"]);
    expect(validation?.getAllowInvalid()).toBe(true);
    expect(validation?.getHelpText()).toMatch(/exactly one A/);
  });

  it("freezes the header and the initiative column", () => {
    const sheet = addon.sheet(sheetName);
    expect(sheet.getFrozenRows()).toBe(HEADER_ROW);
    expect(sheet.getFrozenColumns()).toBe(2);
  });

  it("evaluates every Status formula to OK and highlights nothing: the template is clean", () => {
    for (let row = FIRST; row < FIRST + initiatives; row++)
      expect(statusOf(addon, sheetName, row)).toBe("OK");
    expect(addon.emulator.highlights(sheetName, `A${FIRST}:G${FIRST + initiatives + 19}`)).toEqual([]);
    const report = addon.analyze(sheetName);
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it("leaves spare rows blank in Status", () => {
    expect(statusOf(addon, sheetName, FIRST + initiatives)).toBe("");
  });

  it("summarises each role with formulas: A, R, C, I counts and the share owned", () => {
    const sheet = addon.sheet(sheetName);
    const summary = sheet.getRange(3, 3, 5, 4).getValues();
    const report = addon.analyze(sheetName);
    report.roles.forEach((load, i) => {
      expect(summary[0][i]).toBe(load.A);
      expect(summary[1][i]).toBe(load.R);
      expect(summary[2][i]).toBe(load.C);
      expect(summary[3][i]).toBe(load.I);
      expect(String(summary[4][i])).toMatch(/^\d+%$/);
    });
    expect(sheet.getRange(3, 3).getFormula()).toMatch(/^=COUNTIF\(C\$9:C\$\d+,"A"\)\+COUNTIF\(/);
  });

  describe("after a collaborator's edit, with no script but onEdit running", () => {
    const rowWith = (code: string, column: number) => {
      const sheet = addon.sheet(sheetName);
      const codes = sheet.getRange(FIRST, column, initiatives, 1).getValues();
      const index = codes.findIndex(([value]) => value === code);
      expect(index).toBeGreaterThanOrEqual(0);
      return FIRST + index;
    };
    /**
     * A code cell of the row that holds no ownership (empty, C or I), outside the owner pair (COO in D,
     * Chief of Staff in E) when possible: overwriting it changes only what the test means to change.
     */
    const spareColumnIn = (row: number) => {
      const codes = addon.sheet(sheetName).getRange(row, 1, 1, 6).getValues()[0];
      const column = [3, 6, 4, 5].find((c) => ["", "C", "I"].includes(String(codes[c - 1])));
      expect(column).toBeDefined();
      return column as number;
    };
    const letter = (column: number) => String.fromCharCode(64 + column);

    it("a second A turns the row red-purple, says '2 accountable', and analyzeMatrix reports it", () => {
      const row = rowWith("A", 4);
      const column = spareColumnIn(row);
      addon.edit(sheetName, `${letter(column)}${row}`, "A");
      expect(statusOf(addon, sheetName, row)).toBe("2 accountable");
      expect(
        rowHighlights(addon, sheetName, row).filter((c) => c === COLOURS.multipleAccountable).length,
      ).toBeGreaterThanOrEqual(6);
      const finding = addon.analyze(sheetName).findings.find((f) => f.rule === "MULTIPLE_ACCOUNTABLE");
      expect(finding?.cell).toBe(`B${row}`);
    });

    it("clearing the only A shows a strong gap and 'No one accountable'", () => {
      const row = rowWith("A", 4);
      addon.edit(sheetName, `D${row}`, "");
      expect(statusOf(addon, sheetName, row)).toMatch(/^No one accountable/);
      expect(rowHighlights(addon, sheetName, row)[1]).toBe(COLOURS.noAccountable);
      expect(addon.analyze(sheetName).findings.map((f) => f.rule)).toContain("NO_ACCOUNTABLE");
    });

    it("the COO and the Chief of Staff both holding R colours their two cells and names them in Status", () => {
      const row = rowWith("A", 4); // COO accountable here
      addon.edit(sheetName, `E${row}`, "R");
      expect(statusOf(addon, sheetName, row)).toContain("COO and Chief of Staff both own it");
      const colours = rowHighlights(addon, sheetName, row);
      expect(colours[3]).toBe(COLOURS.sharedOwnership);
      expect(colours[4]).toBe(COLOURS.sharedOwnership);
      expect(addon.analyze(sheetName).findings.map((f) => f.rule)).toContain("SHARED_OWNERSHIP");
    });

    it("an invalid 'X' is kept as typed, highlighted, counted in Status and reported with its cell", () => {
      const row = FIRST;
      const column = spareColumnIn(row);
      const a1 = `${letter(column)}${row}`;
      addon.edit(sheetName, a1, "X");
      expect(addon.sheet(sheetName).getRange(a1).getValue()).toBe("X");
      expect(statusOf(addon, sheetName, row)).toBe("1 invalid code");
      expect(rowHighlights(addon, sheetName, row)[column - 1]).toBe(COLOURS.invalid);
      const finding = addon.analyze(sheetName).findings.find((f) => f.rule === "INVALID_CODE");
      expect(finding?.cell).toBe(a1);
    });

    it("a lowercase 'a' is rewritten as 'A' by onEdit", () => {
      const row = rowWith("A", 4);
      const column = spareColumnIn(row);
      addon.edit(sheetName, `${letter(column)}${row}`, "a");
      expect(addon.sheet(sheetName).getRange(row, column).getValue()).toBe("A");
      expect(statusOf(addon, sheetName, row)).toBe("2 accountable");
    });

    it("analyzeMatrix agrees with the Status formulas row by row", () => {
      addon.edit(sheetName, `C${FIRST}`, "A");
      addon.edit(sheetName, `D${FIRST + 1}`, "");
      addon.edit(sheetName, `E${FIRST + 2}`, "X");
      const report = addon.analyze(sheetName);
      for (let row = FIRST; row < FIRST + initiatives; row++) {
        const status = statusOf(addon, sheetName, row);
        const rules = new Set(
          report.findings.filter((f) => f.cell?.match(new RegExp(`^[A-Z]+${row}$`))).map((f) => f.rule),
        );
        expect(status === "OK").toBe(
          ![...rules].some((r) => r !== "TOO_MANY_CONSULTED" && r !== "TOO_MANY_INFORMED"),
        );
        expect(status.includes("accountable") && status.includes("No one")).toBe(rules.has("NO_ACCOUNTABLE"));
        expect(/\d+ accountable/.test(status)).toBe(rules.has("MULTIPLE_ACCOUNTABLE"));
        expect(status.includes("invalid code")).toBe(rules.has("INVALID_CODE"));
        expect(status.includes("No one responsible")).toBe(rules.has("NO_RESPONSIBLE"));
      }
    });
  });
});

describe("generateMatrix never overwrites", () => {
  it("gives a second matrix with the same title a new sheet name", () => {
    const addon = loadAddon();
    const first = addon.generate({ template: "blank", title: "Q3" });
    const second = addon.generate({ template: "blank", title: "Q3" });
    expect(first.sheetName).toBe("Q3");
    expect(second.sheetName).toBe("Q3 (2)");
  });

  it("rejects an invalid spec with a message naming the field, and creates nothing", () => {
    const addon = loadAddon();
    const before = addon.emulator.spreadsheet.getSheets().length;
    expect(() => addon.generate({ roles: ["COO", "coo"] })).toThrow(/roles\[1\]/);
    expect(addon.emulator.spreadsheet.getSheets().length).toBe(before);
  });
});
