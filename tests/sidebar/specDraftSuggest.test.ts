import { validateSpec } from "../../src/core/spec";
import { TEMPLATES } from "../../src/core/templates";
import { refreshSuggestions, resuggest, suggestOwners } from "../../sidebar/draftSuggest";
import { buildSpec, draftFromTemplate, setCode } from "../../sidebar/specDraft";

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

  it("suggests again as the list changes, so a row's reasons always answer its text as it is now", () => {
    const draft = draftFromTemplate("blank");
    draft.paste = "Reduce cloud costs";
    suggestOwners(draft);
    expect(draft.suggestions.get("reduce cloud costs")?.reasons.join(" ")).toContain("'costs'");
    // The row is renamed: its old suggestion goes, the new text gets its own.
    draft.paste = "Board deck preparation";
    refreshSuggestions(draft);
    expect([...draft.suggestions.keys()]).toEqual(["board deck preparation"]);
    expect(draft.suggestions.get("board deck preparation")?.owner).toBe("Chief of Staff");
    // A line added later is suggested too, without asking again.
    draft.paste += "\nReduce cloud costs";
    refreshSuggestions(draft);
    expect(buildSpec(draft).spec.initiatives?.[1].assignments).toMatchObject({ COO: "A" });
  });

  it("keeps codes set by hand while the rest follows the list, and Re-suggest takes them back", () => {
    const draft = draftFromTemplate("blank");
    draft.paste = "Reduce cloud costs\nBoard deck preparation";
    suggestOwners(draft);
    const coo = draft.roles[1];
    setCode(draft, "Reduce cloud costs", coo.id, "C");
    refreshSuggestions(draft);
    expect(draft.suggestions.has("reduce cloud costs")).toBe(false);
    expect(buildSpec(draft).spec.initiatives?.[0].assignments).toMatchObject({ COO: "C" });

    const { run, replaced } = resuggest(draft);
    expect(run).toEqual({ ok: true, filled: 2, noEvidence: 0 });
    expect(replaced).toBe(1);
    expect(buildSpec(draft).spec.initiatives?.[0].assignments).toMatchObject({ COO: "A" });
  });

  it("suggests from the draft's own charters, given before anything is generated", () => {
    const draft = draftFromTemplate("blank");
    draft.paste = "Falcon";
    suggestOwners(draft);
    expect(draft.suggestions.get("falcon")?.owner).toBeNull();
    const cos = draft.roles[2];
    draft.charters.set(cos.id, ["Project Falcon: the acquisition of Falcon Ltd"]);
    refreshSuggestions(draft);
    expect(draft.suggestions.get("falcon")?.owner).toBe("Chief of Staff");
    expect(buildSpec(draft).spec.charters).toEqual({
      "Chief of Staff": ["Project Falcon: the acquisition of Falcon Ltd"],
    });
  });

  it("reads the company's words the spreadsheet has saved", () => {
    const draft = draftFromTemplate("blank");
    draft.paste = "Nightingale readiness";
    suggestOwners(draft);
    expect(draft.suggestions.get("nightingale readiness")?.owner).toBeNull();
    refreshSuggestions(draft, [{ term: "Nightingale", role: "CoS" }]);
    expect(draft.suggestions.get("nightingale readiness")?.owner).toBe("Chief of Staff");
  });

  it("reports the spec's problems instead of suggesting", () => {
    const draft = draftFromTemplate("blank");
    draft.roles[0].name = "";
    draft.paste = "Reduce cloud costs";
    const result = suggestOwners(draft);
    expect(result.ok).toBe(false);
  });
});
