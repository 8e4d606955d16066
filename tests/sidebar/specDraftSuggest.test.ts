import { validateSpec } from "../../src/core/spec";
import { TEMPLATES } from "../../src/core/templates";
import { buildSpec, draftFromTemplate, setCode, suggestOwners } from "../../sidebar/specDraft";

describe("template rows keep their codes", () => {
  it("when lines are added or removed around them", () => {
    const draft = draftFromTemplate("coo-cos");
    const lines = draft.paste.split("\n");
    draft.paste = [...lines.slice(1), "Operations: Reduce cloud costs"].join("\n");
    const built = buildSpec(draft);
    expect(built.fromTemplate).toBe(false);
    const second = TEMPLATES["coo-cos"].initiatives[1];
    expect(built.spec.initiatives?.[0]).toEqual({
      name: second.name,
      area: second.area,
      assignments: second.assignments,
    });
    // The new line joins its area's group, as the sheet bands rows by area; it has no codes of its own.
    const added = built.spec.initiatives?.find((i) => i.name === "Reduce cloud costs");
    expect(added).toEqual({ name: "Reduce cloud costs", area: "Operations" });
  });
});

describe("Suggest owners", () => {
  it("fills only the rows without codes, with the owner, confidence and reasons, and the spec validates", () => {
    const draft = draftFromTemplate("coo-cos");
    draft.paste = `${draft.paste}\nOperations: Reduce cloud costs\nBoard deck preparation\nWalk the dog`;
    const result = suggestOwners(draft);
    expect(result).toEqual({ ok: true, filled: 2, noEvidence: 1 });
    const built = buildSpec(draft);
    const byName = new Map(built.spec.initiatives?.map((i) => [i.name, i]));
    expect(byName.get("Reduce cloud costs")?.assignments).toEqual({
      CEO: "I",
      COO: "A",
      "Chief of Staff": "I",
      "Department heads": "R",
    });
    expect(byName.get("Board deck preparation")?.assignments?.["Chief of Staff"]).toBe("A/R");
    expect(byName.get("Walk the dog")?.assignments).toBeUndefined();
    expect(byName.get(TEMPLATES["coo-cos"].initiatives[0].name)?.assignments).toEqual(
      TEMPLATES["coo-cos"].initiatives[0].assignments,
    );
    expect(draft.suggestions.get("reduce cloud costs")).toMatchObject({ owner: "COO" });
    expect(draft.suggestions.get("walk the dog")).toMatchObject({ owner: null, confidence: 0 });
    expect(validateSpec(built.spec).ok).toBe(true);
  });

  it("lets the user change a code before Generate, and the change follows a renamed role", () => {
    const draft = draftFromTemplate("blank");
    draft.paste = "Reduce cloud costs";
    suggestOwners(draft);
    const coo = draft.roles[1];
    setCode(draft, "Reduce cloud costs", coo.id, "A/R");
    coo.name = "Chief Operating Officer";
    expect(buildSpec(draft).spec.initiatives?.[0].assignments).toMatchObject({
      "Chief Operating Officer": "A/R",
    });
  });

  it("reports the spec's problems instead of suggesting", () => {
    const draft = draftFromTemplate("blank");
    draft.roles[0].name = "";
    draft.paste = "Reduce cloud costs";
    const result = suggestOwners(draft);
    expect(result.ok).toBe(false);
  });
});
