/**
 * Inserted columns never extend a user's range across the matrix's edge, and never go inside a user's table
 * (issue 22, finding 10). Sheets grows a reference that spans the place where a column is inserted
 * ("J9:K9" becomes "J9:L9"), and a whole column cuts through every row, the users' tables below included: so
 * the add-on inserts inside the matrix's own span, leaves its optional hidden check column out, or refuses,
 * naming the cells.
 */
import { executiveMatrix, type Addon } from "../helpers/addon";

const FIRST = 9;
// Area | Initiative | CEO | COO | Chief of Staff | Status | Decision | Decided on | Agreed by | Notes | RACI check
const NOTES = 10;
const CHECK = 11;

const setup = () =>
  executiveMatrix([{ name: "Initiative 1" }, { name: "Initiative 2" }, { name: "Initiative 3" }]);

/** The cell of row `row` holding a formula that starts with `start`, wherever inserts moved it. */
function formulaIn(addon: Addon, sheetName: string, row: number, start: string) {
  const sheet = addon.sheet(sheetName);
  const formulas = sheet.getRange(row, 1, 1, sheet.getMaxColumns()).getFormulas()[0];
  const column = formulas.findIndex((f) => f.startsWith(start)) + 1;
  expect(column).toBeGreaterThan(0);
  return { formula: formulas[column - 1], value: sheet.getRange(row, column).getValue() as unknown };
}

describe("issue 22, finding 10: the hidden check column of a matrix made before it", () => {
  it("22.10 is left out when a user's formula spans the matrix's edge: =COUNTA over Notes and the user's cell counts the same two cells", () => {
    const { addon, sheetName } = setup();
    const sheet = addon.sheet(sheetName);
    sheet.deleteColumn(CHECK); // as a 0.2.0 matrix is: Notes (J) is its edge
    sheet.getRange(FIRST, NOTES, 1, 3).setValues([["a note", "mine", "=COUNTA(J9:K9)"]]);
    addon.refresh(sheetName);
    expect(formulaIn(addon, sheetName, FIRST, "=COUNTA(")).toEqual({ formula: "=COUNTA(J9:K9)", value: 2 });
    // The matrix still works, its check inline in the formulas.
    sheet.getRange(FIRST, 3, 1, 3).setValues([["A", "R", ""]]);
    expect(sheet.getRange(FIRST, 6).getValue()).toBe("OK");
  });

  it("22.10 is never put inside a user's table below the matrix", () => {
    const { addon, sheetName } = setup();
    const sheet = addon.sheet(sheetName);
    sheet.deleteColumn(CHECK);
    sheet.insertRowsAfter(sheet.getMaxRows(), 20);
    const table = [
      ["Vendor", "Owner", "Renewal", "Cost"],
      ["Acme", "Dana", "2025-10-01", 1200],
      ["Globex", "Lee", "2025-12-01", 800],
    ];
    sheet.getRange(45, 8, 3, 4).setValues(table); // H45:K47, across the edge after Notes (J)
    const before = sheet.getRange(45, 8, 3, 4).getValues();
    addon.refresh(sheetName);
    expect(sheet.getRange(45, 8, 3, 4).getValues()).toEqual(before);
    for (let column = 8; column <= 11; column++) expect(sheet.isColumnHiddenByUser(column)).toBe(false);
  });

  it("is still given where nothing of the users' crosses the edge (users' cells right of it move along)", () => {
    const { addon, sheetName } = setup();
    const sheet = addon.sheet(sheetName);
    sheet.deleteColumn(CHECK);
    sheet.getRange(FIRST + 1, CHECK).setValue("my note");
    addon.refresh(sheetName);
    expect(sheet.getRange(8, CHECK).getValue()).toBe("RACI check");
    expect(sheet.getRange(FIRST + 1, CHECK + 1).getValue()).toBe("my note");
  });
});

describe("issue 22, finding 10: the agreement columns", () => {
  /** A matrix made before the agreement and check columns: Status (F) is its edge. */
  function oldMatrix() {
    const { addon, sheetName } = setup();
    addon.sheet(sheetName).deleteColumns(7, 5);
    return { addon, sheetName };
  }

  it("22.10 are refused, naming the formula, when inserting them would widen a user's range across the edge", () => {
    const { addon, sheetName } = oldMatrix();
    const sheet = addon.sheet(sheetName);
    sheet.getRange(FIRST, 7, 1, 2).setValues([["mine", "=COUNTA(F9:G9)"]]);
    expect(() => addon.app.addAgreementColumns(sheetName)).toThrow(
      /Nothing was changed: .*H9 \(=COUNTA\(F9:G9\)\)/,
    );
    expect(sheet.getRange(FIRST, 8).getFormula()).toBe("=COUNTA(F9:G9)");
    expect(sheet.getRange(8, 7).getValue()).toBe("");
  });

  it("go inside the matrix, left of its check column, so a user's range right of it stays as it was", () => {
    const { addon, sheetName } = oldMatrix();
    const sheet = addon.sheet(sheetName);
    addon.refresh(sheetName); // gives it the check column (G): nothing of the users' crosses the edge yet
    expect(sheet.getRange(8, 7).getValue()).toBe("RACI check");
    sheet.getRange(FIRST, 8, 1, 3).setValues([["mine", "also mine", "=COUNTA(H9:I9)"]]);
    addon.app.addAgreementColumns(sheetName);
    expect(sheet.getRange("F8:K8").getValues()).toEqual([
      ["Status", "Decision", "Decided on", "Agreed by", "Notes", "RACI check"],
    ]);
    expect(formulaIn(addon, sheetName, FIRST, "=COUNTA(")).toEqual({ formula: "=COUNTA(L9:M9)", value: 2 });
  });
});

describe("issue 22, finding 10: adding a role", () => {
  it("22.10 is refused, naming the cells, when its column would go inside a user's table below the matrix", () => {
    const { addon, sheetName } = setup();
    const sheet = addon.sheet(sheetName);
    sheet.insertRowsAfter(sheet.getMaxRows(), 20);
    sheet.getRange(45, 4, 2, 3).setValues([
      ["Quarter", "Budget", "Spent"],
      ["Q3", 1000, 400],
    ]); // D45:F46, across the place after the last role (E)
    expect(() => addon.app.addRole(sheetName, "CFO")).toThrow(/Nothing was changed: .*E45:F46/);
    expect(sheet.getRange(8, 6).getValue()).toBe("Status");
    expect(sheet.getRange(45, 4, 2, 3).getValues()).toEqual([
      ["Quarter", "Budget", "Spent"],
      ["Q3", 1000, 400],
    ]);
  });
});
