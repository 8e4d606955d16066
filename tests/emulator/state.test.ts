import { createEmulator } from "../../emulator/index";
import { setup } from "./helpers";

function populated() {
  const s = setup({ user: "me@example.com" });
  const { emu, sheet, app } = s;
  sheet.setName("Matrix");
  sheet.getRange("A1:C2").setValues([
    ["Initiative", "COO", "Status"],
    ["Launch", "A", '=IF(COUNTIF(B2:B2,"A")=1,"ok","check")'],
  ]);
  sheet.getRange("A1:C1").setFontWeight("bold").setBackground("#cfe2f3");
  sheet.getRange("C2").setNumberFormat("@");
  sheet
    .getRange("B2")
    .setNote("owner")
    .setDataValidation(app.newDataValidation().requireValueInList(["R", "A"]).setAllowInvalid(false).build());
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2="A"')
      .setBackground("#ff0000")
      .setRanges([sheet.getRange("A2:C2")])
      .build(),
  ]);
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 220);
  sheet.getRange("A1:C1").protect().setDescription("header").setWarningOnly(true);
  sheet.getRange("D1:E1").merge();
  sheet.addDeveloperMetadata("raci.matrix", "1");
  emu.spreadsheet.insertSheet("Other");
  (emu.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
    .getDocumentProperties()
    .setProperty("settings", '{"x":1}');
  return s;
}

describe("toJSON / restore", () => {
  test("a restored emulator has the same workbook and properties", () => {
    const { emu } = populated();
    const saved = JSON.parse(JSON.stringify(emu.toJSON())) as unknown;
    const copy = createEmulator({ state: saved, user: "me@example.com" });
    expect(copy.toJSON()).toEqual(emu.toJSON());
    const sheet = copy.spreadsheet.getSheetByName("Matrix");
    expect(sheet?.getRange("A1:C2").getValues()).toEqual([
      ["Initiative", "COO", "Status"],
      ["Launch", "A", "ok"],
    ]);
    expect(sheet?.getRange("B2").getDataValidation()?.getAllowInvalid()).toBe(false);
    expect(copy.highlights("Matrix").map((h) => h.a1)).toEqual(["A2", "B2", "C2"]);
    expect(copy.displayGrid("Matrix").columnWidths[0]).toBe(220);
    expect(sheet?.getRange("E1").isPartOfMerge()).toBe(true);
    expect(copy.spreadsheet.getActiveSheet().getName()).toBe("Other");
    const props = copy.globals.PropertiesService as {
      getDocumentProperties(): { getProperty(k: string): string | null };
    };
    expect(props.getDocumentProperties().getProperty("settings")).toBe('{"x":1}');
    // new sheets keep getting fresh ids
    const next = copy.spreadsheet.insertSheet("Third");
    expect(copy.spreadsheet.getSheets().filter((s) => s.getSheetId() === next.getSheetId())).toHaveLength(1);
  });

  test("corrupt state is rejected with an error naming the bad field", () => {
    const { emu } = populated();
    const good = JSON.parse(JSON.stringify(emu.toJSON())) as {
      sheets: { values: unknown[]; name: unknown }[];
      version: unknown;
    };
    expect(() => createEmulator({ state: { ...good, version: 99 } })).toThrow(
      /Invalid emulator state at state.version/,
    );
    const badCell = structuredClone(good);
    badCell.sheets[0]?.values.push([0, 0, { nested: true }]);
    expect(() => createEmulator({ state: badCell })).toThrow(/state\.sheets\[0\]\.values\[\d+\]\[2\]/);
    const dupName = structuredClone(good);
    if (dupName.sheets[1]) dupName.sheets[1].name = "matrix";
    expect(() => createEmulator({ state: dupName })).toThrow(/unique sheet name/);
    expect(() => createEmulator({ state: "nope" })).toThrow(
      /Invalid emulator state at state: expected an object/,
    );
  });
});
