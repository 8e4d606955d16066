import type { OffsitePack } from "../../../src/core/api";
import { OFFSITE_COLUMNS, planOffsiteSheet } from "../../../src/core/offsite/sheet";

const PACK: OffsitePack = {
  sheetName: "Exec",
  initiatives: 3,
  people: [
    { role: "=IMPORTRANGE(1)", heldBy: "+1 555" },
    { role: "COO", heldBy: "" },
  ],
  rows: [
    {
      initiative: '=HYPERLINK("x")',
      area: "2024-01-01",
      row: 10,
      cell: "B10",
      reason: "changed",
      decision: "Changed since agreed",
      signOff: "COO; codes changed 2026-05-12",
      holders: [{ role: "COO", heldBy: "", code: "A" }],
      findings: [
        { rule: "NO_RESPONSIBLE", severity: "warning", message: "No one does the work." },
        { rule: "AGREED_WITH_PROBLEMS", severity: "warning", message: "Agreed, but…" },
      ],
    },
  ],
};

describe("the printable offsite pack", () => {
  const plan = planOffsiteSheet(PACK, "2026-05-12");
  const values = plan.blocks[0].values ?? [];

  it("writes every cell literally: no formula, number or date, whatever a name says", () => {
    for (const row of values)
      for (const value of row)
        expect(value === "" || (typeof value === "string" && value.startsWith("'"))).toBe(true);
    expect(values.flat()).toContain("'=IMPORTRANGE(1)");
    expect(values.flat()).toContain('\'=HYPERLINK("x")');
  });

  it("holds the title, the day it was made, who holds each role, then one row per row to settle", () => {
    const text = values.map((row) => row.map((value) => String(value).replace(/^'/, "")));
    expect(text[0][0]).toBe("Offsite pack — Exec");
    expect(text[1][0]).toContain("as of 2026-05-12");
    expect(text[2][0]).toBe("1 of 3 initiatives to settle.");
    expect(text.slice(5, 8).map((row) => row.slice(0, 2))).toEqual([
      ["Role", "Held by"],
      ["=IMPORTRANGE(1)", "+1 555"],
      ["COO", "nobody named"],
    ]);
    expect(text[9]).toEqual([
      "To settle",
      "Area",
      "Initiative",
      "Decision",
      "Who holds what",
      "Agreed by",
      "Findings",
    ]);
    expect(text[10]).toEqual([
      "Changed since agreed",
      "2024-01-01",
      '=HYPERLINK("x")',
      "Changed since agreed",
      "A: COO",
      "COO; codes changed 2026-05-12",
      "No one does the work.\nAgreed, but…",
    ]);
  });

  it("covers exactly its range with values, and protects that range with a warning naming the product", () => {
    expect(plan.range).toEqual({ row: 1, column: 1, numRows: values.length, numColumns: OFFSITE_COLUMNS });
    for (const row of values) expect(row).toHaveLength(OFFSITE_COLUMNS);
    expect(plan.protection).toEqual({
      range: plan.range,
      description: expect.stringContaining("RACI Matrix for Sheets"),
    });
    for (const block of plan.blocks) {
      expect(block.range.row + block.range.numRows).toBeLessThanOrEqual(plan.range.numRows + 1);
      expect(block.range.column + block.range.numColumns).toBeLessThanOrEqual(OFFSITE_COLUMNS + 1);
    }
  });
});
