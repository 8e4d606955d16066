import fc from "fast-check";
import {
  parseRecord,
  recordText,
  signedAs,
  UNNAMED_SIGNER,
  withSigners,
  type SignOffRecord,
  type Signer,
} from "../../../src/core/signoff/record";

describe("the Agreed by record", () => {
  it("names each signer as the sheet shows them: role and person, role alone, an address, or nobody", () => {
    const record: SignOffRecord = {
      signers: [{ role: "COO", person: "Dana Lee" }, { role: "CEO" }, { email: "sam@example.com" }, {}],
    };
    expect(recordText(record)).toBe(`COO (Dana Lee), CEO, sam@example.com, ${UNNAMED_SIGNER}`);
    expect(parseRecord(recordText(record))).toEqual(record);
  });

  it("says when the codes changed after the agreement, and reads that day back", () => {
    const record = { signers: [{ role: "COO", person: "Dana Lee" }], changedOn: "2026-05-12" };
    expect(recordText(record)).toBe("COO (Dana Lee); codes changed 2026-05-12");
    expect(parseRecord("COO (Dana Lee); codes changed 2026-05-12")).toEqual(record);
  });

  it("keeps a comma inside a person's name in that person", () => {
    expect(parseRecord("COO (Lee, Dana), Chief of Staff").signers).toEqual([
      { role: "COO", person: "Lee, Dana" },
      { role: "Chief of Staff" },
    ]);
  });

  it("reads text someone typed there as a signer of its own, never dropping it, and an empty cell as none", () => {
    expect(parseRecord("the whole exec team").signers).toEqual([{ role: "the whole exec team" }]);
    expect(parseRecord("  ").signers).toEqual([]);
  });

  it("reads back any record it writes (names of letters, spaces, dots, hyphens and apostrophes)", () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z .'-]{0,20}[A-Za-z]$/);
    const signer: fc.Arbitrary<Signer> = fc.oneof(
      fc.record({ role: word, person: word }),
      fc.record({ role: word }),
      fc.record({ email: fc.constantFrom("a@b.co", "dana.lee@example.com") }),
      fc.constant({}),
    );
    fc.assert(
      fc.property(fc.array(signer, { minLength: 1, maxLength: 5 }), fc.boolean(), (signers, changed) => {
        const record = changed ? { signers, changedOn: "2026-01-31" } : { signers };
        const clean = (r: SignOffRecord) => JSON.parse(JSON.stringify(r).replace(/\s+/g, " ")) as unknown;
        expect(clean(parseRecord(recordText(record)))).toEqual(clean(record));
      }),
    );
  });
});

describe("withSigners", () => {
  const coo = { role: "COO", person: "Dana Lee" };
  const cos = { role: "Chief of Staff", person: "Sam Roe" };

  it("adds a second owner to the standing agreement, naming nobody twice", () => {
    const standing = withSigners(null, [coo]);
    expect(withSigners(standing, [cos, { role: "coo" }])).toEqual({ signers: [coo, cos] });
  });

  it("starts a new record when the codes changed since the standing one", () => {
    expect(withSigners({ signers: [coo], changedOn: "2026-05-12" }, [cos])).toEqual({ signers: [cos] });
  });

  it("tells whether a role signed, case and spacing ignored, a role named with parentheses included", () => {
    const record = parseRecord("coo  (Dana Lee), Head of Ops (EMEA)");
    expect(signedAs(record, "COO")).toBe(true);
    expect(signedAs(record, "Head of Ops (EMEA)")).toBe(true);
    expect(signedAs(record, "Chief of Staff")).toBe(false);
  });
});
