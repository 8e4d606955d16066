/** The company glossary hook: a company's own words, given to a role or to one line of its charter. */
import { ErrorList } from "../../../src/core/fieldErrors";
import { readGlossary, type CompanyGlossary } from "../../../src/core/suggest/companyGlossary";
import { NO_EVIDENCE, suggestForSpec, trySuggest } from "../../../src/core/suggest/index";
import { validateSpec } from "../../../src/core/spec";
import { normalizeName } from "../../../src/core/names";
import { BUILT_IN_CHARTERS } from "../../../src/core/suggest/charters";

const ROLES = ["CEO", "COO", "Chief of Staff", "Department heads"];

function suggestWith(glossary: CompanyGlossary, ...names: string[]) {
  const spec = validateSpec({ template: "blank", initiatives: names.map((name) => ({ name })) });
  if (!spec.ok) throw new Error("bad spec");
  return suggestForSpec(spec.value, new Map(), glossary).initiatives;
}

describe("the company glossary", () => {
  it("makes a code name evidence like a charter word: to a role, or to one line of its charter", () => {
    const [before] = suggestWith([], "Project Atlas");
    expect(before).toMatchObject({ owner: null, reasons: [NO_EVIDENCE] });
    const [atlas, northstar] = suggestWith(
      [
        { term: "Atlas", role: "COO" },
        { term: "north star review", role: "Chief of Staff", line: 0 },
      ],
      "Project Atlas",
      "Q3 North Star review",
    );
    expect(atlas.owner).toBe("COO");
    expect(atlas.reasons).toEqual(["COO: 'atlas' is COO's in the company glossary"]);
    expect(northstar.owner).toBe("Chief of Staff");
    const line = BUILT_IN_CHARTERS.find((c) => c.title === "Chief of Staff")?.lines[0];
    expect(northstar.reasons[0]).toBe(
      `Chief of Staff: 'north star review' is Chief of Staff's in the company glossary — ${line}`,
    );
  });

  it("is passed through trySuggest, and the same glossary always gives the same suggestions", () => {
    const spec = { template: "blank", initiatives: [{ name: "Atlas" }] };
    const glossary = [{ term: "atlas", role: "Chief of Staff" }];
    const first = trySuggest(spec, glossary);
    expect(first.ok && first.value.initiatives[0].owner).toBe("Chief of Staff");
    expect(trySuggest(spec, glossary)).toEqual(first);
  });

  it("is read entry by entry, each problem with its field", () => {
    const charters = new Map(ROLES.map((role) => [normalizeName(role), ["one line", "two"]]));
    const errors = new ErrorList("glossary");
    const read = readGlossary(
      [
        { term: "Atlas", role: "coo" },
        { term: "Hub", role: "CFO" },
        { term: " ", role: "COO" },
        { term: "Beacon", role: "COO", line: 5 },
        "Orion",
        { term: "Lantern", role: "Chief of Staff", line: 1 },
      ],
      charters,
      errors,
    );
    expect(read).toEqual([
      { term: "Atlas", role: "coo" },
      { term: "Lantern", role: "Chief of Staff", line: 1 },
    ]);
    expect(errors.toArray().map((e) => e.field)).toEqual([
      "glossary[1].role",
      "glossary[2].term",
      "glossary[3].line",
      "glossary[4]",
    ]);
    expect(readGlossary("Atlas", charters, new ErrorList("glossary"))).toEqual([]);
  });
});
