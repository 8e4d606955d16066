/**
 * The write path's plan (src/core/write/cells.ts): only the cells asked for, never a cell holding a formula
 * unless it puts the add-on's own formula back, a date with its Decision or not at all, and as few batched
 * calls as the cells' shape allows, never covering a cell between them.
 */
import fc from "fast-check";
import { a1, parseA1 } from "../../../src/core/a1";
import { groupWrites, outsideFormulas, type CellWrite } from "../../../src/core/write/cells";

const write = (row: number, column: number, text: string, more: Partial<CellWrite> = {}): CellWrite => ({
  row,
  column,
  content: { text },
  old: "",
  initiative: "",
  role: "",
  ...more,
});

describe("outsideFormulas", () => {
  it("skips a cell holding a formula, and the date that goes with a Decision it skipped", () => {
    const decision = write(9, 7, "Changed since agreed");
    const date = { ...write(9, 8, ""), content: { date: new Date(0) }, partOf: { row: 9, column: 7 } };
    const code = write(9, 4, "A");
    const { writes, skipped } = outsideFormulas([code, decision, date], (row, column) =>
      column === 7 ? '=IF(1=1,"Agreed","")' : "",
    );
    expect(writes).toEqual([code]);
    expect(skipped).toEqual([decision, date]);
  });

  it("puts the add-on's formula back over typed text, and leaves a cell that still holds it", () => {
    const restore = { ...write(9, 6, ""), content: { formula: "=F9" } };
    expect(outsideFormulas([restore], () => "").writes).toEqual([restore]);
    expect(outsideFormulas([restore], () => "=F9").writes).toEqual([]);
  });
});

describe("groupWrites", () => {
  it("writes a thousand scattered codes as one RangeList per code", () => {
    const writes = Array.from({ length: 1000 }, (_, i) => write(9 + i * 2, 3 + (i % 4), i % 2 ? "A" : "R"));
    expect(groupWrites(writes).map((g) => g.kind)).toEqual(["value", "value"]);
  });

  it("writes a Decision and its date side by side in one call, and a lone code by itself", () => {
    const date = new Date(0);
    const groups = groupWrites([
      write(9, 4, "C"),
      write(9, 7, "Changed since agreed"),
      { ...write(9, 8, ""), content: { date } },
    ]);
    expect(groups).toEqual([
      { kind: "row", row: 9, column: 7, values: ["Changed since agreed", date] },
      { kind: "value", value: "C", cells: ["D9"] },
    ]);
  });

  it("writes a person's text literally, and formulas down a column in runs", () => {
    const name = { ...write(9, 3, "=IMPORTRANGE(x)"), content: { text: "=IMPORTRANGE(x)", literal: true } };
    const formulas = [10, 11, 13].map((row) => ({ ...write(row, 6, ""), content: { formula: `=F${row}` } }));
    expect(groupWrites([name, ...formulas])).toEqual([
      { kind: "value", value: "'=IMPORTRANGE(x)", cells: ["C9"] },
      { kind: "formulas", row: 10, column: 6, formulas: ["=F10", "=F11"] },
      { kind: "formulas", row: 13, column: 6, formulas: ["=F13"] },
    ]);
  });

  it("covers exactly the cells asked for, each with its own value, whatever their shape", () => {
    const cell = fc.record({ row: fc.integer({ min: 1, max: 12 }), column: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(cell, { selector: (c) => a1(c.row, c.column), maxLength: 40 }),
        fc.nat(),
        (cells, seed) => {
          const writes = cells.map((c, i) => write(c.row, c.column, "RACI"[(i + seed) % 4]));
          const written = new Map<string, unknown>();
          for (const group of groupWrites(writes)) {
            if (group.kind === "value") group.cells.forEach((cellName) => written.set(cellName, group.value));
            else if (group.kind === "row")
              group.values.forEach((value, i) => written.set(a1(group.row, group.column + i), value));
            else group.formulas.forEach((f, i) => written.set(a1(group.row + i, group.column), f));
          }
          expect(
            new Map(writes.map((w) => [a1(w.row, w.column), (w.content as { text: string }).text])),
          ).toEqual(written);
          for (const name of written.keys()) expect(parseA1(name)).not.toBeNull();
        },
      ),
    );
  });
});
