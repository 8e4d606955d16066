import { validateSpec } from "../../src/core/spec";
import { TEMPLATES } from "../../src/core/templates";
import { buildSpec, draftFromTemplate, ownerPairProblems } from "../../sidebar/specDraft";

describe("draftFromTemplate", () => {
  it("starts from the template's roles, owner pair, title and initiatives", () => {
    const draft = draftFromTemplate("coo-cos");
    expect(draft.roles.map((r) => r.name)).toEqual(TEMPLATES["coo-cos"].roles);
    expect(draft.title).toBe(TEMPLATES["coo-cos"].title);
    expect(draft.paste.split("\n")).toHaveLength(TEMPLATES["coo-cos"].initiatives.length);
    const built = buildSpec(draft);
    expect(built.spec.ownerPair).toEqual(["COO", "Chief of Staff"]);
    expect(built.fromTemplate).toBe(true);
  });
});

describe("buildSpec", () => {
  it("sends the template's codes while its initiatives are unchanged", () => {
    const built = buildSpec(draftFromTemplate("coo-cos"));
    const first = TEMPLATES["coo-cos"].initiatives[0];
    expect(built.spec.initiatives?.[0]).toEqual({
      name: first.name,
      area: first.area,
      assignments: first.assignments,
    });
    expect(validateSpec(built.spec).ok).toBe(true);
  });

  it("lets the codes follow a renamed role", () => {
    const draft = draftFromTemplate("coo-cos");
    draft.roles[1].name = "Chief Operating Officer";
    const built = buildSpec(draft);
    expect(built.spec.initiatives?.[0].assignments).toMatchObject({ "Chief Operating Officer": "A/R" });
    expect(built.spec.ownerPair).toEqual(["Chief Operating Officer", "Chief of Staff"]);
  });

  it("gives a role renamed like another no second code, so only the duplicate role is reported", () => {
    const draft = draftFromTemplate("coo-cos");
    draft.roles[1].name = "ceo";
    const result = validateSpec(buildSpec(draft).spec);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(["roles[1]"]);
  });

  it("drops the codes of a removed role", () => {
    const draft = draftFromTemplate("coo-cos");
    draft.roles.splice(0, 1);
    const built = buildSpec(draft);
    expect(Object.keys(built.spec.initiatives?.[0].assignments ?? {})).not.toContain("CEO");
    expect(validateSpec(built.spec).ok).toBe(true);
  });

  it("sends pasted initiatives without codes once the list is edited", () => {
    const draft = draftFromTemplate("coo-cos");
    draft.paste = "Ops: Run\nBudget";
    const built = buildSpec(draft);
    expect(built.fromTemplate).toBe(false);
    expect(built.spec.initiatives).toEqual([{ name: "Run", area: "Ops" }, { name: "Budget" }]);
  });

  it("sends a null owner pair when none is chosen", () => {
    const draft = draftFromTemplate("blank");
    draft.owners = [null, null];
    expect(buildSpec(draft).spec.ownerPair).toBeNull();
    expect(validateSpec(buildSpec(draft).spec).ok).toBe(true);
  });
});

describe("ownerPairProblems", () => {
  it("asks for the other role when only one of the pair is chosen", () => {
    const draft = draftFromTemplate("blank");
    draft.owners = [draft.roles[0].id, null];
    expect(ownerPairProblems(draft)).toEqual([
      { field: "ownerPair[1]", message: expect.stringContaining("other role") },
    ]);
    draft.owners = [null, null];
    expect(ownerPairProblems(draft)).toEqual([]);
  });
});
