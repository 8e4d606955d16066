/** A fix limited to chosen rows (the third parameter of fixFindings/previewFixes): the row filter and its input. */
import { planFixes } from "../../../src/core/fix/index";
import { readFixRows } from "../../../src/core/fix/rows";
import { RULE_ORDER } from "../../../src/core/rules/severity";
import { matrixOf, type Row } from "../helpers";

const ROLES = ["CEO", "COO", "Chief of Staff", "Department heads"];
const PAIR = { ownerPair: ["COO", "Chief of Staff"] as [string, string] };
const ALL = new Set(RULE_ORDER);
const rows: Row[] = [
  ["Reduce cloud costs", "", "", "", "R"], // row 2: a gap
  ["Board deck preparation", "A", "", "A", ""], // row 3: double A
  ["Streamline expense approvals", "I", "A", "R", ""], // row 4: shared by the owner pair
  ["", "", "x", "", ""], // row 5: a code nobody can read, on a row without a name
];
const matrix = matrixOf(ROLES, rows, PAIR);
const only = (entries: [number, string][]) => new Map(entries);

describe("planFixes limited to rows", () => {
  it("plans exactly the full plan's changes on the rows asked for, and none elsewhere", () => {
    const full = planFixes(matrix, new Map(), ALL);
    const one = planFixes(matrix, new Map(), ALL, only([[4, "Streamline expense approvals"]]));
    expect(one.changes).toEqual(full.changes.filter((c) => c.row === 4));
    expect(one.changes.map((c) => c.cell)).toEqual(["D4", "E4"]);
    const two = planFixes(
      matrix,
      new Map(),
      ALL,
      only([
        [2, "Reduce cloud costs"],
        [3, "Board deck preparation"],
      ]),
    );
    expect(two.changes).toEqual(full.changes.filter((c) => c.row < 4));
  });

  it("skips a row that now holds another initiative than the one the caller saw, and says so", () => {
    const plan = planFixes(matrix, new Map(), ALL, only([[2, "Board deck preparation"]]));
    expect(plan.changes).toEqual([]);
    expect(plan.skipped).toEqual([
      {
        rule: "NO_ACCOUNTABLE",
        initiative: "Reduce cloud costs",
        reason: 'row 2 now holds "Reduce cloud costs", not "Board deck preparation": check again, then fix.',
      },
    ]);
  });

  it("reports findings without a safe fix only for the rows asked for", () => {
    const full = planFixes(matrix, new Map(), ALL);
    expect(full.skipped.some((s) => s.rule === "INVALID_CODE")).toBe(true);
    const one = planFixes(matrix, new Map(), ALL, only([[2, "Reduce cloud costs"]]));
    expect(one.skipped).toEqual([]);
    const five = planFixes(matrix, new Map(), ALL, only([[5, ""]]));
    expect(five.changes).toEqual([]);
    expect(five.skipped.map((s) => s.rule)).toEqual(expect.arrayContaining(["INVALID_CODE"]));
  });

  it("an empty list fixes nothing; no list fixes every row", () => {
    expect(planFixes(matrix, new Map(), ALL, only([])).changes).toEqual([]);
    expect(planFixes(matrix, new Map(), ALL, null)).toEqual(planFixes(matrix, new Map(), ALL));
  });
});

describe("readFixRows", () => {
  it("reads rows and their initiatives, trimmed; undefined and null mean every row", () => {
    expect(readFixRows([{ row: 5, initiative: " Reduce cloud costs " }])).toEqual({
      ok: true,
      rows: new Map([[5, "Reduce cloud costs"]]),
    });
    expect(readFixRows(undefined)).toEqual({ ok: true, rows: null });
    expect(readFixRows(null)).toEqual({ ok: true, rows: null });
  });

  it.each<[unknown, RegExp]>([
    [5, /^rows must be a list of rows and their initiatives/],
    [[7], /^rows\[0\] must be a row and its initiative/],
    [[{ row: 0, initiative: "A" }], /^rows\[0\]\.row must be a sheet row number .* not 0\./],
    [[{ row: 2.5, initiative: "A" }], /^rows\[0\]\.row .* not 2\.5\./],
    [[{ row: -1, initiative: "A" }], /^rows\[0\]\.row .* not -1\./],
    [[{ row: "3", initiative: "A" }], /^rows\[0\]\.row .* not "3"\./],
    [[{ row: Number.NaN, initiative: "A" }], /^rows\[0\]\.row .* not NaN\./],
    [[{ row: 3, initiative: "A" }, { initiative: "B" }], /^rows\[1\]\.row .* not missing\./],
    [[{ row: 3 }], /^rows\[0\]\.initiative must be the initiative's name as text, not missing\./],
    [
      [
        { row: 3, initiative: "A" },
        { row: 3, initiative: "B" },
      ],
      /^rows\[1\]: row 3 is listed twice/,
    ],
  ])("refuses %p with a message naming the field", (value, message) => {
    const read = readFixRows(value);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });
});
