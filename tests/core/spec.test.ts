import { validateSpec } from "../../src/core/spec";
import { TEMPLATES } from "../../src/core/templates";
import type { FieldError, ValidSpec } from "../../src/core/types";

function valid(input: unknown): ValidSpec {
  const result = validateSpec(input);
  if (!result.ok) throw new Error(`expected a valid spec: ${JSON.stringify(result.errors)}`);
  return result.value;
}

function errors(input: unknown): FieldError[] {
  const result = validateSpec(input);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

const fields = (input: unknown) => errors(input).map((e) => e.field);

describe("validateSpec: defaults", () => {
  it("takes the COO vs Chief of Staff template when nothing is given", () => {
    for (const input of [undefined, null, {}]) {
      const spec = valid(input);
      expect(spec.title).toBe("RACI – COO vs Chief of Staff");
      expect(spec.roles).toEqual(TEMPLATES["coo-cos"].roles);
      expect(spec.ownerPair).toEqual(["COO", "Chief of Staff"]);
      expect(spec.initiatives).toHaveLength(9);
    }
  });

  it("aligns the template's codes with the roles", () => {
    const first = valid({}).initiatives[0];
    expect(first).toEqual({
      name: "Set the operational strategy",
      area: "Operations",
      codes: ["C", "A/R", "I", "C"],
    });
  });

  it("keeps only assignments of roles still present when custom roles come without initiatives", () => {
    const spec = valid({ roles: ["Chief of Staff", "CFO", "coo"] });
    expect(spec.initiatives[0].codes).toEqual(["I", "", "A/R"]);
    expect(spec.ownerPair).toEqual(["coo", "Chief of Staff"]);
  });

  it("drops the default owner pair when one of its roles is gone", () => {
    expect(valid({ roles: ["CEO", "COO"] }).ownerPair).toBeNull();
  });

  it("uses the template title when the title is empty, and trims it otherwise", () => {
    expect(valid({ title: "   " }).title).toBe("RACI – COO vs Chief of Staff");
    expect(valid({ title: " Q3 plan ", template: "blank" }).title).toBe("Q3 plan");
    expect(valid({ template: "blank" }).title).toBe("RACI matrix");
  });

  it("accepts null as no owner pair", () => {
    expect(valid({ ownerPair: null }).ownerPair).toBeNull();
  });
});

describe("validateSpec: given initiatives", () => {
  it("trims names, canonicalises aliases and aligns codes with the roles", () => {
    const spec = valid({
      roles: [" CEO ", "COO"],
      initiatives: [
        { name: "  Budget ", area: " Finance ", assignments: { coo: "ra", CEO: " informed " } },
        { name: "Hiring" },
        { name: "Offsite", assignments: { CEO: "", COO: null } },
      ],
    });
    expect(spec).toEqual({
      title: "RACI – COO vs Chief of Staff",
      kind: "RACI",
      roles: ["CEO", "COO"],
      ownerPair: null,
      initiatives: [
        { name: "Budget", area: "Finance", codes: ["I", "A/R"] },
        { name: "Hiring", area: "", codes: ["", ""] },
        { name: "Offsite", area: "", codes: ["", ""] },
      ],
    });
  });

  it("accepts an empty list of initiatives", () => {
    expect(valid({ initiatives: [] }).initiatives).toEqual([]);
  });
});

describe("validateSpec: errors, each naming its field", () => {
  it("refuses input that is not an object", () => {
    for (const input of ["coo-cos", 3, [], true]) {
      expect(errors(input)).toEqual([
        { field: "spec", message: "The matrix description must be an object." },
      ]);
    }
  });

  it("refuses an unknown template", () => {
    expect(errors({ template: "cfo" })).toEqual([
      { field: "template", message: 'Unknown template "cfo". Use "coo-cos", "coo-cos-daci" or "blank".' },
    ]);
    expect(fields({ template: 3 })).toEqual(["template"]);
    expect(fields({ template: "constructor" })).toEqual(["template"]);
  });

  it("reports empty, non-text and duplicate role names", () => {
    expect(errors({ roles: ["CEO", "COO", "  ", "coo", 5] })).toEqual([
      { field: "roles[2]", message: "Role name must not be empty." },
      { field: "roles[3]", message: 'Role "coo" appears twice (also roles[1]).' },
      { field: "roles[4]", message: "Role name must be text." },
    ]);
  });

  it("refuses no roles, too many roles, and roles that are not a list", () => {
    expect(fields({ roles: [] })).toEqual(["roles"]);
    expect(fields({ roles: Array.from({ length: 201 }, (_, i) => `R${i}`) })).toEqual(["roles"]);
    expect(fields({ roles: "CEO, COO" })).toEqual(["roles"]);
  });

  it("refuses names over 500 characters, role names over 60 (a header's width) and titles over 100", () => {
    const long = "x".repeat(501);
    expect(fields({ roles: [long], title: "t".repeat(101) })).toEqual(["title", "roles[0]"]);
    expect(fields({ initiatives: [{ name: long, area: long }] })).toEqual([
      "initiatives[0].name",
      "initiatives[0].area",
    ]);
    expect(valid({ title: "t".repeat(100), roles: ["x".repeat(60)] }).roles[0]).toHaveLength(60);
    expect(fields({ roles: ["x".repeat(61)] })).toEqual(["roles[0]"]);
  });

  it("checks an explicit owner pair against the roles", () => {
    expect(errors({ ownerPair: ["COO", "CFO"] })).toEqual([
      { field: "ownerPair[1]", message: '"CFO" is not one of the roles.' },
    ]);
    expect(fields({ ownerPair: ["COO", "COO"] })).toEqual(["ownerPair[1]"]);
    expect(fields({ ownerPair: [1, "COO"] })).toEqual(["ownerPair[0]"]);
    expect(fields({ ownerPair: "COO" })).toEqual(["ownerPair"]);
    expect(valid({ ownerPair: ["ceo", "coo"] }).ownerPair).toEqual(["CEO", "COO"]);
  });

  it("reports unknown roles and invalid codes in assignments", () => {
    const input = {
      initiatives: [
        { name: "Budget", assignments: { CFO: "A", COO: "X", CEO: 1 } },
        { name: "", assignments: { COO: "A", coo: "R" } },
        "Hiring",
        { name: 7, assignments: ["A"] },
      ],
    };
    expect(errors(input)).toEqual([
      { field: "initiatives[0].assignments.CFO", message: '"CFO" is not one of the roles.' },
      { field: "initiatives[0].assignments.COO", message: '"X" is not a RACI code. Use R, A, A/R, C or I.' },
      { field: "initiatives[0].assignments.CEO", message: "A code must be text: R, A, A/R, C or I." },
      { field: "initiatives[1].name", message: "Initiative name must not be empty." },
      {
        field: "initiatives[1].assignments.coo",
        message: "COO is assigned twice (also initiatives[1].assignments.COO).",
      },
      { field: "initiatives[2]", message: "Each initiative must be an object with a name." },
      { field: "initiatives[3].name", message: "Initiative name must be text." },
      {
        field: "initiatives[3].assignments",
        message: 'Assignments must map role names to codes, for example { "COO": "A" }.',
      },
    ]);
  });

  it("reports a missing initiative name and initiatives that are not a list", () => {
    expect(fields({ initiatives: [{}] })).toEqual(["initiatives[0].name"]);
    expect(fields({ initiatives: {} })).toEqual(["initiatives"]);
  });

  it("refuses more than 20,000 initiatives", () => {
    const many = Array.from({ length: 20_001 }, (_, i) => ({ name: `I${i}` }));
    expect(errors({ initiatives: many })).toEqual([
      { field: "initiatives", message: "Too many initiatives: 20001; the limit is 20000." },
    ]);
  });

  it("does not repeat a broken role list as an error on every assignment", () => {
    expect(fields({ roles: "CEO", initiatives: [{ name: "A", assignments: { CEO: "A" } }] })).toEqual([
      "roles",
    ]);
  });

  it("collects every problem, up to a readable limit", () => {
    const initiatives = Array.from({ length: 300 }, () => ({ name: "" }));
    const list = errors({ initiatives });
    expect(list).toHaveLength(101);
    expect(list[100]).toEqual({ field: "spec", message: "…and 200 more problems." });
  });
});

describe("validateSpec: size", () => {
  it("validates 20,000 initiatives quickly", () => {
    const roles = Array.from({ length: 50 }, (_, i) => `Role ${i}`);
    const initiatives = Array.from({ length: 20_000 }, (_, i) => ({
      name: `Initiative ${i}`,
      area: "Area",
      assignments: { "Role 0": "A", "role 1": "r", "Role 2": "C", "Role 3": "I" },
    }));
    const started = Date.now();
    const spec = valid({ roles, initiatives });
    expect(spec.initiatives[19_999].codes.slice(0, 5)).toEqual(["A", "R", "C", "I", ""]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
