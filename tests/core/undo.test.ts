/**
 * Undo's record (src/core/undo.ts): a cell is found again by its row's content and its role, wherever the row
 * went; rows that cannot be told apart, or that changed since, are left alone; the record survives its text.
 */
import fc from "fast-check";
import { parseCode } from "../../src/core/codes";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { RaciMatrix } from "../../src/core/types";
import { decodeRecord, encodeRecord, matchRecord, recordOf, rowKey, undoWrites } from "../../src/core/undo";
import type { CellWrite } from "../../src/core/write/cells";

const ROLES = ["CEO", "COO", "Chief of Staff"];

function matrixOf(rows: { name: string; area?: string; codes: string[]; row: number }[]): RaciMatrix {
  return {
    roles: ROLES.map((name, i) => ({ name, column: 3 + i })),
    initiatives: rows.map((r) => ({
      name: r.name,
      area: r.area ?? "",
      row: r.row,
      cells: r.codes.map((code) => parseCode(code)),
    })),
    settings: { ...DEFAULT_SETTINGS, ownerPair: null },
    nameColumn: 2,
  };
}

const fixOf = (row: number, column: number, old: string, text: string): CellWrite => ({
  row,
  column,
  content: { text },
  old,
  initiative: "",
  role: ROLES[column - 3],
});

describe("rowKey", () => {
  it("is the same for another spelling of a code, or a role added with no code", () => {
    expect(rowKey("Ops", "Budget", [["CEO", "A/R"]])).toBe(
      rowKey("Ops", "Budget", [
        ["ceo", "A/R"],
        ["CFO", ""],
      ]),
    );
    expect(rowKey("Ops", "Budget", [["CEO", "A"]])).not.toBe(rowKey("Ops", "Budget", [["CEO", "R"]]));
    expect(rowKey("Ops", "Budget", [["CEO", "A"]])).not.toBe(rowKey("", "Budget", [["CEO", "A"]]));
  });
});

describe("finding the fixed rows again", () => {
  const before = [
    { name: "Budget", area: "Z", codes: ["C", "", ""], row: 9 },
    { name: "Budget", area: "A", codes: ["A", "", "C"], row: 10 },
  ];

  it("after a sort and an A typed on the other row of the same name, restores the fixed row only", () => {
    const record = recordOf(matrixOf(before), [fixOf(9, 4, "", "A")], 1);
    const sorted = matrixOf([
      { ...before[1], row: 9, codes: ["A", "A", "C"] },
      { ...before[0], row: 10, codes: ["C", "A", ""] },
    ]);
    const { writes, skipped } = undoWrites(sorted, record);
    expect(writes.map((w) => [w.row, w.column, w.content])).toEqual([[10, 4, { text: "", literal: true }]]);
    expect(skipped).toBe(0);
  });

  it("leaves a row changed since, and two rows now alike, as they are", () => {
    const record = recordOf(matrixOf(before), [fixOf(9, 4, "", "A")], 1);
    expect(undoWrites(matrixOf([{ ...before[0], codes: ["C", "A", "I"] }]), record)).toMatchObject({
      writes: [],
      skipped: 1,
    });
    const twice = matrixOf([
      { ...before[0], codes: ["C", "A", ""] },
      { ...before[0], row: 12, codes: ["C", "A", ""] },
    ]);
    expect(undoWrites(twice, record)).toMatchObject({ writes: [], skipped: 1 });
  });

  it("restores every recorded row once, whatever order the rows are in now", () => {
    const row = fc.record({
      name: fc.constantFrom("Budget", "Hiring", "Deck"),
      area: fc.constantFrom("", "Ops"),
      codes: fc.array(fc.constantFrom("", "A", "R", "C"), { minLength: 3, maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.nat(), (rows, seed) => {
        const placed = rows.map((r, i) => ({ ...r, row: 9 + i }));
        const fixes = placed.filter((r) => r.codes[1] === "").map((r) => fixOf(r.row, 4, "", "A"));
        const record = recordOf(matrixOf(placed), fixes, 1);
        const after = placed.map((r) => ({
          ...r,
          codes: r.codes[1] === "" ? [r.codes[0], "A", r.codes[2]] : r.codes,
        }));
        const shuffled = [...after].sort(
          (x, y) => ((x.row * 7919 + seed) % 13) - ((y.row * 7919 + seed) % 13),
        );
        const now = shuffled.map((r, i) => ({ ...r, row: 9 + i }));
        const { writes, skipped } = undoWrites(matrixOf(now), record);
        expect(writes.length + skipped).toBe(fixes.length);
        // Every cell restored holds the fix's A now, on a row whose content is one the fix left.
        for (const w of writes) expect(now.find((r) => r.row === w.row)?.codes[1]).toBe("A");
      }),
    );
  });
});

describe("the record's text", () => {
  it("decodes to what was encoded, and a damaged text to nothing", () => {
    const record = {
      savedAt: 1_700_000_000_000,
      rows: [
        { key: "k1", cells: [{ role: "COO", old: "ra", new: "A/R" }] },
        {
          key: "k2",
          cells: [
            { role: "CEO", old: "", new: "A" },
            { role: "COO", old: "A", new: "R" },
          ],
        },
      ],
    };
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
    expect(decodeRecord("12|[not json")).toBeNull();
    expect(decodeRecord(JSON.stringify([1, ["CEO"], [], [["k", 5, 0]]]))).toBeNull();
  });

  it("matches a key found as often now as recorded, and skips one found more or less often", () => {
    const record = { savedAt: 0, rows: [{ key: "k", cells: [{ role: "COO", old: "", new: "A" }] }] };
    expect(matchRecord(record, [{ row: 12, key: "k" }]).restore).toEqual([
      { role: "COO", old: "", new: "A", row: 12 },
    ]);
    expect(matchRecord(record, [])).toEqual({ restore: [], skipped: 1 });
    expect(
      matchRecord(record, [
        { row: 9, key: "k" },
        { row: 12, key: "k" },
      ]),
    ).toEqual({ restore: [], skipped: 1 });
  });
});
