/**
 * The kind is one of the matrix's settings, kept with the others (RACI when stored before kinds existed), and
 * a spec names it: validateSpec checks it, and checks the codes given against it, naming the field at fault.
 */
import { cellsNotOfKind, kindChangeProblem } from "../../../src/core/kindChange";
import { validateSettings } from "../../../src/core/settings";
import { validateSpec } from "../../../src/core/spec";
import { matrixOf, ROLES } from "../helpers";

describe("validateSettings: the kind", () => {
  it("is RACI for settings stored without one, and kept when given", () => {
    const stored = { ownerPair: ["COO", "Chief of Staff"], maxResponsible: 2 }; // as 0.2.0 stored them
    expect(validateSettings(stored, ROLES)).toMatchObject({
      ok: true,
      value: { kind: "RACI", maxResponsible: 2 },
    });
    expect(validateSettings({ ...stored, kind: "DACI" }, ROLES)).toMatchObject({
      ok: true,
      value: { kind: "DACI" },
    });
  });

  it("refuses a kind that is not RACI, RASCI or DACI, naming the field", () => {
    expect(validateSettings({ kind: "RAPID" }, ROLES)).toEqual({
      ok: false,
      errors: [{ field: "kind", message: 'Unknown kind "RAPID". Use "RACI", "RASCI" or "DACI".' }],
    });
    expect(validateSettings({ kind: 3 }, ROLES)).toMatchObject({ ok: false, errors: [{ field: "kind" }] });
  });
});

describe("validateSpec: the kind", () => {
  const initiative = (assignments: Record<string, string>) => [{ name: "Budget", assignments }];

  it("is the template's when not given: RACI", () => {
    expect(validateSpec({})).toMatchObject({ ok: true, value: { kind: "RACI" } });
  });

  it("reads a kind's codes in any of its spellings, canonical in the result", () => {
    const result = validateSpec({
      kind: "DACI",
      template: "blank",
      initiatives: initiative({ CEO: "approver", COO: " d ", "Chief of Staff": "Contributor" }),
    });
    expect(result).toMatchObject({
      ok: true,
      value: { kind: "DACI", initiatives: [{ codes: ["A", "D", "C", ""] }] },
    });
  });

  it("refuses another kind's code, naming the field and the kind's codes", () => {
    expect(validateSpec({ kind: "DACI", template: "blank", initiatives: initiative({ COO: "R" }) })).toEqual({
      ok: false,
      errors: [
        { field: "initiatives[0].assignments.COO", message: '"R" is not a DACI code. Use D, A, C or I.' },
      ],
    });
    expect(validateSpec({ initiatives: initiative({ COO: "S" }) })).toMatchObject({
      ok: false,
      errors: [
        {
          field: "initiatives[0].assignments.COO",
          message: '"S" is not a RACI code. Use R, A, A/R, C or I.',
        },
      ],
    });
  });

  it("refuses an unknown kind, and a template whose codes the kind lacks", () => {
    expect(validateSpec({ kind: "raci" })).toMatchObject({ ok: false, errors: [{ field: "kind" }] });
    expect(validateSpec({ kind: "DACI", template: "coo-cos" })).toEqual({
      ok: false,
      errors: [
        {
          field: "template",
          message:
            'The "coo-cos" template holds A/R and R, which a DACI matrix does not have. Use "coo-cos-daci" or "blank", or another kind.',
        },
      ],
    });
  });
});

describe("changing the kind of a matrix that holds codes", () => {
  it("is allowed when every code is one of the new kind's", () => {
    const matrix = matrixOf(ROLES, [["Budget", "A", "C", "I", ""]]);
    expect(cellsNotOfKind(matrix, "DACI")).toEqual([]);
    expect(kindChangeProblem(matrix, "DACI")).toBeNull();
  });

  it("is refused, naming each cell whose code the new kind lacks (a RACI R, an S, an unreadable text)", () => {
    const matrix = matrixOf(ROLES, [
      ["Budget", "A", "r", "", "I"],
      ["Hiring", "x?", "A/R", "", ""],
    ]);
    expect(cellsNotOfKind(matrix, "DACI")).toEqual([
      { cell: "C2", text: "R" },
      { cell: "B3", text: "x?" },
      { cell: "C3", text: "A/R" },
    ]);
    expect(kindChangeProblem(matrix, "DACI")).toBe(
      'This matrix cannot become a DACI matrix while its cells hold codes a DACI matrix does not have: C2 holds "R", B3 holds "x?", C3 holds "A/R". Change or clear those cells first.',
    );
  });
});
