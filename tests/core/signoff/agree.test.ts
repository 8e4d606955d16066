import { planAgreement } from "../../../src/core/signoff/agree";
import { readAgreeTargets } from "../../../src/core/signoff/targets";
import type { Layout } from "../../../src/core/plan/layout";
import type { CellValue, RaciMatrix } from "../../../src/core/types";
import { matrixOf } from "../helpers";

// A Initiative · B CEO · C COO · D Chief of Staff · E Status · F Decision · G Decided on · H Agreed by · I Notes
const LAYOUT: Layout = {
  headerRow: 1,
  areaColumn: null,
  nameColumn: 1,
  firstRoleColumn: 2,
  roleCount: 3,
  lastRow: 4,
  agreement: true,
  agreedBy: true,
};
const TIME = new Date("2026-05-12T09:00:00Z");
const COO = { role: "COO", person: "Dana Lee" };
const COS = { role: "Chief of Staff", person: "Sam Roe" };

function matrix(): RaciMatrix {
  const m = matrixOf(
    ["CEO", "COO", "Chief of Staff"],
    [
      ["Budget", "A", "R"],
      ["Hiring", "R", "A"],
      ["Offsite", "I", "", "A/R"],
    ],
  );
  const decided: [string, string][] = [
    ["Proposed", ""],
    ["Agreed", "COO (Dana Lee)"],
    ["Changed since agreed", "COO (Dana Lee); codes changed 2026-05-01"],
  ];
  m.initiatives.forEach((initiative, i) => {
    initiative.decision = decided[i][0];
    initiative.agreedBy = decided[i][1];
  });
  return m;
}
/** The Decision and Agreed by cells as matrix() reads them, and one Decided on date. */
function valueAt(row: number, column: number): CellValue {
  const initiative = matrix().initiatives.find((i) => i.row === row);
  if (column === 6) return initiative?.decision ?? "";
  if (column === 8) return initiative?.agreedBy ?? "";
  return column === 7 && row === 3 ? "2026-04-30" : "";
}
const target = (row: number, initiative: string, decision: string, codes: string) => ({
  row,
  initiative,
  decision,
  codes,
});

describe("marking rows Agreed from Check", () => {
  it("writes Agreed, today and the signer on a proposed row, and a fresh record on a changed one", () => {
    const plan = planAgreement(
      matrix(),
      LAYOUT,
      [
        target(2, "Budget", "Proposed", "CEO A · COO R"),
        target(4, "Offsite", "Changed since agreed", "CEO I · Chief of Staff A/R"),
      ],
      [COS],
      valueAt,
      TIME,
    );
    expect(plan).toEqual({
      ok: true,
      agreed: 2,
      already: 0,
      writes: [
        { row: 2, column: 6, value: "Agreed", old: "Proposed", initiative: "Budget", role: "Decision" },
        { row: 2, column: 7, value: TIME, old: "", initiative: "Budget", role: "Decided on" },
        {
          row: 2,
          column: 8,
          value: "Chief of Staff (Sam Roe)",
          old: "",
          initiative: "Budget",
          role: "Agreed by",
        },
        expect.objectContaining({ row: 4, column: 6, value: "Agreed", old: "Changed since agreed" }),
        expect.objectContaining({ row: 4, column: 7, value: TIME }),
        expect.objectContaining({ row: 4, column: 8, value: "Chief of Staff (Sam Roe)" }),
      ],
    });
  });

  it("adds the second owner to a row the first agreed, and writes nothing for an owner who already did", () => {
    const hiring = [target(3, "Hiring", "Agreed", "CEO R · COO A")];
    const second = planAgreement(matrix(), LAYOUT, hiring, [COS], valueAt, TIME);
    expect(second.ok && second.writes).toEqual([
      { row: 3, column: 7, value: TIME, old: "2026-04-30", initiative: "Hiring", role: "Decided on" },
      {
        row: 3,
        column: 8,
        value: "COO (Dana Lee), Chief of Staff (Sam Roe)",
        old: "COO (Dana Lee)",
        initiative: "Hiring",
        role: "Agreed by",
      },
    ]);
    expect(planAgreement(matrix(), LAYOUT, hiring, [COO], valueAt, TIME)).toEqual({
      ok: true,
      writes: [],
      agreed: 0,
      already: 1,
    });
  });

  it("refuses the whole call, naming the cell, when a row moved or its Decision or codes changed since Check read it", () => {
    const refusal = (t: ReturnType<typeof target>) => {
      const plan = planAgreement(
        matrix(),
        LAYOUT,
        [target(2, "Budget", "Proposed", "CEO A · COO R"), t],
        [COO],
        valueAt,
        TIME,
      );
      return plan.ok ? "" : plan.refusal;
    };
    expect(refusal(target(3, "Budget review", "Agreed", "CEO R · COO A"))).toMatch(
      /^Nothing was changed: A3 no longer holds “Budget review”/,
    );
    expect(refusal(target(3, "Hiring", "Proposed", "CEO R · COO A"))).toContain(
      "F3 says “Agreed” now, not “Proposed”",
    );
    expect(refusal(target(3, "Hiring", "Agreed", "CEO A · COO R"))).toContain(
      "the codes of “Hiring” (row 3) changed since Check read them",
    );
  });

  it("refuses a matrix without the Decision column, and writes no Agreed by where there is no such column", () => {
    const none = planAgreement(matrix(), { ...LAYOUT, agreement: false }, [], [COO], valueAt, TIME);
    expect(none.ok).toBe(false);
    const older = planAgreement(
      matrix(),
      { ...LAYOUT, agreedBy: false },
      [target(2, "Budget", "Proposed", "CEO A · COO R")],
      [COO],
      valueAt,
      TIME,
    );
    expect(older.ok && older.writes.map((w) => w.role)).toEqual(["Decision", "Decided on"]);
  });
});

describe("the rows a caller asks to agree", () => {
  it("reads each row as Check read it", () => {
    expect(
      readAgreeTargets([{ row: 3, initiative: " Hiring ", decision: "Agreed", codes: "CEO R" }]),
    ).toEqual([{ row: 3, initiative: "Hiring", decision: "Agreed", codes: "CEO R" }]);
  });

  it.each([
    [undefined, "rows must list the rows to agree"],
    [[], "rows must list the rows to agree"],
    [[{ row: 0, initiative: "X", decision: "", codes: "" }], "rows[0].row must be a sheet row number"],
    [[{ row: 2, initiative: "X", decision: "", codes: 5 }], "rows[0].codes must be text"],
    [
      [
        { row: 2, initiative: "X", decision: "", codes: "" },
        { row: 2, initiative: "Y", decision: "", codes: "" },
      ],
      "rows[1]: row 2 is listed twice",
    ],
  ])("refuses %p, naming what is wrong", (input, message) => {
    expect(() => readAgreeTargets(input)).toThrow(message);
  });
});
