/**
 * Suggestions and fixes in each kind (docs/domain.md "Kinds of matrix", "Suggestions", "Fixes"): a suggested row
 * passes the kind's row rules, in the kind's codes (in DACI the owner pair's role drives or approves), and a fix
 * writes only the kind's codes, leaving each fixable finding fixed or skipped with a reason.
 */
import fc from "fast-check";
import { planFixes } from "../../../src/core/fix/index";
import { codesOf } from "../../../src/core/codes";
import { MATRIX_KINDS } from "../../../src/core/kinds";
import { suggestAssignments } from "../../../src/core/suggest/index";
import type { MatrixKind } from "../../../src/core/types";
import { analyzeGrid, matrixOf, type Row } from "../helpers";
import { rowFindings } from "../suggest/rowCheck";

const ROLES = ["CEO", "COO", "Chief of Staff", "Department heads", "CFO"];
const PAIR: [string, string] = ["COO", "Chief of Staff"];
const FIXABLE = new Set([
  "NO_ACCOUNTABLE",
  "MULTIPLE_ACCOUNTABLE",
  "MULTIPLE_DRIVERS",
  "SHARED_OWNERSHIP",
  "NO_RESPONSIBLE",
]);
const words = fc.constantFrom(
  "process",
  "board",
  "costs",
  "vision",
  "budget",
  "decision memo",
  "warehouse",
  "offsite",
  "projects",
  "teams",
  "dog",
);
const name = fc.array(words, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const anyKind = fc.constantFrom(...MATRIX_KINDS);

/** The roles a suggestion gives each code, as { A: ["CEO"], D: ["Chief of Staff"], … }. */
function byCode(assignments: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [role, code] of Object.entries(assignments)) (out[code] ??= []).push(role);
  return out;
}

describe("suggestions in each kind", () => {
  it("propose only rows that pass the kind's row rules, in the kind's codes (property)", () => {
    fc.assert(
      fc.property(anyKind, fc.array(name, { minLength: 1, maxLength: 8 }), (kind, names) => {
        const result = suggestAssignments({
          kind,
          template: "blank",
          roles: ROLES,
          ownerPair: PAIR,
          initiatives: names.map((n) => ({ name: n })),
        });
        for (const s of result.initiatives) {
          if (!s.suggested) continue;
          for (const code of Object.values(s.assignments)) expect(codesOf(kind)).toContain(code);
          expect(rowFindings(ROLES, s, PAIR, kind)).toEqual([]);
        }
      }),
    );
  });

  it("in DACI, the Chief of Staff drives the decisions it prepares for the CEO, who approves them", () => {
    const [memo] = suggestAssignments({
      kind: "DACI",
      initiatives: [{ name: "Decision memo for the CEO on the new pricing" }],
    }).initiatives;
    expect(byCode(memo.assignments)).toMatchObject({ D: ["Chief of Staff"], A: ["CEO"] });
  });

  it("in DACI, the COO approves operational work that the department heads drive", () => {
    const [work] = suggestAssignments({
      kind: "DACI",
      initiatives: [{ name: "Improve warehouse processes and efficiency" }],
    }).initiatives;
    expect(byCode(work.assignments)).toMatchObject({ A: ["COO"], D: ["Department heads"] });
  });

  it("in RASCI, suggest as in RACI: S is a person's call, never suggested", () => {
    const spec = { initiatives: [{ name: "Improve warehouse processes and efficiency" }] };
    const rasci = suggestAssignments({ ...spec, kind: "RASCI" }).initiatives[0];
    expect(rasci.assignments).toEqual(suggestAssignments(spec).initiatives[0].assignments);
  });
});

/** Random rows of one kind: its codes, an empty cell, and something unreadable. */
const grid = (kind: MatrixKind) =>
  fc
    .array(
      fc.tuple(
        name,
        fc.array(fc.constantFrom("", "", "X", ...codesOf(kind)), {
          minLength: ROLES.length,
          maxLength: ROLES.length,
        }),
      ),
      { maxLength: 10 },
    )
    .map((rows) => rows.map(([n, cells], i): Row => [`${n} #${i}`, ...cells]));

describe("fixes in each kind", () => {
  it("write only the kind's codes, never over an unreadable cell, and leave each fixable finding fixed or skipped (property)", () => {
    fc.assert(
      fc.property(
        anyKind.chain((kind) => fc.tuple(fc.constant(kind), grid(kind))),
        ([kind, rows]) => {
          const settings = { kind, ownerPair: PAIR };
          const plan = planFixes(matrixOf(ROLES, rows, settings));
          const after = rows.map((row) => row.slice() as Row);
          for (const change of plan.changes) {
            expect([...codesOf(kind), ""]).toContain(change.new);
            expect(after[change.row - 2][change.column - 1]).not.toBe("X");
            after[change.row - 2][change.column - 1] = change.new;
          }
          const left = analyzeGrid(ROLES, after, settings).findings.filter((f) => FIXABLE.has(f.rule));
          for (const finding of left)
            expect(plan.skipped).toContainEqual(
              expect.objectContaining({ rule: finding.rule, initiative: finding.initiative }),
            );
        },
      ),
    );
  });

  const fixOne = (row: Row) => planFixes(matrixOf(ROLES, [row], { kind: "DACI", ownerPair: PAIR }));

  it("DACI: of two Approvers the better match keeps the A, and the other drives when nobody does", () => {
    const { changes } = fixOne(["Board meeting preparation", "A", "", "A", "", ""]);
    expect(changes.map((c) => [c.role, c.old, c.new])).toEqual([["CEO", "A", "D"]]);
  });

  it("DACI: of two Drivers the better match keeps the D, and the other contributes", () => {
    const { changes } = fixOne(["Improve warehouse processes", "A", "D", "", "", "D"]);
    expect(changes.map((c) => [c.role, c.old, c.new, c.rule])).toEqual([
      ["CFO", "D", "C", "MULTIPLE_DRIVERS"],
    ]);
  });

  it("DACI: a decision without a Driver gets the one the suggestion names, never the Approver as A/R", () => {
    const { changes } = fixOne(["Improve warehouse processes", "I", "A", "I", "", ""]);
    expect(changes.map((c) => [c.role, c.new])).toEqual([["Department heads", "D"]]);
  });
});
