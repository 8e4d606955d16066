import { analyze } from "../../../src/core/analyze";
import { offsitePack } from "../../../src/core/offsite/pack";
import type { RaciMatrix } from "../../../src/core/types";
import { HEADER_ROW, matrixOf } from "../helpers";

const ROLES = ["CEO", "COO", "Chief of Staff"];

/** Rows with their Decision (and Agreed by), Dana Lee holding COO. */
function matrixWith(rows: [[string, ...string[]], string, string?][], pairSignOff = false): RaciMatrix {
  const m = matrixOf(
    ROLES,
    rows.map(([row]) => row),
    { pairSignOff },
  );
  m.roles[1].heldBy = "Dana Lee";
  m.initiatives.forEach((initiative, i) => {
    initiative.decision = rows[i][1];
    if (rows[i][2] !== undefined) initiative.agreedBy = rows[i][2];
  });
  return m;
}

const packOf = (m: RaciMatrix) => offsitePack("Exec", m, analyze(m, { headerRow: HEADER_ROW }));

describe("the offsite pack: only the rows to settle, worst first", () => {
  const pack = packOf(
    matrixWith([
      [["Settled", "A", "R"], "Agreed", "COO (Dana Lee)"],
      [["Not yet", "A", "R"], "Proposed"],
      [["Gap", "", "R"], "Agreed"],
      [["Changed", "A", "R"], "Changed since agreed", "COO (Dana Lee); codes changed 2026-05-12"],
      [["Fight", "C", "A/R"], "Disputed"],
      [["Undecided", "R", "A"], ""],
    ]),
  );

  it("lists disputed, changed since agreed, with a finding, then not yet agreed; a settled row not at all", () => {
    expect(pack.rows.map((row) => [row.initiative, row.reason])).toEqual([
      ["Fight", "disputed"],
      ["Changed", "changed"],
      ["Gap", "finding"],
      ["Not yet", "open"],
      ["Undecided", "open"],
    ]);
    expect(pack.initiatives).toBe(6);
  });

  it("gives each row who holds what, by role and person, its findings, and the agreement record while it stands", () => {
    const gap = pack.rows.find((row) => row.initiative === "Gap");
    expect(gap).toMatchObject({
      cell: "A4",
      decision: "Agreed",
      holders: [{ role: "COO", heldBy: "Dana Lee", code: "R" }],
      findings: [
        expect.objectContaining({ rule: "NO_ACCOUNTABLE" }),
        expect.objectContaining({ rule: "AGREED_WITH_PROBLEMS" }),
      ],
    });
    expect(pack.rows.find((row) => row.initiative === "Changed")?.signOff).toBe(
      "COO (Dana Lee); codes changed 2026-05-12",
    );
    expect(pack.rows.find((row) => row.initiative === "Not yet")?.signOff).toBe("");
  });

  it("names every role with who holds it, nobody named as empty", () => {
    expect(pack.people).toEqual([
      { role: "CEO", heldBy: "" },
      { role: "COO", heldBy: "Dana Lee" },
      { role: "Chief of Staff", heldBy: "" },
    ]);
  });

  it("keeps a row one owner agreed while sign-off by both owners is on, saying whom it waits for", () => {
    const waiting = packOf(matrixWith([[["Budget", "A", "R"], "Agreed", "COO (Dana Lee)"]], true));
    expect(waiting.rows).toEqual([
      expect.objectContaining({
        reason: "open",
        signOff: "Agreed by COO (Dana Lee), waiting for Chief of Staff",
      }),
    ]);
  });

  it("lists only the rows with a finding in a matrix without the agreement columns", () => {
    const m = matrixOf(ROLES, [
      ["Budget", "A", "R"],
      ["Gap", "", "R"],
    ]);
    expect(packOf(m).rows.map((row) => row.initiative)).toEqual(["Gap"]);
  });
});
