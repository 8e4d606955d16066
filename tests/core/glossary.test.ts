import { ErrorList } from "../../src/core/fieldErrors";
import { glossaryFor, readGlossaryTerms } from "../../src/core/glossary";

const charters = [
  { role: "COO", lines: ["Day-to-day operations", "Vendors and procurement"] },
  { role: "CoS", lines: ["Strategic alignment"] },
];

describe("the spreadsheet's glossary, for one matrix", () => {
  it("puts each term on the matrix's name of its role, by name or by a built-in charter's alias", () => {
    expect(
      glossaryFor(
        [
          { term: "Atlas", role: "coo" },
          { term: "Nightingale", role: "Chief of Staff" },
        ],
        charters,
      ),
    ).toEqual([
      { term: "Atlas", role: "COO" },
      { term: "Nightingale", role: "CoS" },
    ]);
  });

  it("ties a term to its charter line while the role's charter has it, else to the role as a whole", () => {
    expect(
      glossaryFor(
        [
          { term: "SteerCo", role: "COO", line: "Vendors and procurement" },
          { term: "month-end", role: "COO", line: "A line this matrix's charter no longer has" },
        ],
        charters,
      ),
    ).toEqual([
      { term: "SteerCo", role: "COO", line: 1 },
      { term: "month-end", role: "COO" },
    ]);
  });

  it("leaves out the terms of roles the matrix does not have", () => {
    expect(glossaryFor([{ term: "ARR", role: "CFO" }], charters)).toEqual([]);
  });
});

describe("readGlossaryTerms", () => {
  it("trims terms, keeps a line only when one is given, and names each problem's field", () => {
    const errors = new ErrorList("terms");
    expect(
      readGlossaryTerms(
        [{ term: " Atlas ", role: " COO ", line: "" }, { term: "x".repeat(61), role: "COO" }, null],
        errors,
      ),
    ).toEqual([{ term: "Atlas", role: "COO" }]);
    expect(errors.toArray()).toEqual([
      { field: "terms[1].term", message: "The word or phrase is too long (61 characters; the limit is 60)." },
      { field: "terms[2]", message: "Each term needs a word or phrase and a role." },
    ]);
  });
});
