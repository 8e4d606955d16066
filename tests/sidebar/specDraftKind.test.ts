/** The kind in the New matrix draft: a template brings its own; a blank or pasted matrix takes the one chosen. */
import { validateSpec } from "../../src/core/spec";
import { buildSpec, draftFromTemplate, setCode, setKind } from "../../sidebar/specDraft";
import { refreshSuggestions } from "../../sidebar/draftSuggest";

describe("the kind of a new matrix", () => {
  it("is the template's: RACI for the COO vs Chief of Staff, DACI for its decisions, valid as built", () => {
    expect(draftFromTemplate("coo-cos").kind).toBe("RACI");
    const decisions = buildSpec(draftFromTemplate("coo-cos-daci")).spec;
    expect(decisions.kind).toBe("DACI");
    expect(validateSpec(decisions)).toMatchObject({ ok: true, value: { kind: "DACI" } });
  });

  it("of a blank or pasted matrix is the one chosen: the kept title names it, and codes it lacks go", () => {
    const draft = draftFromTemplate("blank");
    draft.paste = "Pricing\nOffsite";
    const [ceo, coo] = draft.roles;
    setCode(draft, "Pricing", ceo.id, "A");
    setCode(draft, "Pricing", coo.id, "R");
    setKind(draft, "DACI");
    expect(draft.title).toBe("DACI matrix");
    const built = buildSpec(draft).spec;
    expect(built.kind).toBe("DACI");
    expect(built.initiatives?.[0]).toEqual({ name: "Pricing", assignments: { CEO: "A" } });
    expect(validateSpec(built).ok).toBe(true);
  });

  it("keeps a title the person typed", () => {
    const draft = draftFromTemplate("blank");
    draft.title = "Q3 decisions";
    setKind(draft, "DACI");
    expect(draft.title).toBe("Q3 decisions");
  });

  it("gives suggestions in the kind's codes", () => {
    const draft = draftFromTemplate("blank");
    draft.paste = "Decision memo for the CEO on the new pricing";
    setKind(draft, "DACI");
    expect(refreshSuggestions(draft).ok).toBe(true);
    const [suggestion] = draft.suggestions.values();
    const byRole = new Map(draft.roles.map((role) => [role.name, suggestion.codes.get(role.id)]));
    expect(byRole.get("Chief of Staff")).toBe("D");
    expect(byRole.get("CEO")).toBe("A");
  });
});
