import type { OffsitePack } from "../../../src/core/api";
import { formatOffsitePack, holdersText } from "../../../src/core/offsite/text";

const PACK: OffsitePack = {
  sheetName: "Exec | Q3",
  initiatives: 5,
  people: [
    { role: "CEO", heldBy: "" },
    { role: "COO", heldBy: "Dana *Lee*" },
  ],
  rows: [
    {
      initiative: "Budget <b>",
      area: "Finance",
      row: 10,
      cell: "B10",
      reason: "disputed",
      decision: "Disputed",
      signOff: "",
      holders: [
        { role: "CEO", heldBy: "", code: "R" },
        { role: "COO", heldBy: "Dana *Lee*", code: "A" },
      ],
      findings: [],
    },
    {
      initiative: "",
      area: "",
      row: 12,
      cell: "B12",
      reason: "finding",
      decision: "Proposed",
      signOff: "",
      holders: [],
      findings: [
        { rule: "UNNAMED_INITIATIVE", severity: "warning", message: "Row 12 has codes but no name." },
      ],
    },
  ],
};

describe("Copy as text for the offsite pack", () => {
  it("names who holds each role, then each group of rows with who holds what and what is wrong", () => {
    expect(formatOffsitePack(PACK)).toBe(
      [
        "Offsite pack — Exec | Q3",
        "2 of 5 initiatives to settle.",
        "",
        "Who holds each role",
        "  CEO: nobody named",
        "  COO: Dana *Lee*",
        "",
        "Disputed (1)",
        "  - Budget <b> (Finance) · Disputed",
        "      A: COO (Dana *Lee*) · R: CEO",
        "",
        "With a finding to settle (1)",
        "  - row 12 (no name) · Proposed",
        "      No codes yet",
        "      Row 12 has codes but no name.",
      ].join("\n"),
    );
  });

  it("escapes every user text in Markdown, so a name cannot turn into markup", () => {
    const text = formatOffsitePack(PACK, "markdown");
    expect(text).toContain("# Offsite pack — Exec \\| Q3");
    expect(text).toContain("- COO: Dana \\*Lee\\*");
    expect(text).toContain("- **Budget \\<b\\>** (Finance) · Disputed");
    expect(text).toContain("  - A: COO (Dana \\*Lee\\*) · R: CEO");
    expect(text).not.toMatch(/<b>|\*Lee\*/);
  });

  it("orders codes owners first, then doers, then the rest, a kind's own codes included", () => {
    const row = {
      ...PACK.rows[0],
      holders: ["I", "C", "S", "R", "D", "A", "A/R"].map((code, i) => ({ role: `R${i}`, heldBy: "", code })),
    };
    expect(holdersText(row)).toBe("A/R: R6 · A: R5 · D: R4 · R: R3 · S: R2 · C: R1 · I: R0");
  });
});
