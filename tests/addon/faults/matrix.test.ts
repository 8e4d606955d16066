/**
 * The fault sweep (sweep.ts) over the calls that make a matrix or bring one up to date: a new matrix, Refresh,
 * adopting a user's table, and the columns and row a matrix made before them is offered.
 */
import { OWNED, OWNER, matrixSpec } from "../../helpers/fixtures";
import { sweepFaults, template } from "./sweep";

sweepFaults([
  {
    name: "generateMatrix",
    setup: () => "",
    run: (addon) => addon.generate({ template: "coo-cos", title: "M" }),
  },
  {
    name: "refreshMatrix after initiatives were typed below the prepared rows",
    setup: (addon) => {
      const sheetName = template(addon);
      const sheet = addon.sheet(sheetName);
      sheet.insertRowsAfter(sheet.getMaxRows(), 5); // "Add more rows" at the bottom of the grid
      addon.edit(sheetName, "A38:D39", [
        ["Ops", "Late initiative", "ra", "c"],
        ["Ops", "Another", "", "A"],
      ]);
      return sheetName;
    },
    run: (addon, sheetName) => addon.refresh(sheetName),
  },
  {
    name: "adoptMatrix of a table with a Notes column",
    options: { user: OWNER },
    setup: (addon) => {
      addon.emulator.spreadsheet
        .insertSheet("Relaunch")
        .getRange("A1:E5")
        .setValues([
          ["Task", "Alice", "Bob", "Carol", "Notes"],
          ["Brief", "A", "r", "C", "u1"],
          ["Design", "I", "A", "R", "u2"],
          ["Build", "", "R", "c", ""],
          ["Launch", "A", "R", "I", "u3"],
        ]);
      return "Relaunch";
    },
    // A failure before the Status column is inserted once deleted the user's Notes column; since the one
    // insertLine (ops/insertLine.ts) only a column it inserted is taken back.
    run: (addon, s) => addon.app.adoptMatrix(s),
  },
  {
    name: "addAgreementColumns to a matrix made before them",
    options: { user: OWNER },
    setup: (addon) => {
      const sheetName = addon.generate(matrixSpec({ initiatives: OWNED })).sheetName;
      addon.sheet(sheetName).deleteColumns(7, 3); // Decision, Decided on, Notes
      addon.refresh(sheetName);
      return sheetName;
    },
    run: (addon, s) => addon.app.addAgreementColumns(s),
  },
  {
    name: "addPeopleRow to a matrix made before it",
    options: { user: OWNER },
    setup: (addon) => addon.generate(matrixSpec({ initiatives: OWNED })).sheetName,
    run: (addon, s) => addon.app.addPeopleRow(s),
  },
]);
