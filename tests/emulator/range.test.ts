import { Messages } from "../../emulator/index";
import { setup } from "./helpers";

describe("Sheet.getRange (Sheet reference: 1-based row and column indexes)", () => {
  test("getRange(row, column, numRows, numColumns) is 1-based", () => {
    const { sheet } = setup();
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 4, 5]);
    expect(r.getA1Notation()).toBe("C2:G5");
    expect(r.getLastRow()).toBe(5);
    expect(r.getLastColumn()).toBe(7);
    expect(sheet.getRange("B2").getA1Notation()).toBe("B2");
    expect(sheet.getRange("A1:B3").getNumRows()).toBe(3);
  });

  test("arguments below 1 throw the reference's errors", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow(Messages.rowTooSmall);
    expect(() => sheet.getRange(1, 0)).toThrow(Messages.columnTooSmall);
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(Messages.numRowsTooSmall);
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(Messages.numColumnsTooSmall);
  });

  test("a range beyond getMaxRows/getMaxColumns throws 'outside the dimensions of the sheet'", () => {
    const { sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange("AA1")).toThrow("outside the dimensions");
    expect(() => sheet.getRange("not a range")).toThrow("Range not found");
  });

  test("a non-number argument is a signature error", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("1" as unknown as number, 2)).toThrow(/don't match the method signature/);
  });
});

describe("Range.setValues (Range.setValues reference)", () => {
  test("throws the reference's dimension error when rows differ", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B2").setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
  });

  test("throws the reference's dimension error when columns differ", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B2").setValues([[1], [2]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
  });

  test("batched format setters use the same dimension check", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B1").setBackgrounds([["red"]])).toThrow(/number of columns in the data/);
    expect(() => sheet.getRange("A1:A2").setFontWeights([["bold"]])).toThrow(/number of rows in the data/);
  });
});

describe("value parsing on write (setValue parses strings as typed input, like USER_ENTERED)", () => {
  test('a string starting with "=" becomes a formula and is evaluated', () => {
    const { sheet } = setup();
    sheet.getRange("A1:A2").setValues([[2], [3]]);
    sheet.getRange("A3").setValue("=SUM(A1:A2)");
    expect(sheet.getRange("A3").getValue()).toBe(5);
    expect(sheet.getRange("A3").getFormula()).toBe("=SUM(A1:A2)");
    expect(sheet.getRange("A1").getFormula()).toBe("");
    sheet.getRange("A1").setValue(10);
    expect(sheet.getRange("A3").getValue()).toBe(13);
  });

  test("a leading apostrophe stores the rest as literal text", () => {
    const { sheet } = setup();
    sheet.getRange("A1:C1").setValues([["'=1+1", "'+1", "'007"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["=1+1", "+1", "007"]]);
    expect(sheet.getRange("A1").getFormula()).toBe("");
  });

  test("numeric-looking strings become numbers, TRUE/FALSE become booleans", () => {
    const { sheet } = setup();
    sheet.getRange("A1:G1").setValues([["12", "+1", "-3.5", "1e3", "true", "FALSE", "1,000"]]);
    expect(sheet.getRange("A1:G1").getValues()).toEqual([[12, 1, -3.5, 1000, true, false, 1000]]);
  });

  test('with the plain-text format "@" strings are stored as typed, formulas included', () => {
    const { sheet } = setup();
    sheet.getRange("A1:C1").setNumberFormat("@");
    sheet.getRange("A1:C1").setValues([["007", "=1+1", "TRUE"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["007", "=1+1", "TRUE"]]);
    expect(sheet.getRange("B1").getFormula()).toBe("");
  });

  test("numbers and booleans keep their type; null and empty string clear the cell", () => {
    const { sheet } = setup();
    sheet.getRange("A1:D1").setValues([[1.5, true, "x", "y"]]);
    sheet.getRange("C1:D1").setValues([[null, ""]]);
    expect(sheet.getRange("A1:D1").getValues()).toEqual([[1.5, true, "", ""]]);
    expect(sheet.getLastColumn()).toBe(2);
  });

  test("a Date is stored as a date serial with a date format and read back as a Date", () => {
    const { sheet } = setup({ timeZone: "Europe/Berlin" });
    const when = new Date("2024-03-01T12:30:00Z");
    sheet.getRange("A1").setValue(when);
    const back = sheet.getRange("A1").getValue();
    expect(back).toBeInstanceOf(Date);
    expect((back as Date).getTime()).toBe(when.getTime());
    expect(sheet.getRange("A1").getDisplayValue()).toBe("3/1/2024 13:30:00");
  });

  test("formula errors are returned as their error string", () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue("=1/0");
    expect(sheet.getRange("A1").getValue()).toBe("#DIV/0!");
  });
});

describe("Range reads (getValues, getDisplayValues, getFormulas)", () => {
  test('empty cells read as "", formula cells as their value', () => {
    const { sheet } = setup();
    sheet.getRange("B2").setFormula('=IF(A2="", "empty", A2)');
    expect(sheet.getRange("A2:B2").getValues()).toEqual([["", "empty"]]);
    expect(sheet.getRange("A2:B2").getFormulas()).toEqual([["", '=IF(A2="", "empty", A2)']]);
  });

  test("getDisplayValues applies number formats", () => {
    const { sheet } = setup();
    sheet.getRange("A1:E1").setValues([[0.256, 0.256, 2.5, 1234.5, 42]]);
    sheet.getRange("A1:E1").setNumberFormats([["0%", "0.0%", "0", "#,##0.00", "@"]]);
    expect(sheet.getRange("A1:E1").getDisplayValues()).toEqual([["26%", "25.6%", "3", "1,234.50", "42"]]);
    sheet.getRange("A2:C2").setValues([[1 / 3, true, "text"]]);
    expect(sheet.getRange("A2:C2").getDisplayValues()).toEqual([["0.3333333333", "TRUE", "text"]]);
  });

  test('typing "50%" stores 0.5 with a percent format', () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue("50%");
    expect(sheet.getRange("A1").getValue()).toBe(0.5);
    expect(sheet.getRange("A1").getDisplayValue()).toBe("50%");
  });

  test("getNumberFormat of an unformatted cell is the automatic format", () => {
    const { sheet } = setup();
    expect(sheet.getRange("A1").getNumberFormat()).toBe("0.###############");
  });
});

describe("Range formats (defaults as Apps Script reports them)", () => {
  test('backgrounds default to "#ffffff" and are normalised', () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:B1");
    expect(r.getBackgrounds()).toEqual([["#ffffff", "#ffffff"]]);
    r.setBackgrounds([["red", "#ABC"]]);
    expect(r.getBackgrounds()).toEqual([["#ff0000", "#aabbcc"]]);
    r.setBackground(null);
    expect(r.getBackground()).toBe("#ffffff");
  });

  test('font colors default to "#000000"; font weights to "normal"', () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:B1");
    expect(r.getFontColors()).toEqual([["#000000", "#000000"]]);
    expect(r.getFontWeights()).toEqual([["normal", "normal"]]);
    r.setFontColors([["#FF0000", null]]).setFontWeights([["bold", "normal"]]);
    expect(r.getFontColors()).toEqual([["#ff0000", "#000000"]]);
    expect(r.getFontWeights()).toEqual([["bold", "normal"]]);
    r.setFontColor("blue");
    expect(r.getFontColor()).toBe("#0000ff");
  });

  test("other formats are recorded", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1");
    r.setFontSize(14)
      .setFontStyle("italic")
      .setHorizontalAlignment("center")
      .setVerticalAlignment("middle")
      .setWrap(true);
    expect([
      r.getFontSize(),
      r.getFontStyle(),
      r.getHorizontalAlignment(),
      r.getVerticalAlignment(),
      r.getWrap(),
    ]).toEqual([14, "italic", "center", "middle", true]);
  });

  test("clearFormat keeps content, clearContent keeps formats, clear removes both", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1");
    r.setValue("x").setBackground("red");
    r.clearFormat();
    expect([r.getValue(), r.getBackground()]).toEqual(["x", "#ffffff"]);
    r.setBackground("red").clearContent();
    expect([r.getValue(), r.getBackground()]).toEqual(["", "#ff0000"]);
    r.setValue("y").clear();
    expect([r.getValue(), r.getBackground()]).toEqual(["", "#ffffff"]);
  });
});

describe("Range notes, merges and offset", () => {
  test("setNote/getNotes", () => {
    const { sheet } = setup();
    sheet.getRange("A1").setNote("hello");
    expect(sheet.getRange("A1:B1").getNotes()).toEqual([["hello", ""]]);
    sheet.getRange("A1:B1").setNotes([["", "b"]]);
    expect(sheet.getRange("A1:B1").getNotes()).toEqual([["", "b"]]);
  });

  test("merge keeps only the top-left value; isPartOfMerge/getMergedRanges/breakApart", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setValues([["keep", "drop"]]);
    sheet.getRange("A1:B2").merge();
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["keep", ""]]);
    expect(sheet.getRange("B2").isPartOfMerge()).toBe(true);
    expect(sheet.getRange("C3").isPartOfMerge()).toBe(false);
    expect(
      sheet
        .getRange("B1")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A1:B2"]);
    expect(() => sheet.getRange("A1:A3").merge()).toThrow("You must select all cells in a merged range");
    sheet.getRange("A1:B2").breakApart();
    expect(sheet.getRange("B2").isPartOfMerge()).toBe(false);
  });

  test("offset moves and resizes within the sheet", () => {
    const { sheet } = setup();
    expect(sheet.getRange("B2").offset(1, 2).getA1Notation()).toBe("D3");
    expect(sheet.getRange("B2").offset(0, 0, 2, 3).getA1Notation()).toBe("B2:D3");
    expect(() => sheet.getRange("B2").offset(-2, 0)).toThrow(Messages.rowTooSmall);
  });
});

describe("COUNTIF (HyperFormula's criteria, with the emulator's faster counting)", () => {
  test("criteria: text ignoring case, wildcards, comparisons, not-empty; COUNTIFS", () => {
    const { sheet } = setup();
    sheet.getRange("A1:A6").setValues([["A"], ["a"], ["A/R"], [3], [""], ["R"]]);
    sheet.getRange("B1:B6").setValues([["x"], ["y"], ["x"], ["x"], ["x"], ["y"]]);
    sheet
      .getRange("C1:C6")
      .setFormulas([
        ['=COUNTIF(A1:A6,"A")'],
        ['=COUNTIF(A1:A6,"A*")'],
        ['=COUNTIF(A1:A6,">2")'],
        ['=COUNTIF(A1:A6,"<>")'],
        ['=COUNTIFS(A1:A6,"A*",B1:B6,"x")'],
        ["=COUNTIF(A1:A6,A6)"],
      ]);
    expect(sheet.getRange("C1:C6").getValues()).toEqual([[2], [3], [1], [5], [2], [1]]);
  });

  test("counts are recomputed after every write (remembered counts are dropped on change)", () => {
    const { emu, sheet } = setup();
    sheet.getRange("A1:A3").setValues([["x"], ["y"], ["x"]]);
    sheet.getRange("B1").setFormula('=COUNTIF(A1:A3,"x")');
    sheet.getRange("B2").setFormula('=COUNTIF(A1:A3,"x")*10');
    expect(sheet.getRange("B1:B2").getValues()).toEqual([[2], [20]]);
    sheet.getRange("A2").setValue("x");
    expect(sheet.getRange("B1:B2").getValues()).toEqual([[3], [30]]);
    emu.editAsUser({}, "Sheet1", "A1", "z");
    expect(sheet.getRange("B1:B2").getValues()).toEqual([[2], [20]]);
    sheet.insertRowsBefore(1, 1);
    sheet.getRange("A2").setValue("x");
    expect(sheet.getRange("B2:B3").getValues()).toEqual([[3], [30]]);
  });
});
