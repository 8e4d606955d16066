import fc from "fast-check";
import { analyze } from "../../src/core/analyze";
import type { CellValue, Finding, MatrixRole, RaciMatrix } from "../../src/core/types";
import { HEADER_ROW, matrixOf, type Row } from "./helpers";

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom("R", "A", "A/R", "C", "I", "ra", " a , r ", "Informed", "", " "),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
  fc.constant(undefined),
);

const roleName = fc.oneof(fc.constantFrom("CEO", "COO", "coo", "Chief of Staff", "", " "), fc.string());
const initiativeName = fc.oneof(fc.constantFrom("Budget", "budget ", "Hiring", ""), fc.string());

/** Roles and a grid of rows, each row as long as the roles. */
const grid = fc.integer({ min: 0, max: 8 }).chain((width) =>
  fc.record({
    roles: fc.array(roleName, { minLength: width, maxLength: width }),
    rows: fc.array(
      fc
        .tuple(initiativeName, fc.array(anyCell, { minLength: width, maxLength: width }))
        .map(([name, cells]): Row => [name, ...cells]),
      { maxLength: 12 },
    ),
  }),
);

const quietCell = fc.constantFrom<CellValue>("", "C", "I", null);

describe("analysis properties", () => {
  it("never throws, whatever the cells hold, and returns JSON-safe findings", () => {
    fc.assert(
      fc.property(
        grid,
        fc.option(fc.integer({ min: -2, max: 3 }), { nil: undefined }),
        ({ roles, rows }, headerRow) => {
          const analysis = analyze(matrixOf(roles, rows), { headerRow });
          expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
          const total = analysis.counts.error + analysis.counts.warning + analysis.counts.info;
          expect(total).toBe(analysis.findings.length);
        },
      ),
    );
  });

  it("a second A on a row always makes MULTIPLE_ACCOUNTABLE for that row", () => {
    const row = fc.integer({ min: 2, max: 8 }).chain((width) =>
      fc.record({
        cells: fc.array(anyCell, { minLength: width, maxLength: width }),
        first: fc.nat(width - 1),
        second: fc.nat(width - 2),
      }),
    );
    fc.assert(
      fc.property(row, ({ cells, first, second }) => {
        const placed = [...cells];
        placed[first] = "A";
        // The second A goes on any other column.
        placed[second >= first ? second + 1 : second] = "a";
        const roles = placed.map((_, i) => `Role ${i}`);
        const found = analyze(matrixOf(roles, [["Budget", ...placed]])).findings.filter(
          (f) => f.rule === "MULTIPLE_ACCOUNTABLE",
        );
        expect(found.map((f) => f.cell)).toEqual(["A2"]);
      }),
    );
  });

  it("a row with exactly one A and one R, the rest C, I or empty, has no row-level error", () => {
    const row = fc.integer({ min: 2, max: 8 }).chain((width) =>
      fc.record({
        cells: fc.array(quietCell, { minLength: width, maxLength: width }),
        a: fc.nat(width - 1),
        r: fc.nat(width - 2),
      }),
    );
    fc.assert(
      fc.property(row, ({ cells, a, r }) => {
        const placed = [...cells];
        placed[a] = "A";
        placed[r >= a ? r + 1 : r] = "R";
        const roles = placed.map((_, i) => `Role ${i}`);
        const analysis = analyze(matrixOf(roles, [["Budget", ...placed]], { ownerPair: null }));
        expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
        // Only notes (too many consulted or informed) may remain on the row.
        expect(analysis.findings.filter((f) => f.cell === "A2" && f.severity !== "info")).toEqual([]);
      }),
    );
  });

  it("gives the same findings whatever order the roles are listed in, each keeping its column", () => {
    fc.assert(
      fc.property(
        grid,
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        ({ roles, rows }, noise) => {
          const matrix = matrixOf(roles, rows);
          const order = roles.map((_, i) => ({ i, key: noise.next().value })).sort((x, y) => x.key - y.key);
          const shuffled: RaciMatrix = {
            ...matrix,
            roles: order.map(({ i }) => matrix.roles[i]),
            initiatives: matrix.initiatives.map((initiative) => ({
              ...initiative,
              cells: order.map(({ i }) => initiative.cells[i]),
            })),
          };
          const options = { headerRow: HEADER_ROW };
          expect(analyze(shuffled, options).findings).toEqual(analyze(matrix, options).findings);
        },
      ),
    );
  });

  it("gives the same findings, cells aside, when distinct roles move to other columns", () => {
    const distinct = fc.integer({ min: 0, max: 6 }).chain((width) =>
      fc.record({
        permutation: fc.shuffledSubarray(
          Array.from({ length: width }, (_, i) => i),
          { minLength: width, maxLength: width },
        ),
        rows: fc.array(fc.tuple(initiativeName, fc.array(anyCell, { minLength: width, maxLength: width })), {
          maxLength: 10,
        }),
      }),
    );
    const comparable = (findings: Finding[]) =>
      findings
        .map(({ rule, severity, initiative, role, message }) => ({
          rule,
          severity,
          initiative,
          role,
          // INVALID_CODE names its cell in the message.
          message: rule === "INVALID_CODE" ? "" : message,
        }))
        .map((f) => JSON.stringify(f))
        .sort();
    fc.assert(
      fc.property(distinct, ({ permutation, rows }) => {
        const roles = permutation.map((_, i) => `Role ${i}`);
        const matrix = matrixOf(
          roles,
          rows.map(([name, cells]): Row => [name, ...cells]),
          {
            ownerPair: ["Role 0", "Role 1"],
          },
        );
        const moved: RaciMatrix = {
          ...matrix,
          roles: permutation
            .map((p): MatrixRole => matrix.roles[p])
            .map((role, i) => ({ ...role, column: 2 + i })),
          initiatives: matrix.initiatives.map((initiative) => ({
            ...initiative,
            cells: permutation.map((p) => initiative.cells[p]),
          })),
        };
        expect(comparable(analyze(moved).findings)).toEqual(comparable(analyze(matrix).findings));
      }),
    );
  });
});

describe("analysis on a spare-only grid", () => {
  it("ignores rows that hold nothing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<CellValue>("", " ", null, undefined), { maxLength: 5 }),
        (cells) => {
          const matrix = matrixOf(["CEO", "COO", "Chief of Staff", "Heads", "CFO"], [["", ...cells]]);
          expect(analyze(matrix).findings).toEqual([]);
        },
      ),
    );
  });
});
