/** An Agreed row whose codes change meaning is reopened; another spelling of the same code changes nothing. */
import { newLayout } from "../../../src/core/plan/layout";
import { agreementWrites, codeChanged } from "../../../src/core/write/agreement";

const layout = { ...newLayout(3, 3, false), agreement: true }; // Status F, Decision G, Decided on H
const time = new Date(0);

describe("agreementWrites", () => {
  it("reopens each Agreed row once, dated, and nothing for the other rows", () => {
    const decisions: Record<number, string> = { 9: "Agreed", 10: "Proposed", 11: " agreed " };
    const writes = agreementWrites(
      layout,
      [
        { row: 9, initiative: "Budget" },
        { row: 9, initiative: "Budget" },
        { row: 10, initiative: "Hiring" },
        { row: 11, initiative: "Deck" },
      ],
      (row, column) => (column === 7 ? decisions[row] : ""),
      time,
    );
    expect(writes.map((w) => [w.row, w.column, w.content, w.old])).toEqual([
      [9, 7, { text: "Changed since agreed" }, "Agreed"],
      [9, 8, { date: time }, ""],
      [11, 7, { text: "Changed since agreed" }, "agreed"],
      [11, 8, { date: time }, ""],
    ]);
    expect(writes[1].partOf).toEqual({ row: 9, column: 7 });
  });

  it("does nothing on a matrix without the agreement columns", () => {
    expect(
      agreementWrites({ ...layout, agreement: false }, [{ row: 9, initiative: "" }], () => "Agreed", time),
    ).toEqual([]);
  });
});

describe("codeChanged", () => {
  it.each([
    ["ra", "A/R", false],
    ["Responsible", "R", false],
    ["", "A", true],
    ["R", "C", true],
    ["maybe", "A", true],
  ])("%j → %j: %s", (old, now, changed) => expect(codeChanged(old, now, "RACI")).toBe(changed));

  it.each([
    ["s", "S", "RASCI", false],
    ["support", "S", "RASCI", false],
    ["s", "S", "RACI", true],
    ["driver", "D", "DACI", false],
    ["approver", "A", "DACI", false],
    ["R", "D", "DACI", true],
  ] as const)("in the matrix's kind: %j → %j in %s: %s", (old, now, kind, changed) =>
    expect(codeChanged(old, now, kind)).toBe(changed),
  );
});
