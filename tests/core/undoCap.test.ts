/**
 * How much one Undo record holds, as docs/data-and-ownership.md states it: a fix of 7,500 rows (one cell each),
 * a conversion of 20,000 cells (twenty per row). Measured on the record's own text, so the page and the code
 * cannot drift apart.
 */
import { encodeRecord, rowKey, type UndoRecord } from "../../src/core/undo";
import { MAX_UNDO_PARTS, UNDO_PART_BYTES } from "../../src/sheets/undoStore";

/** A record of `rows` rows, each with `perRow` cells changed from `old(i)` to `next(i)`. */
function record(rows: number, perRow: number, pair: (i: number) => [string, string]): UndoRecord {
  return {
    savedAt: 1_700_000_000_000,
    rows: Array.from({ length: rows }, (_, r) => ({
      key: rowKey("Operations", `Initiative ${r + 1}`, [["CEO", "A"]]),
      cells: Array.from({ length: perRow }, (_, c) => {
        const [old, next] = pair(r * perRow + c);
        return { role: `Role ${c + 1}`, old, new: next };
      }),
    })),
  };
}

const fits = (r: UndoRecord) => Buffer.byteLength(encodeRecord(r)) <= MAX_UNDO_PARTS * UNDO_PART_BYTES;
const SHORTHAND: [string, string][] = [
  ["ra", "A/R"],
  ["r", "R"],
  ["c", "C"],
  ["Informed", "I"],
];

describe("what one Undo record holds", () => {
  it("a fix of 7,500 rows, one cell each (not 8,500)", () => {
    expect(fits(record(7_500, 1, () => ["", "A"]))).toBe(true);
    expect(fits(record(8_500, 1, () => ["", "A"]))).toBe(false);
  });

  it("a conversion of 20,000 cells, twenty per row (not 30,000)", () => {
    expect(fits(record(1_000, 20, (i) => SHORTHAND[i % 4]))).toBe(true);
    expect(fits(record(1_500, 20, (i) => SHORTHAND[i % 4]))).toBe(false);
  });
});
