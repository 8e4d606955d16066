/**
 * New matrix (issue 14): the sheet gets the initiatives in the order the preview lists them, and names too
 * long to keep are said as they are typed instead of being cut.
 */
import { TEMPLATES } from "../../src/core/templates";
import { buildSpec, draftFromTemplate, groupByArea, lengthProblems } from "../../sidebar/specDraft";
import { parsePaste } from "../../sidebar/parsePaste";

describe("groupByArea", () => {
  it("groups by area in order of first appearance, keeping pasted order and lines within an area", () => {
    const parsed = groupByArea(
      parsePaste("Ops: Weekly review\nSales: Pricing\nOps: Hiring\nBudget\nSales: Deals"),
    );
    expect(parsed.initiatives.map((i) => [i.area, i.name, i.line])).toEqual([
      ["Ops", "Weekly review", 1],
      ["Ops", "Hiring", 3],
      ["Sales", "Pricing", 2],
      ["Sales", "Deals", 5],
      ["", "Budget", 4],
    ]);
  });

  it("is what buildSpec sends, so the sheet and the preview agree", () => {
    const draft = draftFromTemplate("blank");
    draft.paste = "Ops: a\nSales: b\nOps: c";
    expect(buildSpec(draft).spec.initiatives?.map((i) => i.name)).toEqual(["a", "c", "b"]);
  });

  it("leaves the template's own initiatives as they are, so its codes still come along", () => {
    const built = buildSpec(draftFromTemplate("coo-cos"));
    expect(built.fromTemplate).toBe(true);
    expect(built.spec.initiatives?.map((i) => i.name)).toEqual(
      TEMPLATES["coo-cos"].initiatives.map((i) => i.name),
    );
  });
});

describe("lengthProblems", () => {
  it("names a title over 100 characters and a role name over 60, with the count and the limit", () => {
    const draft = draftFromTemplate("coo-cos");
    draft.title = "t".repeat(192);
    draft.roles[2].name = "r".repeat(61);
    expect(lengthProblems(draft)).toEqual([
      { field: "title", message: "Title is too long (192 characters; the limit is 100)." },
      { field: "roles[2]", message: "Role name is too long (61 characters; the limit is 60)." },
    ]);
  });

  it("says nothing at the limits, or about an empty title (the panel shows its default instead)", () => {
    const draft = draftFromTemplate("coo-cos");
    draft.title = "t".repeat(100);
    draft.roles[0].name = "r".repeat(60);
    expect(lengthProblems(draft)).toEqual([]);
    draft.title = "";
    expect(lengthProblems(draft)).toEqual([]);
  });
});
