import { HyperFormula } from "hyperformula";
import {
  planOverview,
  OVERVIEW_HEADER_ROW,
  type OverviewMatrix,
  type OverviewPlan,
} from "../../../src/core/portfolio/overview";

/** Two matrices with codes in B2:C4 (roles in columns B and C, initiatives in rows 2..4). */
const Q1: OverviewMatrix = {
  sheetName: "Q1 plan",
  kind: "RACI",
  roles: [
    { name: "COO", column: 2 },
    { name: "Chief of Staff", column: 3 },
  ],
  firstRow: 2,
  lastRow: 4,
};
const Q2: OverviewMatrix = {
  ...Q1,
  sheetName: "Q2",
  roles: [
    { name: "CoS", column: 2 },
    { name: "CFO", column: 3 },
  ],
};

/** Evaluates the overview on HyperFormula, beside matrix sheets holding `codes` (rows 2.., columns B..). */
function evaluate(matrices: { name: string; codes: string[][] }[], plan: OverviewPlan) {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  for (const { name, codes } of matrices) {
    hf.addSheet(name);
    hf.setSheetContent(hf.getSheetId(name) ?? -1, [[], ...codes.map((row) => ["", ...row])]);
  }
  const overview = hf.getSheetId(hf.addSheet("Overview")) ?? -1;
  // The table from OVERVIEW_HEADER_ROW, as on the sheet (HyperFormula, like Sheets, keeps 'text as text).
  const above = Array.from({ length: OVERVIEW_HEADER_ROW - 1 }, () => []);
  hf.setSheetContent(overview, [...above, ...plan.values]);
  const read = () => hf.getSheetValues(overview).slice(OVERVIEW_HEADER_ROW - 1);
  return { hf, read };
}

describe("the overview sheet's plan", () => {
  it("has one row per role, merged across matrices (CoS is the Chief of Staff), one column per matrix and a total", () => {
    const { values: table } = planOverview([Q1, Q2]);
    expect(table.map((row) => row[0])).toEqual(["Role", "'COO", "'Chief of Staff", "'CFO"]);
    expect(table[0]).toEqual(["Role", "'Q1 plan", "'Q2", "All matrices"]);
    expect(table[1][2]).toBe(""); // the COO is in no column of Q2
  });

  it("counts R or A (A/R and every accepted spelling once) per role and matrix, live as codes are typed", () => {
    const plan = planOverview([Q1, Q2]);
    const { hf, read } = evaluate(
      [
        {
          name: "Q1 plan",
          codes: [
            ["A/R", "C"],
            ["r", "Accountable"],
            ["I", ""],
          ],
        },
        {
          name: "Q2",
          codes: [
            ["A", "R"],
            ["", ""],
            ["", ""],
          ],
        },
      ],
      plan,
    );
    expect(read().slice(1)).toEqual([
      ["COO", 2, "", 2],
      ["Chief of Staff", 1, 1, 2],
      ["CFO", "", 1, 1],
    ]);
    hf.setCellContents({ sheet: hf.getSheetId("Q2") ?? -1, row: 2, col: 1 }, "ra");
    expect(read()[2]).toEqual(["Chief of Staff", 1, 2, 3]);
  });

  it("counts a DACI matrix's D or A in any spelling, and not an R, which is no DACI code", () => {
    const decisions: OverviewMatrix = { ...Q1, sheetName: "Decisions", kind: "DACI" };
    const plan = planOverview([decisions]);
    const { read } = evaluate(
      [
        {
          name: "Decisions",
          codes: [
            ["driver", "A"],
            ["R", "Approver"],
            ["D", "C"],
          ],
        },
      ],
      plan,
    );
    expect(read().slice(1)).toEqual([
      ["COO", 2, 2],
      ["Chief of Staff", 2, 2],
    ]);
  });

  it("references sheets by quoted name, so a sheet named like a formula or with a quote stays a name", () => {
    const odd = ['=HYPERLINK("x")', "It's Q3"];
    const plan = planOverview(odd.map((sheetName) => ({ ...Q1, sheetName })));
    const formulas = plan.values
      .flat()
      .filter((v): v is string => typeof v === "string" && v.startsWith("=COUNTIF"));
    expect(formulas[0]).toContain(`'=HYPERLINK("x")'!$B$2:$B$4`);
    expect(formulas.some((f) => f.includes(`'It''s Q3'!$B$2:$B$4`))).toBe(true);
    const { read } = evaluate(
      odd.map((name) => ({
        name,
        codes: [
          ["A", "R"],
          ["R", ""],
          ["", ""],
        ],
      })),
      plan,
    );
    expect(read()[0]).toEqual(["Role", '=HYPERLINK("x")', "It's Q3", "All matrices"]);
    expect(read().slice(1)).toEqual([
      ["COO", 2, 2, 4],
      ["Chief of Staff", 1, 1, 2],
    ]);
  });

  it("charts the roles as categories and the matrices as stacked series, without the total", () => {
    const { chart, range } = planOverview([Q1, Q2]);
    expect(range).toEqual({ row: OVERVIEW_HEADER_ROW, column: 1, numRows: 4, numColumns: 4 });
    expect(chart).toMatchObject({ ranges: [{ ...range, numColumns: 3 }], transpose: false });
    expect(chart.colors).toHaveLength(2);
  });

  it("is a header alone when there is no matrix", () => {
    expect(planOverview([]).values).toEqual([["Role", "All matrices"]]);
  });
});
