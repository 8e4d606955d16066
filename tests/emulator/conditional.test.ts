import { setup } from "./helpers";

/*
 * Sheets evaluates a custom-formula rule for every cell of its ranges as if the formula were written in
 * the top-left cell of the first range: relative references shift with the cell, $-anchored parts stay
 * (Sheets Help, "Use conditional formatting rules in Google Sheets" → custom formulas).
 */
describe("ConditionalFormatRuleBuilder (ConditionalFormatRuleBuilder / BooleanCondition reference)", () => {
  test("whenFormulaSatisfied rule exposes its condition, format and ranges", () => {
    const { sheet, app } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2="A"')
      .setBackground("#FFCCCC")
      .setFontColor("#990000")
      .setBold(true)
      .setRanges([sheet.getRange("B2:D4")])
      .build();
    const cond = rule.getBooleanCondition();
    expect(cond?.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(cond?.getCriteriaValues()).toEqual(['=$C2="A"']);
    expect([cond?.getBackground(), cond?.getFontColor(), cond?.getBold(), cond?.getItalic()]).toEqual([
      "#ffcccc",
      "#990000",
      true,
      null,
    ]);
    expect((rule.getRanges() as { getA1Notation(): string }[]).map((r) => r.getA1Notation())).toEqual([
      "B2:D4",
    ]);
    sheet.setConditionalFormatRules([rule]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toHaveLength(0);
  });

  test("building rules is local: no service call is counted", () => {
    const { emu, app } = setup();
    emu.calls.reset();
    app.newConditionalFormatRule().whenCellEmpty().setBackground("red").build().getBooleanCondition();
    app.newDataValidation().requireValueInList(["A"]).build().getCriteriaValues();
    expect(emu.calls.total).toBe(0);
  });
});

describe("highlights: custom formulas are relative to the rule's top-left cell (Sheets custom-formula rules)", () => {
  test('rule =$C2="A" over B2:D4 highlights whole rows where column C is "A"', () => {
    const { emu, sheet, app } = setup();
    sheet.getRange("B2:D4").setValues([
      ["x", "A", "y"],
      ["x", "R", "y"],
      ["x", "A", "y"],
    ]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$C2="A"')
        .setBackground("#ff0000")
        .setRanges([sheet.getRange("B2:D4")])
        .build(),
    ]);
    expect(emu.highlights("Sheet1")).toEqual([
      { a1: "B2", background: "#ff0000" },
      { a1: "C2", background: "#ff0000" },
      { a1: "D2", background: "#ff0000" },
      { a1: "B4", background: "#ff0000" },
      { a1: "C4", background: "#ff0000" },
      { a1: "D4", background: "#ff0000" },
    ]);
    expect(emu.highlights("Sheet1", "C3:D4").map((h) => h.a1)).toEqual(["C4", "D4"]);
  });

  test("fully relative and absolute references", () => {
    const { emu, sheet, app } = setup();
    sheet.getRange("A1:B2").setValues([
      [1, 5],
      [7, 2],
    ]);
    sheet.getRange("D1").setValue(4);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied("=A1>$D$1")
        .setFontColor("#0000ff")
        .setRanges([sheet.getRange("A1:B2")])
        .build(),
    ]);
    expect(emu.highlights("Sheet1").map((h) => h.a1)).toEqual(["B1", "A2"]);
  });

  test("the first matching rule in the list wins", () => {
    const { emu, sheet, app } = setup();
    sheet.getRange("A1:A2").setValues([["A"], ["R"]]);
    const range = [sheet.getRange("A1:A2")];
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=A1="A"')
        .setBackground("#ff0000")
        .setRanges(range)
        .build(),
      app
        .newConditionalFormatRule()
        .whenCellNotEmpty()
        .setBackground("#00ff00")
        .setBold(true)
        .setRanges(range)
        .build(),
    ]);
    expect(emu.highlights("Sheet1")).toEqual([
      { a1: "A1", background: "#ff0000" },
      { a1: "A2", background: "#00ff00", bold: true },
    ]);
  });

  test("a non-zero number counts as true; ranges of other rules and text conditions", () => {
    const { emu, sheet, app } = setup();
    sheet.getRange("A1:A3").setValues([[0], [3], ["done"]]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied("=A1")
        .setItalic(true)
        .setRanges([sheet.getRange("A1:A2")])
        .build(),
      app
        .newConditionalFormatRule()
        .whenTextEqualTo("DONE")
        .setBackground("#cccccc")
        .setRanges([sheet.getRange("A3")])
        .build(),
    ]);
    expect(emu.highlights("Sheet1")).toEqual([
      { a1: "A2", italic: true },
      { a1: "A3", background: "#cccccc" },
    ]);
  });

  test("position-dependent formulas are evaluated per cell (ROW())", () => {
    const { emu, sheet, app } = setup();
    sheet.getRange("A1:A4").setValues([["x"], ["x"], ["x"], ["x"]]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=AND(A1="x",ISEVEN(ROW()))')
        .setBackground("#eeeeee")
        .setRanges([sheet.getRange("A1:A4")])
        .build(),
    ]);
    expect(emu.highlights("Sheet1").map((h) => h.a1)).toEqual(["A2", "A4"]);
  });

  test("formulas may reference another sheet, quoted or not", () => {
    const { emu, sheet, app } = setup();
    const roles = emu.spreadsheet.insertSheet("Role list");
    roles.getRange("A1").setValue("A");
    sheet.getRange("A1:A2").setValues([["A"], ["C"]]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied("=A1='Role list'!$A$1")
        .setBackground("#00ff00")
        .setRanges([sheet.getRange("A1:A2")])
        .build(),
    ]);
    expect(emu.highlights("Sheet1").map((h) => h.a1)).toEqual(["A1"]);
  });

  test("an invalid formula makes evaluation throw, naming the formula", () => {
    const { emu, sheet, app } = setup();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied("=SUM(A1:")
        .setBackground("red")
        .setRanges([sheet.getRange("A1")])
        .build(),
    ]);
    expect(() => emu.highlights("Sheet1")).toThrow(/=SUM\(A1:/);
  });

  test("an unknown function makes evaluation throw", () => {
    const { emu, sheet, app } = setup();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied("=NOSUCHFN(A1)")
        .setBackground("red")
        .setRanges([sheet.getRange("A1")])
        .build(),
    ]);
    expect(() => emu.highlights("Sheet1")).toThrow(/NOSUCHFN/);
  });

  test("displayGrid shows conditional backgrounds over static ones", () => {
    const { emu, sheet, app } = setup();
    sheet
      .getRange("A1:B1")
      .setValues([["A", "R"]])
      .setBackground("#eeeeee");
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=A1="A"')
        .setBackground("#ff0000")
        .setRanges([sheet.getRange("A1:B1")])
        .build(),
    ]);
    const grid = emu.displayGrid("Sheet1");
    expect(grid.values).toEqual([["A", "R"]]);
    expect(grid.backgrounds).toEqual([["#ff0000", "#eeeeee"]]);
  });
});
