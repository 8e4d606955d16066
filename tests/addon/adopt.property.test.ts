/**
 * Adoption of random real tables (issue 22, finding 9): section rows, subtotals and a Total row, blank rows
 * inside, notes columns before the roles and after them, a title above, a legend below, at a random column
 * beside someone else's table. Whatever the table, adopting it writes nothing outside the table it found but
 * its Status column, takes no section, total or blank row for an initiative, and the matrix it makes
 * analyses exactly the codes the user had.
 */
import fc from "fast-check";
import { columnLetter } from "../../src/core/a1";
import { loadAddon } from "../helpers/addon";

const CODES = ["R", "A", "A/R", "C", "I", "r", "a", "", ""];
const ROLE_POOL = ["COO", "Chief of Staff", "CEO", "CFO", "Dana", "Legal"];
const NAME_HEADERS = ["Task", "Initiative", "Project", "Workstream", "Deliverable", "Activity", "Decision"];
const NOTE_HEADERS = ["Notes", "Owner", "Due date", "Comments"];
const SECTIONS = ["Operations", "Strategy", "Phase 1: Prepare", "Launch"];

interface Group {
  section: boolean;
  rows: string[][]; // each initiative's codes, one per role
  subtotal: boolean;
  blankAfter: boolean;
}

interface Table {
  other: "left" | "right" | "none";
  column: number; // 0-based column of the name header
  headerRow: number; // 0-based
  notes: number; // notes columns between the name and the roles
  notesAfter: boolean; // a Notes column right of the roles
  roles: string[];
  groups: Group[];
  total: boolean;
}

const codesArb = (roles: number) =>
  fc
    .array(fc.constantFrom(...CODES), { minLength: roles, maxLength: roles })
    .filter((codes) => codes.some((code) => code !== ""));

const tableArb: fc.Arbitrary<Table> = fc
  .record({
    other: fc.constantFrom("left" as const, "right" as const, "none" as const),
    headerRow: fc.integer({ min: 0, max: 4 }),
    notes: fc.integer({ min: 0, max: 2 }),
    notesAfter: fc.boolean(),
    roles: fc.shuffledSubarray(ROLE_POOL, { minLength: 1, maxLength: 4 }),
    total: fc.boolean(),
    groupCount: fc.integer({ min: 1, max: 4 }),
    gap: fc.integer({ min: 0, max: 2 }),
  })
  .chain((t) =>
    fc.record({
      other: fc.constant(t.other),
      column: fc.constant(t.other === "left" ? 3 + t.gap : t.gap),
      headerRow: fc.constant(t.headerRow),
      notes: fc.constant(t.notes),
      notesAfter: fc.constant(t.notesAfter),
      roles: fc.constant(t.roles),
      total: fc.constant(t.total),
      groups: fc.array(
        fc.record({
          section: fc.boolean(),
          rows: fc.array(codesArb(t.roles.length), { minLength: 1, maxLength: 3 }),
          subtotal: fc.boolean(),
          blankAfter: fc.boolean(),
        }),
        { minLength: t.groupCount, maxLength: t.groupCount },
      ),
    }),
  );

interface Built {
  grid: (string | number)[][];
  names: string[];
  areas: string[];
  codes: string[][];
  nonInitiatives: string[];
  firstRow: number; // 1-based sheet rows of the table below the header
  lastRow: number;
  left: number; // 1-based columns of the table: the name column to the last role
  lastRole: number;
}

/** The sheet's cells, and what the table holds. */
function build(t: Table): Built {
  const width = t.column + 1 + t.notes + t.roles.length + 1 + (t.other === "right" ? 3 : 0);
  const rows: (string | number)[][] = [];
  const blankRow = () => new Array<string | number>(width).fill("");
  const firstRole = t.column + 1 + t.notes;
  for (let r = 0; r < t.headerRow; r++) rows.push(blankRow());
  if (t.headerRow > 0) rows[0][t.column] = "RACI, second half";
  const header = blankRow();
  header[t.column] = NAME_HEADERS[(t.headerRow + t.notes) % NAME_HEADERS.length];
  for (let i = 0; i < t.notes; i++) header[t.column + 1 + i] = NOTE_HEADERS[i];
  t.roles.forEach((role, i) => (header[firstRole + i] = role));
  if (t.notesAfter) header[firstRole + t.roles.length] = "Notes";
  rows.push(header);
  const names: string[] = [];
  const areas: string[] = [];
  const codes: string[][] = [];
  const nonInitiatives: string[] = [];
  const codeRow = (label: string, cells: (string | number)[]) => {
    const row = blankRow();
    row[t.column] = label;
    cells.forEach((cell, i) => (row[firstRole + i] = cell));
    rows.push(row);
    return row;
  };
  const firstRow = rows.length + 1;
  t.groups.forEach((group, g) => {
    const section = SECTIONS[g % SECTIONS.length] + (g >= SECTIONS.length ? ` ${g}` : "");
    if (group.section) {
      codeRow(section, []);
      nonInitiatives.push(section);
    }
    const top = rows.length + 1;
    group.rows.forEach((cells, i) => {
      const name = `Item ${g}.${i}`;
      const row = codeRow(name, cells);
      for (let n = 0; n < t.notes; n++) row[t.column + 1 + n] = (i + n) % 2 === 0 ? `note ${g}${i}` : "";
      if (t.notesAfter) row[firstRole + t.roles.length] = `after ${g}${i}`;
      names.push(name);
      areas.push(lastArea(t, g));
      codes.push(cells);
    });
    if (group.subtotal) {
      const bottom = rows.length;
      codeRow(
        "Subtotal",
        t.roles.map(
          (_, i) =>
            `=COUNTA(${columnLetter(firstRole + 1 + i)}${top}:${columnLetter(firstRole + 1 + i)}${bottom})`,
        ),
      );
      nonInitiatives.push("Subtotal");
    }
    if (group.blankAfter && g < t.groups.length - 1) rows.push(blankRow());
  });
  if (t.total) {
    codeRow(
      "Total",
      t.roles.map(
        (_, i) =>
          `=COUNTA(${columnLetter(firstRole + 1 + i)}${firstRow}:${columnLetter(firstRole + 1 + i)}${rows.length})`,
      ),
    );
    nonInitiatives.push("Total");
  }
  const lastRow = rows.length;
  rows.push(blankRow());
  const legend = blankRow();
  legend[t.column] = "Legend: A owns it, R does the work";
  rows.push(legend);
  if (t.other !== "none") {
    // Someone's own table beside it, from the second row down, maybe longer than the RACI table.
    const at = t.other === "left" ? 0 : width - 2;
    const other = [
      ["Item", "Cost"],
      ["Venue", 1200],
      ["Catering", 800],
      ["Travel", 2400],
    ];
    while (rows.length < other.length + 1) rows.push(blankRow());
    other.forEach((cells, i) => cells.forEach((cell, j) => (rows[i + 1][at + j] = cell)));
  }
  return {
    grid: rows,
    names,
    areas,
    codes,
    nonInitiatives,
    firstRow,
    lastRow,
    left: t.column + 1,
    lastRole: firstRole + t.roles.length,
  };
}

/** The area an initiative gets in a group without a heading: the last heading above it, if any. */
function lastArea(t: Table, g: number): string {
  for (let k = g; k >= 0; k--)
    if (t.groups[k].section) return SECTIONS[k % SECTIONS.length] + (k >= SECTIONS.length ? ` ${k}` : "");
  return "";
}

/** What the analysis must count: A/R counts as both, aliases as their code. */
function counts(roles: string[], codes: string[][]) {
  return roles.map((role, i) => {
    const tally = { role, R: 0, A: 0, C: 0, I: 0 };
    for (const row of codes) {
      const code = row[i].toUpperCase();
      if (code.includes("R")) tally.R++;
      if (code.includes("A")) tally.A++;
      if (code === "C") tally.C++;
      if (code === "I") tally.I++;
    }
    return tally;
  });
}

describe("adopting random real tables", () => {
  it("writes only its Status column, reads no section, total or blank row as an initiative, and analyses the user's codes", () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const built = build(t);
        const addon = loadAddon();
        const sheet = addon.emulator.spreadsheet.insertSheet("T");
        const height = built.grid.length;
        const width = built.grid[0].length;
        sheet.getRange(1, 1, height, width).setValues(built.grid);
        const before = {
          values: sheet.getRange(1, 1, height, width).getValues(),
          formulas: sheet.getRange(1, 1, height, width).getFormulas(),
        };

        const preview = addon.app.previewAdoption("T") as {
          roles: string[];
          initiatives: number;
          adds: string[];
        };
        expect(preview.roles).toEqual(t.roles);
        expect(preview.initiatives).toBe(built.names.length);
        addon.app.adoptMatrix("T");

        // Nothing outside the table changed, and inside only the Status column: take it out and compare.
        const inserted = /^A new column/.test(preview.adds[0]);
        const status = built.lastRole + 1;
        const grid = sheet.getRange(1, 1, height, width + (inserted ? 1 : 0));
        const blank = (rows: unknown[][]) =>
          rows.map((row) => row.map((cell, c) => (c === status - 1 ? "" : cell)));
        const taken = (rows: unknown[][]) =>
          rows.map((row) => [...row.slice(0, status - 1), ...row.slice(status)]);
        const outside = inserted ? taken : blank; // after adoption, without its Status column
        const was = inserted ? (rows: unknown[][]) => rows : blank;
        expect(outside(grid.getFormulas())).toEqual(was(before.formulas));
        expect(outside(grid.getValues())).toEqual(was(before.values));

        // Only the user's initiatives, with the sections as their areas, and exactly their codes.
        const described = addon.app.describeActiveSheet("T") as {
          matrix: { initiatives: { name: string; area: string }[] };
        };
        expect(described.matrix.initiatives.map((i) => i.name)).toEqual(built.names);
        expect(described.matrix.initiatives.map((i) => i.area)).toEqual(built.areas);
        const report = addon.analyze("T");
        expect(report.roles).toEqual(counts(t.roles, built.codes));
        expect(report.findings.filter((f) => built.nonInitiatives.includes(f.initiative ?? ""))).toEqual([]);

        // Rows that are no initiative get no Status and no dropdown.
        const labels = sheet.getRange(1, built.left, height, 1).getValues().flat();
        labels.forEach((label, i) => {
          const row = i + 1;
          if (row < built.firstRow || row > built.lastRow) return;
          if (built.names.includes(String(label))) return;
          expect(sheet.getRange(row, status).getFormula()).toBe("");
          expect(sheet.getRange(row, status - 1).getDataValidation()).toBeNull();
        });
      }),
      { numRuns: 25 },
    );
  });
});
