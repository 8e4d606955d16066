import { signerAs, signersForEmail } from "../../../src/core/signoff/signer";

const HOLDERS = [
  { role: "CEO", heldBy: "Jo Park" },
  { role: "COO", heldBy: "Dana Lee" },
  { role: "Chief of Staff", heldBy: "Sam Roe" },
  { role: "Head of Ops", heldBy: "Dana Lee" },
  { role: "CFO", heldBy: "" },
];

describe("who agrees in the sheet, from the address Sheets gives onEdit", () => {
  it("names every role Held by gives the person whose name the address spells", () => {
    expect(signersForEmail("dana.lee@example.com", HOLDERS)).toEqual([
      { role: "COO", person: "Dana Lee" },
      { role: "Head of Ops", person: "Dana Lee" },
    ]);
    expect(signersForEmail("SamRoe@example.com", HOLDERS)).toEqual([
      { role: "Chief of Staff", person: "Sam Roe" },
    ]);
  });

  it("takes a first name only when no one else in Held by has it", () => {
    expect(signersForEmail("jo@example.com", HOLDERS)).toEqual([{ role: "CEO", person: "Jo Park" }]);
    const twoSams = [...HOLDERS, { role: "CTO", heldBy: "Sam Ng" }];
    expect(signersForEmail("sam@example.com", twoSams)).toEqual([{ email: "sam@example.com" }]);
  });

  it("matches a Held by cell that holds the address itself", () => {
    const holders = [{ role: "COO", heldBy: "ops-lead@example.com" }];
    expect(signersForEmail("OPS-lead@example.com", holders)).toEqual([
      { role: "COO", person: "ops-lead@example.com" },
    ]);
  });

  it("keeps the address when Held by names nobody it matches, and nobody when Sheets gave none", () => {
    expect(signersForEmail("board@example.com", HOLDERS)).toEqual([{ email: "board@example.com" }]);
    expect(signersForEmail("", HOLDERS)).toEqual([{}]);
  });
});

describe("who agrees from the sidebar, as the role they chose", () => {
  it("is that role, with who holds it when Held by names someone", () => {
    expect(signerAs("chief of staff", HOLDERS)).toEqual({ role: "Chief of Staff", person: "Sam Roe" });
    expect(signerAs("CFO", HOLDERS)).toEqual({ role: "CFO" });
  });

  it("is nobody named when the person chose no role, and refuses a role the matrix does not have", () => {
    expect(signerAs(null, HOLDERS)).toEqual({});
    expect(() => signerAs("CMO", HOLDERS)).toThrow('has no role "CMO"');
  });
});
