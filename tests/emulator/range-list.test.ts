import { bundleFrom, setup } from "./helpers";

describe("Sheet.getRangeList (RangeList reference)", () => {
  it("RangeList.setValue writes one value into every listed range, as one service call", () => {
    const { emu, sheet } = setup();
    const bundle = bundleFrom(
      emu,
      `function write() { SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Sheet1").getRangeList(["A1", "C2:D3"]).setValue("A/R"); }`,
    );
    emu.calls.reset();
    bundle.write();
    expect(sheet.getRange("A1:D3").getValues()).toEqual([
      ["A/R", "", "", ""],
      ["", "", "A/R", "A/R"],
      ["", "", "A/R", "A/R"],
    ]);
    expect(emu.calls.byMethod["RangeList.setValue"]).toBe(1);
    expect(emu.calls.byMethod["Range.setValue"]).toBeUndefined();
  });

  it("rejects an A1 notation outside the sheet like getRange does", () => {
    const { sheet } = setup();
    expect(() => sheet.getRangeList(["A1", "A2000"])).toThrow(/outside the dimensions/);
  });
});
