/**
 * An Agreed row whose codes change meaning is reopened, Decided on kept (the day it was agreed), the change's
 * own day in Agreed by; another spelling of the same code changes nothing.
 */
import { newLayout } from "../../../src/core/plan/layout";
import { agreementWrites, codeChanged } from "../../../src/core/write/agreement";

// Status F, Decision G, Decided on H, Agreed by I
const layout = { ...newLayout(3, 3, false), agreement: true, agreedBy: false };
const today = () => "2026-05-12";

describe("agreementWrites", () => {
  it("reopens each Agreed row once, Decided on untouched, and nothing for the other rows", () => {
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
      today,
    );
    expect(writes.map((w) => [w.row, w.column, w.content, w.old])).toEqual([
      [9, 7, { text: "Changed since agreed" }, "Agreed"],
      [11, 7, { text: "Changed since agreed" }, "agreed"],
    ]);
  });

  it("keeps who agreed in Agreed by and adds the day the codes changed, with the Decision it goes with", () => {
    const cells: Record<string, string> = { "9,7": "Agreed", "9,9": "COO (Dana Lee)", "10,7": "Agreed" };
    const writes = agreementWrites(
      { ...layout, agreedBy: true },
      [
        { row: 9, initiative: "Budget" },
        { row: 10, initiative: "Hiring" },
      ],
      (row, column) => cells[`${row},${column}`] ?? "",
      today,
    );
    expect(writes.filter((w) => w.column === 9).map((w) => [w.row, w.content, w.old, w.partOf])).toEqual([
      [
        9,
        { text: "COO (Dana Lee); codes changed 2026-05-12", literal: true },
        "COO (Dana Lee)",
        { row: 9, column: 7 },
      ],
      [10, { text: "unnamed editor; codes changed 2026-05-12", literal: true }, "", { row: 10, column: 7 }],
    ]);
    expect(writes.some((w) => w.column === 8)).toBe(false);
  });

  it("does nothing on a matrix without the agreement columns", () => {
    expect(
      agreementWrites({ ...layout, agreement: false }, [{ row: 9, initiative: "" }], () => "Agreed", today),
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
