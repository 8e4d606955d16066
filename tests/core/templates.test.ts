import { analyze } from "../../src/core/analyze";
import { parseCode } from "../../src/core/codes";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { validateSpec } from "../../src/core/spec";
import { trySuggest } from "../../src/core/suggest/index";
import { TEMPLATE_NAMES, TEMPLATES } from "../../src/core/templates";
import type { RaciMatrix, ValidSpec } from "../../src/core/types";

/** The matrix a spec lays out: header on row 1, names in column A, roles from column B. */
function matrixOfSpec(spec: ValidSpec): RaciMatrix {
  return {
    roles: spec.roles.map((name, i) => ({ name, column: 2 + i })),
    initiatives: spec.initiatives.map((initiative, i) => ({
      name: initiative.name,
      area: initiative.area,
      row: 2 + i,
      cells: initiative.codes.map((code) => parseCode(code, spec.kind)),
    })),
    settings: { ...DEFAULT_SETTINGS, ownerPair: spec.ownerPair, kind: spec.kind },
    nameColumn: 1,
  };
}

function specOf(template: string): ValidSpec {
  const result = validateSpec({ template });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe("the COO vs Chief of Staff template", () => {
  const spec = specOf("coo-cos");

  it("analyses completely clean: no error, no warning, no note", () => {
    expect(analyze(matrixOfSpec(spec), { headerRow: 1 }).findings).toEqual([]);
  });

  it("has docs/domain.md's roles, owner pair, title and two areas", () => {
    expect(spec.title).toBe("RACI – COO vs Chief of Staff");
    expect(spec.roles).toEqual(["CEO", "COO", "Chief of Staff", "Department heads"]);
    expect(spec.ownerPair).toEqual(["COO", "Chief of Staff"]);
    expect(new Set(spec.initiatives.map((i) => i.area))).toEqual(
      new Set(["Operations", "Strategy and execution"]),
    );
    expect(spec.initiatives.filter((i) => i.area === "Operations")).toHaveLength(5);
    expect(spec.initiatives.filter((i) => i.area === "Strategy and execution")).toHaveLength(4);
  });

  it("lets every role own something, and none more than 5 of the 9 initiatives", () => {
    const { roles } = analyze(matrixOfSpec(spec));
    for (const role of spec.roles) {
      const owned = spec.initiatives.filter((i) => {
        const code = i.codes[spec.roles.indexOf(role)];
        return code === "R" || code === "A" || code === "A/R";
      }).length;
      expect(owned).toBeGreaterThan(0);
      expect(owned).toBeLessThanOrEqual(5);
    }
    expect(roles.map((r) => r.role)).toEqual(spec.roles);
  });

  it("uses only roles of the template in its assignments", () => {
    const template = TEMPLATES["coo-cos"];
    for (const initiative of template.initiatives) {
      for (const role of Object.keys(initiative.assignments)) expect(template.roles).toContain(role);
    }
  });
});

describe("a Chief of Staff's own list under the template's roles", () => {
  // docs/domain.md: the CEO takes the A on a decision the CEO makes, and ROLE_WITHOUT_OWNERSHIP is kept as
  // it is (a role that holds no R and no A anywhere): the CEO, who decides, owns those rows.
  const LIST = [
    ["Exec support", "Board deck"],
    ["Exec support", "Offsite agenda"],
    ["Operations", "Vendor renewals"],
    ["Operations", "SOC 2 audit"],
    ["Strategy", "Decide on the Lyon acquisition"],
    ["Strategy", "Fundraising round"],
  ];

  it("gives the CEO the A where the CEO decides, so the CEO is not reported as owning nothing", () => {
    const result = trySuggest({
      template: "coo-cos",
      initiatives: LIST.map(([area, name]) => ({ name, area })),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const owners = result.value.initiatives.map((s) => [s.name, s.owner]);
    expect(owners).toContainEqual(["Decide on the Lyon acquisition", "CEO"]);
    expect(owners).toContainEqual(["Fundraising round", "CEO"]);
    const spec = specOf("coo-cos");
    const suggested: ValidSpec = {
      ...spec,
      initiatives: result.value.initiatives.map((s) => ({
        name: s.name,
        area: s.area,
        codes: spec.roles.map((role) => s.assignments[role] ?? ""),
      })),
    };
    const findings = analyze(matrixOfSpec(suggested), { headerRow: 1 }).findings;
    expect(findings.filter((f) => f.rule === "ROLE_WITHOUT_OWNERSHIP")).toEqual([]);
  });
});

describe("the blank template", () => {
  it("has the same roles and pair, no initiatives, and analyses clean", () => {
    const spec = specOf("blank");
    expect(spec).toEqual({
      title: "RACI matrix",
      kind: "RACI",
      roles: ["CEO", "COO", "Chief of Staff", "Department heads"],
      ownerPair: ["COO", "Chief of Staff"],
      initiatives: [],
    });
    expect(analyze(matrixOfSpec(spec), { headerRow: 1 }).findings).toEqual([]);
  });

  it("is one of the three templates", () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual([...TEMPLATE_NAMES].sort());
    expect(TEMPLATE_NAMES).toHaveLength(3);
  });

  it("is named after the kind of the matrix made from it", () => {
    const result = validateSpec({ template: "blank", kind: "DACI" });
    expect(result.ok && result.value.title).toBe("DACI matrix");
  });
});

describe("the COO vs Chief of Staff decisions template (DACI)", () => {
  const spec = specOf("coo-cos-daci");
  const holders = (code: string) => (i: ValidSpec["initiatives"][number]) =>
    spec.roles.filter((_, r) => i.codes[r] === code);

  it("is a DACI matrix with the template's roles and owner pair, and analyses completely clean", () => {
    expect(spec.kind).toBe("DACI");
    expect(spec.title).toBe("DACI – COO vs Chief of Staff decisions");
    expect(spec.roles).toEqual(["CEO", "COO", "Chief of Staff", "Department heads"]);
    expect(spec.ownerPair).toEqual(["COO", "Chief of Staff"]);
    expect(analyze(matrixOfSpec(spec), { headerRow: 1 }).findings).toEqual([]);
  });

  it("gives every decision exactly one Driver and one Approver, never the COO and the Chief of Staff together", () => {
    for (const initiative of spec.initiatives) {
      expect(holders("D")(initiative)).toHaveLength(1);
      expect(holders("A")(initiative)).toHaveLength(1);
      const owners = [...holders("D")(initiative), ...holders("A")(initiative)];
      expect(owners.includes("COO") && owners.includes("Chief of Staff")).toBe(false);
    }
  });

  it("has the COO run the operational decisions and the Chief of Staff drive the decision support for the CEO", () => {
    const byArea = (area: string) => spec.initiatives.filter((i) => i.area === area);
    for (const initiative of byArea("Operational decisions")) {
      const owners = [...holders("D")(initiative), ...holders("A")(initiative)];
      expect(owners).toContain("COO");
    }
    const support = byArea("Decision support for the CEO");
    expect(support.filter((i) => holders("D")(i).includes("Chief of Staff")).length).toBeGreaterThanOrEqual(
      3,
    );
    for (const initiative of support) {
      const owners = [...holders("D")(initiative), ...holders("A")(initiative)];
      expect(owners).toContain("Chief of Staff");
    }
  });

  it("is the template of a DACI matrix given no template, and refused for a RACI one", () => {
    const daci = validateSpec({ kind: "DACI" });
    expect(daci.ok && daci.value.initiatives).toEqual(spec.initiatives);
    const raci = validateSpec({ kind: "RACI", template: "coo-cos-daci" });
    expect(raci.ok).toBe(false);
    if (!raci.ok)
      expect(raci.errors[0]).toEqual({ field: "template", message: expect.stringMatching(/holds D/) });
  });
});

describe("the COO vs Chief of Staff template as a RASCI matrix", () => {
  it("is the default template of a RASCI matrix, titled for it, and analyses clean", () => {
    const result = validateSpec({ kind: "RASCI" });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.title).toBe("RASCI – COO vs Chief of Staff");
    expect(result.value.initiatives).toEqual(specOf("coo-cos").initiatives);
    expect(analyze(matrixOfSpec(result.value), { headerRow: 1 }).findings).toEqual([]);
  });
});
