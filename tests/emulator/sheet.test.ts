import { setup } from "./helpers";

describe("Spreadsheet sheets (Spreadsheet.insertSheet / deleteSheet reference)", () => {
  test("insertSheet adds uniquely named sheets, makes the new sheet active, and indexes are 0-based", () => {
    const { emu } = setup();
    const ss = emu.spreadsheet;
    const second = ss.insertSheet();
    expect(second.getName()).toBe("Sheet2");
    expect(ss.getActiveSheet().getName()).toBe("Sheet2");
    ss.insertSheet("First", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["First", "Sheet1", "Sheet2"]);
    expect(ss.getSheetByName("First")?.getIndex()).toBe(1);
    expect(ss.getSheetByName("missing")).toBeNull();
  });

  test("inserting an existing name throws 'A sheet with the name \"X\" already exists. Please enter another name.'", () => {
    const { emu } = setup();
    expect(() => emu.spreadsheet.insertSheet("Sheet1")).toThrow(
      'A sheet with the name "Sheet1" already exists. Please enter another name.',
    );
    expect(() => emu.spreadsheet.insertSheet("sheet1")).toThrow(/already exists/);
  });

  test("names over 100 characters are rejected; setName keeps names unique", () => {
    const { emu, sheet } = setup();
    expect(() => emu.spreadsheet.insertSheet("x".repeat(101))).toThrow(/100 characters/);
    emu.spreadsheet.insertSheet("Other");
    expect(() => sheet.setName("Other")).toThrow(/already exists/);
    sheet.setName("Renamed");
    expect(emu.spreadsheet.getSheetByName("Renamed")?.getSheetId()).toBe(0);
  });

  test("sheet ids are stable numbers; the last sheet cannot be deleted", () => {
    const { emu, sheet } = setup();
    const other = emu.spreadsheet.insertSheet("B");
    const id = other.getSheetId();
    expect(emu.spreadsheet.getSheetByName("B")?.getSheetId()).toBe(id);
    emu.spreadsheet.deleteSheet(other);
    expect(emu.sheetNames()).toEqual(["Sheet1"]);
    expect(() => emu.spreadsheet.deleteSheet(sheet)).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  test("renaming a sheet updates formulas that reference it (cross-sheet references)", () => {
    const { emu, sheet } = setup();
    const data = emu.spreadsheet.insertSheet("Data");
    data.getRange("A1").setValue(41);
    sheet.getRange("A1").setValue("=Data!A1+1");
    expect(sheet.getRange("A1").getValue()).toBe(42);
    data.setName("My Data");
    expect(sheet.getRange("A1").getFormula()).toBe("='My Data'!A1+1");
    expect(sheet.getRange("A1").getValue()).toBe(42);
  });

  test("toast is recorded", () => {
    const { emu } = setup();
    emu.spreadsheet.toast("Saved", "RACI", 3);
    expect(emu.toasts).toEqual([{ message: "Saved", title: "RACI", timeoutSeconds: 3 }]);
  });
});

describe("Sheet extent (getLastRow/getLastColumn/getDataRange reference)", () => {
  test("last row/column count values and formulas, 0 when empty", () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    sheet.getRange("C5").setValue("x");
    sheet.getRange("E2").setFormula('=""');
    sheet.getRange("A9").setBackground("red");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 5]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:E5");
  });

  test("appendRow writes after the last row", () => {
    const { sheet } = setup();
    sheet.appendRow(["a", 1]);
    sheet.appendRow(["b", 2]);
    expect(sheet.getDataRange().getValues()).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });
});

describe("Inserting and deleting rows and columns (Sheet.insertRowsAfter / deleteRows reference)", () => {
  function matrix() {
    const s = setup();
    const { sheet, app } = s;
    sheet.getRange("A1:C3").setValues([
      ["Name", "Role", "Check"],
      ["one", "A", '=COUNTIF(B2:B3,"A")'],
      ["two", "R", "=B3"],
    ]);
    sheet
      .getRange("B2:B3")
      .setDataValidation(app.newDataValidation().requireValueInList(["R", "A", "C", "I"]).build());
    sheet.getRange("B2:B3").setBackground("#eeeeee").setNote("role");
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2="A"')
      .setBackground("#ff0000")
      .setRanges([sheet.getRange("A2:C3")])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.setFrozenRows(1);
    sheet.addDeveloperMetadata("raci.matrix", "v1");
    return s;
  }

  test("insertRowsAfter shifts values, formulas, validations, formats, notes and CF ranges", () => {
    const { sheet, emu } = matrix();
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange("A5:C5").getValues()).toEqual([["two", "R", "R"]]);
    // the range B2:B3 spans the insertion point, so it grows like Sheets grows it
    expect(sheet.getRange("C2").getFormula()).toBe('=COUNTIF(B2:B5,"A")');
    expect(sheet.getRange("C5").getFormula()).toBe("=B5");
    expect(sheet.getRange("B5").getDataValidation()?.getCriteriaValues()[0]).toEqual(["R", "A", "C", "I"]);
    expect(sheet.getRange("B3").getDataValidation()).toBeNull();
    expect(sheet.getRange("B5").getBackground()).toBe("#eeeeee");
    expect(sheet.getRange("B5").getNote()).toBe("role");
    const ranges = sheet.getConditionalFormatRules()[0]?.getRanges() as { getA1Notation(): string }[];
    expect(ranges.map((r) => r.getA1Notation())).toEqual(["A2:C5"]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ["raci.matrix", "v1"],
    ]);
    expect(emu.highlights("Sheet1").map((h) => h.a1)).toEqual(["A2", "B2", "C2"]);
  });

  test("inserting above a CF range moves it and its formula together", () => {
    const { sheet, emu } = matrix();
    sheet.insertRowsBefore(1, 1);
    const rule = sheet.getConditionalFormatRules()[0];
    expect((rule?.getRanges() as { getA1Notation(): string }[]).map((r) => r.getA1Notation())).toEqual([
      "A3:C4",
    ]);
    expect(rule?.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$B3="A"']);
    expect(emu.highlights("Sheet1").map((h) => h.a1)).toEqual(["A3", "B3", "C3"]);
  });

  test("insertColumnsBefore shifts formulas and validations right", () => {
    const { sheet } = matrix();
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getRange("D3").getFormula()).toBe("=C3");
    expect(sheet.getRange("D3").getValue()).toBe("R");
    expect(sheet.getRange("C2").getDataValidation()).not.toBeNull();
  });

  test("deleteRows removes rows and adjusts references; deleting every row is refused", () => {
    const { sheet } = matrix();
    sheet.deleteRow(2);
    expect(sheet.getRange("A2:C2").getValues()).toEqual([["two", "R", "R"]]);
    expect(sheet.getRange("C2").getFormula()).toBe("=B2");
    expect(() => sheet.deleteRows(1, 999)).toThrow(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
    expect(() => sheet.deleteRows(0, 1)).toThrow("Those rows are out of bounds.");
  });

  test("a formula whose only referenced cell is deleted becomes #REF!", () => {
    const { sheet } = setup();
    sheet.getRange("A1:A2").setValues([[5], ["=A1*2"]]);
    sheet.deleteRow(1);
    expect(sheet.getRange("A1").getValue()).toBe("#REF!");
  });
});

describe("Sheet layout settings", () => {
  test("frozen rows/columns, widths, heights, hidden columns, tab color", () => {
    const { sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidth(2, 180);
    sheet.setColumnWidths(3, 2, 60);
    sheet.setRowHeight(1, 30);
    sheet.hideColumns(5);
    sheet.setTabColor("green");
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([2, 1]);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getColumnWidth(4)]).toEqual([
      100, 180, 60,
    ]);
    expect(sheet.getRowHeight(1)).toBe(30);
    expect(sheet.isColumnHiddenByUser(5)).toBe(true);
    expect(sheet.getTabColor()).toBe("#008000");
  });
});

describe("Sheet.sort (moves row content and per-cell formats)", () => {
  test("sorts the rows below the frozen rows by one column", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B4").setValues([
      ["Name", "Score"],
      ["b", 2],
      ["c", 3],
      ["a", 1],
    ]);
    sheet.getRange("A3").setBackground("yellow");
    sheet.getRange("C2:C4").setFormulas([["=B2*10"], ["=B3*10"], ["=B4*10"]]);
    sheet.setFrozenRows(1);
    sheet.sort(1);
    expect(sheet.getRange("A1:C4").getValues()).toEqual([
      ["Name", "Score", ""],
      ["a", 1, 10],
      ["b", 2, 20],
      ["c", 3, 30],
    ]);
    expect(sheet.getRange("A4").getBackground()).toBe("#ffff00");
    sheet.sort(2, false);
    expect(sheet.getRange("A2:A4").getValues()).toEqual([["c"], ["b"], ["a"]]);
  });
});

describe("Protection (Range.protect / Sheet.protect / getProtections reference)", () => {
  test("range and sheet protections, descriptions, warning-only, removal", () => {
    const { sheet, app } = setup({ user: "owner@example.com" });
    const p = sheet.getRange("A1:C1").protect().setDescription("header").setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    expect(p.getRange().getA1Notation()).toBe("A1:C1");
    const whole = sheet.protect();
    expect(sheet.protect().getDescription()).toBe(whole.getDescription());
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((x) => x.getDescription())).toEqual(["header"]);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });

  test("protected ranges move with inserted rows", () => {
    const { sheet, app } = setup();
    sheet.getRange("A5:B5").protect();
    sheet.insertRowsBefore(1, 3);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0]?.getRange().getA1Notation()).toBe("A8:B8");
  });
});

describe("Developer metadata (Sheet.addDeveloperMetadata / getDeveloperMetadata reference)", () => {
  test("key/value, setValue, remove, finder; survives renames", () => {
    const { emu, sheet } = setup();
    sheet.addDeveloperMetadata("raci.version", "1");
    sheet.addDeveloperMetadata("raci.flag");
    const [version, flag] = sheet.getDeveloperMetadata();
    expect([version?.getKey(), version?.getValue(), flag?.getValue()]).toEqual(["raci.version", "1", null]);
    version?.setValue("2");
    flag?.remove();
    sheet.setName("Matrix");
    const found = emu.spreadsheet.createDeveloperMetadataFinder().withKey("raci.version").find();
    expect(found.map((m) => m.getValue())).toEqual(["2"]);
    expect(String(found[0]?.getLocation().getLocationType())).toBe("SHEET");
    emu.spreadsheet.addDeveloperMetadata("doc.level", "x");
    expect(emu.spreadsheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["doc.level"]);
  });
});

describe("whose developer metadata each getDeveloperMetadata returns", () => {
  // Spreadsheet.getDeveloperMetadata gives the top-level spreadsheet's metadata, Sheet.getDeveloperMetadata
  // the sheet's (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet, …/sheet).
  test("the spreadsheet's own, a sheet's own, and neither the other's", () => {
    const { emu, sheet } = setup();
    const other = emu.spreadsheet.insertSheet("Other");
    emu.spreadsheet.addDeveloperMetadata("doc.level", "x");
    sheet.addDeveloperMetadata("raci.matrix", "1");
    other.addDeveloperMetadata("raci.matrix", "2");
    expect(emu.spreadsheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["doc.level"]);
    expect(sheet.getDeveloperMetadata().map((m) => m.getValue())).toEqual(["1"]);
    expect(other.getDeveloperMetadata().map((m) => m.getValue())).toEqual(["2"]);
  });

  test("a deleted sheet's metadata is gone with it; a spreadsheet finder sees every sheet's", () => {
    // "If the associated object is deleted its metadata is deleted too"
    // (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata)
    const { emu, sheet } = setup();
    const other = emu.spreadsheet.insertSheet("Other");
    sheet.addDeveloperMetadata("raci.matrix", "1");
    other.addDeveloperMetadata("raci.matrix", "2");
    const finder = () => emu.spreadsheet.createDeveloperMetadataFinder().withKey("raci.matrix").find();
    expect(finder().map((m) => m.getValue())).toEqual(["1", "2"]);
    emu.spreadsheet.deleteSheet(other);
    expect(finder().map((m) => m.getValue())).toEqual(["1"]);
  });
});

describe("Sheet.moveRows (destinationIndex counts rows as before the move)", () => {
  function rows() {
    const s = setup();
    s.sheet.getRange("A1:B4").setValues([
      ["h", ""],
      ["one", 1],
      ["two", 2],
      ["three", 3],
    ]);
    s.sheet.getRange("C2").setFormula("=B2*10");
    s.sheet.getRange("D1").setFormula("=B2");
    s.sheet.getRange("A2").setBackground("yellow");
    return s;
  }

  test("moving a row down puts it before the destination row; formulas follow their cells", () => {
    const { sheet } = rows();
    sheet.moveRows(sheet.getRange("A2"), 4);
    expect(sheet.getRange("A1:C4").getValues()).toEqual([
      ["h", "", ""],
      ["two", 2, ""],
      ["one", 1, 10],
      ["three", 3, ""],
    ]);
    expect(sheet.getRange("C3").getFormula()).toBe("=B3*10");
    expect(sheet.getRange("D1").getFormula()).toBe("=B3");
    expect(sheet.getRange("A3").getBackground()).toBe("#ffff00");
  });

  test("moving a row up", () => {
    const { sheet } = rows();
    sheet.moveRows(sheet.getRange("A4:B4"), 2);
    expect(sheet.getRange("A1:A4").getValues()).toEqual([["h"], ["three"], ["one"], ["two"]]);
    expect(sheet.getRange("D1").getValue()).toBe(1);
  });
});

describe('Sheet.getSheetValues ("The two samples below produce the same output")', () => {
  test("reads the rectangle as getRange(…).getValues() does, in one counted call", () => {
    const { emu, sheet } = setup();
    sheet.getRange("B2:C3").setValues([
      ["a", 1],
      ["", true],
    ]);
    const counted = emu.globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const mine = counted.getActiveSpreadsheet().getSheetByName("Sheet1");
    emu.calls.reset();
    expect(mine?.getSheetValues(2, 2, 2, 2)).toEqual(sheet.getRange("B2:C3").getValues());
    expect(emu.calls.byMethod).toEqual({ "Sheet.getSheetValues": 1 });
  });

  test("refuses a rectangle outside the sheet, as getRange does", () => {
    const { sheet } = setup();
    expect(() => sheet.getSheetValues(1, 1, sheet.getMaxRows() + 1, 1)).toThrow();
  });
});

describe("Sheet.appendRow is one service call", () => {
  test("it writes the row below the last one without a second, counted, write", () => {
    const { emu, sheet } = setup();
    sheet.getRange("A1").setValue("first");
    const counted = emu.globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    emu.calls.reset();
    counted.getActiveSpreadsheet().getSheetByName("Sheet1")?.appendRow(["second", 2]);
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      ["first", ""],
      ["second", 2],
    ]);
    expect(emu.calls.byMethod).toEqual({
      "SpreadsheetApp.getActiveSpreadsheet": 1,
      "Spreadsheet.getSheetByName": 1,
      "Sheet.appendRow": 1,
    });
  });
});
