import { EditRejectedError } from "../../emulator/index";
import { setup } from "./helpers";

describe("DataValidationBuilder (DataValidationBuilder / DataValidation reference)", () => {
  test("requireValueInList rule exposes criteria type, values, allowInvalid and help text", () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(["R", "A", "C", "I"], true)
      .setAllowInvalid(false)
      .setHelpText("Pick a RACI code")
      .build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([["R", "A", "C", "I"], true]);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toBe("Pick a RACI code");
    sheet.getRange("B2:C3").setDataValidation(rule);
    const read = sheet.getRange("C3").getDataValidation();
    expect(read?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(
      sheet
        .getRange("B2:B3")
        .getDataValidations()
        .flat()
        .every((v) => v !== null),
    ).toBe(true);
    sheet.getRange("B2:C3").clearDataValidations();
    expect(sheet.getRange("C3").getDataValidation()).toBeNull();
  });

  test('a new rule allows invalid data by default ("The default for a new data validation rule is true")', () => {
    const { app } = setup();
    expect(app.newDataValidation().requireValueInList(["A"]).build().getAllowInvalid()).toBe(true);
  });

  test("requireValueInRange keeps the range", () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInRange(sheet.getRange("Z1:Z4")).build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_RANGE);
    const [range, dropdown] = rule.getCriteriaValues() as [{ getA1Notation(): string }, boolean];
    expect([range.getA1Notation(), dropdown]).toEqual(["Z1:Z4", true]);
  });
});

describe("Validation applies to what users enter, not to script writes", () => {
  const noTrigger = {};

  test("with allowInvalid=false Sheets rejects a user's invalid entry and keeps the old value", () => {
    const { emu, app, sheet } = setup();
    sheet.getRange("B2").setValue("R");
    sheet
      .getRange("B2")
      .setDataValidation(
        app
          .newDataValidation()
          .requireValueInList(["R", "A"])
          .setAllowInvalid(false)
          .setHelpText("Use R or A")
          .build(),
      );
    expect(() => emu.editAsUser(noTrigger, "Sheet1", "B2", "X")).toThrow(EditRejectedError);
    expect(() => emu.editAsUser(noTrigger, "Sheet1", "B2", "X")).toThrow("Use R or A");
    expect(sheet.getRange("B2").getValue()).toBe("R");
    emu.editAsUser(noTrigger, "Sheet1", "B2", "A");
    expect(sheet.getRange("B2").getValue()).toBe("A");
    emu.editAsUser(noTrigger, "Sheet1", "B2", "");
    expect(sheet.getRange("B2").getValue()).toBe("");
  });

  test("with allowInvalid=true the entry is accepted (a warning only) and flagged in displayGrid", () => {
    const { emu, app, sheet } = setup();
    sheet
      .getRange("B2")
      .setDataValidation(
        app.newDataValidation().requireValueInList(["R", "A"]).setAllowInvalid(true).build(),
      );
    emu.editAsUser(noTrigger, "Sheet1", "B2", "X");
    expect(sheet.getRange("B2").getValue()).toBe("X");
    expect(emu.displayGrid("Sheet1").invalid).toEqual(["B2"]);
  });

  test("script writes are never checked against validation rules", () => {
    const { app, sheet } = setup();
    sheet
      .getRange("B2")
      .setDataValidation(
        app.newDataValidation().requireValueInList(["R", "A"]).setAllowInvalid(false).build(),
      );
    sheet.getRange("B2").setValue("anything");
    expect(sheet.getRange("B2").getValue()).toBe("anything");
  });

  test("a paste into validated cells is rejected when any cell is invalid", () => {
    const { emu, app, sheet } = setup();
    sheet
      .getRange("B2:B3")
      .setDataValidation(
        app.newDataValidation().requireValueInList(["R", "A"]).setAllowInvalid(false).build(),
      );
    expect(() => emu.editAsUser(noTrigger, "Sheet1", "B2:B3", [["R"], ["Q"]])).toThrow(EditRejectedError);
    expect(sheet.getRange("B2:B3").getValues()).toEqual([[""], [""]]);
  });

  test("a protected range blocks other users unless warning-only; the owner may edit", () => {
    const { emu, sheet } = setup({ user: "owner@example.com" });
    const protection = sheet.getRange("A1").protect();
    expect(() => emu.editAsUser(noTrigger, "Sheet1", "A1", "x", { user: "guest@example.com" })).toThrow(
      /protected cell/,
    );
    emu.editAsUser(noTrigger, "Sheet1", "A1", "mine");
    protection.setWarningOnly(true);
    emu.editAsUser(noTrigger, "Sheet1", "A1", "guest", { user: "guest@example.com" });
    expect(sheet.getRange("A1").getValue()).toBe("guest");
  });
});
