import fc from "fast-check";
import { a1, columnIndex, columnLetter, parseA1, tryA1 } from "../../src/core/a1";

describe("columnLetter and columnIndex", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [18278, "ZZZ"],
  ])("column %i is %s", (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnIndex(letters)).toBe(n);
  });

  it("accepts lower case letters", () => {
    expect(columnIndex("ab")).toBe(28);
  });

  it.each([0, -1, 1.5, NaN, Infinity])("refuses column %p", (n) => {
    expect(() => columnLetter(n)).toThrow(/column number/);
  });

  it.each(["", "A1", "1", "Ä", " A"])("refuses the column name %j", (letters) => {
    expect(() => columnIndex(letters)).toThrow(/not a column name/);
  });

  it("round-trips any column", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (n) => columnIndex(columnLetter(n)) === n),
    );
  });

  it("round-trips any column name", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z]{1,6}$/),
        (letters) => columnLetter(columnIndex(letters)) === letters,
      ),
    );
  });
});

describe("a1 and parseA1", () => {
  it("names a cell", () => {
    expect(a1(3, 2)).toBe("B3");
    expect(a1(1000, 27)).toBe("AA1000");
    expect(() => a1(0, 1)).toThrow(/row number/);
  });

  it("tryA1 gives undefined rather than an error", () => {
    expect(tryA1(3, 2)).toBe("B3");
    expect(tryA1(0, 2)).toBeUndefined();
    expect(tryA1(3, -1)).toBeUndefined();
    expect(tryA1(NaN, 1)).toBeUndefined();
  });

  it("parses a cell and a range, either corner first, with $ allowed", () => {
    expect(parseA1("B3")).toEqual({ row: 3, column: 2, numRows: 1, numColumns: 1 });
    expect(parseA1("B3:D7")).toEqual({ row: 3, column: 2, numRows: 5, numColumns: 3 });
    expect(parseA1("D7:B3")).toEqual({ row: 3, column: 2, numRows: 5, numColumns: 3 });
    expect(parseA1("$b$3")).toEqual({ row: 3, column: 2, numRows: 1, numColumns: 1 });
  });

  it.each(["", "B", "3", "B0", "B03", "B3:", ":B3", "B3:D7:E9", "Sheet1!B3", "B:D", "3B", "B 3"])(
    "refuses %j with a clear error",
    (ref) => {
      expect(() => parseA1(ref)).toThrow(/is not a cell or range|not a column name/);
    },
  );

  it("round-trips any cell and range", () => {
    const cell = fc.record({
      row: fc.integer({ min: 1, max: 10_000_000 }),
      column: fc.integer({ min: 1, max: 18278 }),
    });
    fc.assert(
      fc.property(cell, ({ row, column }) => {
        expect(parseA1(a1(row, column))).toEqual({ row, column, numRows: 1, numColumns: 1 });
      }),
    );
    fc.assert(
      fc.property(cell, cell, (p, q) => {
        const range = parseA1(`${a1(p.row, p.column)}:${a1(q.row, q.column)}`);
        expect(range.row).toBe(Math.min(p.row, q.row));
        expect(range.column).toBe(Math.min(p.column, q.column));
        expect(range.row + range.numRows - 1).toBe(Math.max(p.row, q.row));
        expect(range.column + range.numColumns - 1).toBe(Math.max(p.column, q.column));
      }),
    );
  });
});
