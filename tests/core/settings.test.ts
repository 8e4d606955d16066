import { DEFAULT_SETTINGS, validateSettings } from "../../src/core/settings";

const ROLES = ["CEO", "COO", "Chief of Staff", "Department heads"];

describe("DEFAULT_SETTINGS", () => {
  it("holds docs/domain.md's thresholds", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      kind: "RACI",
      ownerPair: ["COO", "Chief of Staff"],
      maxResponsible: 3,
      maxConsulted: 3,
      maxInformed: 5,
      overloadShare: 0.6,
      overloadMinInitiatives: 4,
      pairSignOff: false,
    });
  });
});

describe("validateSettings", () => {
  it("fills every missing field with its default", () => {
    expect(validateSettings(undefined, ROLES)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(validateSettings({}, ROLES)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it("drops the default owner pair when one of its roles is missing", () => {
    const result = validateSettings({}, ["CEO", "COO"]);
    expect(result.ok && result.value.ownerPair).toBeNull();
  });

  it("accepts valid values, spelling the pair as the roles are", () => {
    const input = {
      ownerPair: ["ceo", " department  HEADS"],
      maxResponsible: 0,
      maxConsulted: 10,
      maxInformed: 200,
      overloadShare: 1,
      overloadMinInitiatives: 20000,
      pairSignOff: true,
    };
    expect(validateSettings(input, ROLES)).toEqual({
      ok: true,
      value: { ...input, kind: "RACI", ownerPair: ["CEO", "Department heads"] },
    });
  });

  it("accepts null as no owner pair", () => {
    const result = validateSettings({ ownerPair: null }, ROLES);
    expect(result.ok && result.value.ownerPair).toBeNull();
  });

  it("reports every bad field at once", () => {
    const result = validateSettings(
      {
        maxResponsible: -1,
        maxConsulted: 2.5,
        maxInformed: "5",
        overloadShare: 0,
        overloadMinInitiatives: 1e9,
        ownerPair: ["COO", "CFO"],
        pairSignOff: "yes",
      },
      ROLES,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual([
      "ownerPair[1]",
      "maxResponsible",
      "maxConsulted",
      "maxInformed",
      "overloadShare",
      "overloadMinInitiatives",
      "pairSignOff",
    ]);
  });

  it.each([[1.5], [NaN], [-0.1], [Infinity]])("refuses the share %p", (overloadShare) => {
    expect(validateSettings({ overloadShare }, ROLES).ok).toBe(false);
  });

  it("refuses an owner pair of one role twice, or of the wrong shape", () => {
    const same = validateSettings({ ownerPair: ["COO", "coo"] }, ROLES);
    expect(!same.ok && same.errors).toEqual([
      { field: "ownerPair[1]", message: "The owner pair needs two different roles; both are COO." },
    ]);
    for (const ownerPair of [["COO"], "COO", { 0: "COO", 1: "CEO" }, ["COO", "CEO", "CFO"]]) {
      const result = validateSettings({ ownerPair }, ROLES);
      expect(!result.ok && result.errors[0].field).toBe("ownerPair");
    }
    const typed = validateSettings({ ownerPair: ["COO", 7] }, ROLES);
    expect(!typed.ok && typed.errors[0]).toEqual({
      field: "ownerPair[1]",
      message: "Each role of the owner pair must be text.",
    });
  });

  it("refuses input that is not an object", () => {
    for (const input of ["x", 3, [], true]) {
      expect(validateSettings(input, ROLES)).toEqual({
        ok: false,
        errors: [{ field: "settings", message: "Settings must be an object." }],
      });
    }
  });
});
