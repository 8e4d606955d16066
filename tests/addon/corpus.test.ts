/**
 * A corpus of bad inputs against every public call of the add-on (the sidebar API can be called by any script
 * bound to the spreadsheet, and google.script.run passes whatever the browser sends). Each gets either a clear
 * Error (named "Error", or Apps Script's "Exception" for a service refusal; never a TypeError or RangeError;
 * the message names the field or the sheet) that leaves the spreadsheet exactly as it was, or a correct
 * result; and no call ever modifies data outside the matrix it works on: a sentinel sheet, and sentinel cells
 * right of the matrix, survive every call.
 */
import type { WorkbookState } from "../../emulator";
import { loadAddon, type Addon } from "../helpers/addon";
import { LOG_SHEET_NAME } from "../helpers/fixtures";
import { differences, readGrid, sheetIn, sheetSnapshot, snapshot } from "./structure-oracle";

const M = "M";
const STRATEGY = "Set the operational strategy"; // row 9
const IMPROVE = "Improve processes and efficiency"; // row 10
const SENTINELS = ["sentinel beside the summary", "sentinel beside an initiative"];
const NOTES = "Notes";

/**
 * The spreadsheet every case starts from: the template matrix "M" with sentinels in J5 and J12; a sentinel
 * sheet holding an ordinary table; a matrix whose header row was deleted; one whose Status column was
 * deleted; one with merged cells inside (Area cells merged down, two code cells merged across).
 */
let base: WorkbookState;
beforeAll(() => {
  const addon = loadAddon();
  for (const title of ["Headless", "No status", "Merged", M]) addon.generate({ template: "coo-cos", title });
  const m = addon.sheet(M);
  m.insertColumnsAfter(m.getMaxColumns(), 3); // a new matrix's sheet is fitted to it: make room beside it
  m.getRange("J5").setValue(SENTINELS[0]);
  m.getRange("J12").setValue(SENTINELS[1]);
  addon.sheet("Headless").deleteRow(8);
  addon.sheet("No status").deleteColumn(7);
  const merged = addon.sheet("Merged");
  merged.getRange("A9:A13").merge();
  merged.getRange("A14:A17").merge();
  merged.getRange("E10:F10").merge();
  const notes = addon.emulator.spreadsheet.insertSheet(NOTES);
  notes.getRange("A1:D3").setValues([
    ["Initiative", "Owner", "Budget", "Due"],
    ["Pricing", "COO", 1200, "2025-03-01"],
    ["Hiring", "CEO", 800, "2025-04-01"],
  ]);
  addon.sheet(M).activate();
  base = addon.emulator.toJSON();
});

/** `ok` is a method so that a case of a typed call (see `typed`) checks its own result type. */
interface Checks<Result> {
  ok(result: Result, addon: Addon): void;
}
type Outcome<Result> =
  /** A clear error whose message matches, and nothing changed. */
  | { error: RegExp }
  /** A correct result, checked by `ok`. */
  | Checks<Result>
  /** Either is acceptable (a name the add-on may refuse or handle), but not a third thing. */
  | ({ error: RegExp } & Checks<Result>);

interface Case<Result = unknown> {
  call: string;
  input: string;
  run: (addon: Addon) => Result;
  outcome: Outcome<Result>;
  /** Sheets a successful call may change (default: M; a new sheet is always allowed). */
  changes?: string[];
}

/** A case whose `ok` reads the result with the type its call returns. */
const typed = <Result>(c: Case<Result>): Case => c;

const longText = "x".repeat(100_000);
const injection = '=IMPORTXML("http://evil.example","//a")';
const validSettings = { ownerPair: ["COO", "Chief of Staff"], maxResponsible: 3 };

/** Roles of a matrix as analyzeMatrix reads them back. */
const rolesOf = (addon: Addon, sheetName: string) => addon.analyze(sheetName).roles.map((r) => r.role);

/** A reserved header label used as a role name: refused, or a matrix that still reads back with that role. */
function readsBackWithRole(role: string, roles: (addon: Addon) => string[]) {
  return (_result: unknown, addon: Addon) => expect(roles(addon)).toContain(role);
}

const CASES: Case[] = [
  // generateMatrix
  {
    call: "generateMatrix",
    input: "an array",
    run: (a) => a.bundle.generateMatrix([]),
    outcome: { error: /^.*\nspec: / },
  },
  {
    call: "generateMatrix",
    input: "a title that is a number",
    run: (a) => a.bundle.generateMatrix({ title: 42 }),
    outcome: { error: /title: Title must be text/ },
  },
  {
    call: "generateMatrix",
    input: "a title that is an object",
    run: (a) => a.bundle.generateMatrix({ title: { name: "x" } }),
    outcome: { error: /title: / },
  },
  {
    call: "generateMatrix",
    input: "a role that is null",
    run: (a) => a.bundle.generateMatrix({ roles: [null] }),
    outcome: { error: /roles\[0\]: / },
  },
  {
    call: "generateMatrix",
    input: "a role that is a list",
    run: (a) => a.bundle.generateMatrix({ roles: ["CEO", ["COO"]] }),
    outcome: { error: /roles\[1\]: / },
  },
  {
    call: "generateMatrix",
    input: "a sparse roles list",
    run: (a) => a.generate({ roles: new Array(2) }),
    outcome: { error: /roles\[0\]: [\s\S]*roles\[1\]: / },
  },
  {
    call: "generateMatrix",
    input: "an owner pair that is text",
    run: (a) => a.bundle.generateMatrix({ ownerPair: "COO" }),
    outcome: { error: /ownerPair/ },
  },
  {
    call: "generateMatrix",
    input: "an owner pair with a number",
    run: (a) => a.bundle.generateMatrix({ ownerPair: ["COO", 7] }),
    outcome: { error: /ownerPair/ },
  },
  {
    call: "generateMatrix",
    input: "an area that is a number",
    run: (a) => a.bundle.generateMatrix({ initiatives: [{ name: "x", area: 5 }] }),
    outcome: { error: /initiatives\[0\]\.area: / },
  },
  {
    call: "generateMatrix",
    input: "an initiative that is null",
    run: (a) => a.bundle.generateMatrix({ initiatives: [null] }),
    outcome: { error: /initiatives\[0\]: / },
  },
  {
    call: "generateMatrix",
    input: "a code that is a number",
    run: (a) => a.bundle.generateMatrix({ initiatives: [{ name: "x", assignments: { COO: 1 } }] }),
    outcome: { error: /initiatives\[0\]\.assignments\.COO: / },
  },
  {
    call: "generateMatrix",
    input: "one role assigned twice by case",
    run: (a) => a.generate({ initiatives: [{ name: "x", assignments: { COO: "A", coo: "R" } }] }),
    outcome: { error: /initiatives\[0\]\.assignments\.coo: .*assigned twice/ },
  },
  {
    call: "generateMatrix",
    input: "roles named like codes (A, R)",
    run: (a) =>
      a.generate({
        template: "blank",
        title: "Codes",
        roles: ["A", "R"],
        initiatives: [{ name: "Swap", assignments: { A: "R", R: "A" } }],
      }),
    outcome: {
      ok: (_r, addon) => {
        expect(addon.sheet("Codes").getRange("C8:D9").getValues()).toEqual([
          ["A", "R"],
          ["R", "A"],
        ]);
        const report = addon.analyze("Codes");
        expect(report.roles).toEqual([
          { role: "A", R: 1, A: 0, C: 0, I: 0 },
          { role: "R", R: 0, A: 1, C: 0, I: 0 },
        ]);
        expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
      },
    },
  },
  {
    call: "generateMatrix",
    input: "roles named __proto__, constructor and toString",
    run: (a) =>
      a.generate({
        template: "blank",
        title: "Proto",
        roles: ["__proto__", "constructor", "toString"],
        initiatives: [
          {
            name: "p",
            assignments: JSON.parse('{"__proto__":"A","constructor":"R"}') as Record<string, string>,
          },
        ],
      }),
    outcome: {
      ok: (_r, addon) => {
        expect(addon.sheet("Proto").getRange("B8:E9").getValues()).toEqual([
          ["Initiative", "__proto__", "constructor", "toString"],
          ["p", "A", "R", ""],
        ]);
        expect(rolesOf(addon, "Proto")).toEqual(["__proto__", "constructor", "toString"]);
      },
    },
  },
  typed({
    call: "generateMatrix",
    input: "a title that is a formula",
    run: (a) => a.generate({ title: injection }),
    outcome: {
      ok: (result, addon) => {
        expect(result.sheetName).toBe(injection);
        expect(addon.sheet(injection).getRange("A1").getValue()).toBe(injection);
        expect(addon.sheet(injection).getRange("A1").getFormula()).toBe("");
      },
    },
  }),
  {
    call: "generateMatrix",
    input: 'a role named "Status" (the header label that ends the roles)',
    run: (a) => a.generate({ title: "Reserved", roles: ["CEO", "Status"] }),
    outcome: {
      error: /roles\[1\]: /,
      ok: readsBackWithRole("Status", (addon) => rolesOf(addon, "Reserved")),
    },
  },
  typed({
    call: "generateMatrix",
    input: `a title equal to the change log's sheet name, "${LOG_SHEET_NAME}"`,
    run: (a) => a.generate({ title: LOG_SHEET_NAME }),
    outcome: {
      error: /title: /,
      ok: (result, addon) => {
        const { sheetName } = result;
        const before = readGrid(addon, sheetName).rows.length;
        addon.edit(sheetName, "C9", "R"); // the first logged edit creates the log sheet
        expect(readGrid(addon, sheetName).rows).toHaveLength(before); // no log row appended to the matrix
        expect(addon.analyze(sheetName).findings.filter((f) => f.rule === "UNNAMED_INITIATIVE")).toEqual([]);
      },
    },
  }),

  // analyzeMatrix
  {
    call: "analyzeMatrix",
    input: "a number",
    run: (a) => a.bundle.analyzeMatrix(42),
    outcome: { error: /^sheetName must be the name of a sheet/ },
  },
  {
    call: "analyzeMatrix",
    input: "an object",
    run: (a) => a.bundle.analyzeMatrix({}),
    outcome: { error: /^sheetName must be/ },
  },
  {
    call: "analyzeMatrix",
    input: "a list",
    run: (a) => a.bundle.analyzeMatrix([M]),
    outcome: { error: /^sheetName must be/ },
  },
  {
    call: "analyzeMatrix",
    input: "true",
    run: (a) => a.bundle.analyzeMatrix(true),
    outcome: { error: /^sheetName must be/ },
  },
  {
    call: "analyzeMatrix",
    input: "a 100,000-character name",
    run: (a) => a.analyze(longText),
    outcome: { error: /^There is no sheet named "x+/ },
  },
  {
    call: "analyzeMatrix",
    input: "an ordinary table",
    run: (a) => a.analyze(NOTES),
    outcome: { error: /^Sheet "Notes" is not a RACI matrix/ },
  },
  {
    call: "analyzeMatrix",
    input: "a matrix whose header row was deleted",
    run: (a) => a.analyze("Headless"),
    outcome: { error: /^Sheet "Headless" is not a RACI matrix/ },
  },
  {
    call: "analyzeMatrix",
    input: "a matrix whose Status column was deleted",
    run: (a) => a.analyze("No status"),
    outcome: { error: /^Sheet "No status" is not a RACI matrix/ },
  },
  typed({
    call: "analyzeMatrix",
    input: "a matrix with merged cells",
    run: (a) => a.analyze("Merged"),
    outcome: {
      ok: (report) => {
        expect(report.roles.map((r) => r.role)).toEqual(["CEO", "COO", "Chief of Staff", "Department heads"]);
        // E10:F10 merged keeps E10's "I": the Department heads' R is gone, so no one is responsible there.
        expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["NO_RESPONSIBLE", "B10"]]);
      },
    },
    changes: ["Merged"],
  }),

  // refreshMatrix
  {
    call: "refreshMatrix",
    input: "a number",
    run: (a) => a.bundle.refreshMatrix(7),
    outcome: { error: /^sheetName must be/ },
  },
  {
    call: "refreshMatrix",
    input: "an ordinary table",
    run: (a) => a.refresh(NOTES),
    outcome: { error: /^Sheet "Notes" is not a RACI matrix/ },
  },
  {
    call: "refreshMatrix",
    input: "a matrix whose header row was deleted",
    run: (a) => a.refresh("Headless"),
    outcome: { error: /^Sheet "Headless" is not a RACI matrix/ },
  },
  {
    call: "refreshMatrix",
    input: "a missing sheet",
    run: (a) => a.refresh("Nope"),
    outcome: { error: /^There is no sheet named "Nope"/ },
  },
  {
    call: "refreshMatrix",
    input: "a matrix with merged cells",
    run: (a) => a.refresh("Merged"),
    outcome: { ok: (_r, addon) => expect(addon.analyze("Merged").findings).toHaveLength(1) },
    changes: ["Merged"],
  },

  // addRole
  {
    call: "addRole",
    input: "a number",
    run: (a) => a.bundle.addRole(M, 42),
    outcome: { error: /role: Role name must be text/ },
  },
  {
    call: "addRole",
    input: "null",
    run: (a) => a.bundle.addRole(M, null),
    outcome: { error: /role: Role name is missing/ },
  },
  {
    call: "addRole",
    input: "only spaces",
    run: (a) => a.app.addRole(M, "   "),
    outcome: { error: /role: Role name must not be empty/ },
  },
  {
    call: "addRole",
    input: "100,000 characters",
    run: (a) => a.app.addRole(M, longText),
    outcome: { error: /role: Role name is too long/ },
  },
  {
    call: "addRole",
    input: "an object with toString",
    run: (a) => a.bundle.addRole(M, { toString: () => "CFO" }),
    outcome: { error: /role: Role name must be text/ },
  },
  {
    call: "addRole",
    input: "a sheet name that is a number",
    run: (a) => a.bundle.addRole(42, "CFO"),
    outcome: { error: /^sheetName must be/ },
  },
  {
    call: "addRole",
    input: "an ordinary table",
    run: (a) => a.app.addRole(NOTES, "CFO"),
    outcome: { error: /^Sheet "Notes" is not a RACI matrix/ },
  },
  {
    call: "addRole",
    input: "a formula",
    run: (a) => a.app.addRole(M, injection),
    outcome: {
      ok: (_r, addon) => {
        expect(addon.sheet(M).getRange("G8").getValue()).toBe(injection);
        expect(addon.sheet(M).getRange("G8").getFormula()).toBe("");
      },
    },
  },
  {
    call: "addRole",
    input: 'a role named like a code ("A")',
    run: (a) => a.app.addRole(M, "A"),
    outcome: {
      ok: (_r, addon) => {
        const report = addon.analyze(M);
        expect(report.roles.map((r) => r.role)).toEqual([
          "CEO",
          "COO",
          "Chief of Staff",
          "Department heads",
          "A",
        ]);
        expect(report.findings.map((f) => f.rule)).toEqual(["ROLE_WITHOUT_OWNERSHIP"]);
      },
    },
  },
  {
    call: "addRole",
    input: '"Status" (the header label that ends the roles)',
    run: (a) => a.app.addRole(M, "Status"),
    outcome: { error: /role: /, ok: readsBackWithRole("Status", (addon) => rolesOf(addon, M)) },
  },

  // renameRole
  {
    call: "renameRole",
    input: "a number as the current name",
    run: (a) => a.bundle.renameRole(M, 5, "X"),
    outcome: { error: /from: Current role name must be text/ },
  },
  {
    call: "renameRole",
    input: "null as the new name",
    run: (a) => a.bundle.renameRole(M, "CEO", null),
    outcome: { error: /to: New role name is missing/ },
  },
  {
    call: "renameRole",
    input: "an empty new name",
    run: (a) => a.app.renameRole(M, "CEO", ""),
    outcome: { error: /to: New role name must not be empty/ },
  },
  {
    call: "renameRole",
    input: "a 501-character new name",
    run: (a) => a.app.renameRole(M, "CEO", "y".repeat(501)),
    outcome: { error: /to: New role name is too long/ },
  },
  {
    call: "renameRole",
    input: "a change of case only",
    run: (a) => a.app.renameRole(M, "CEO", "ceo"),
    outcome: { ok: (_r, addon) => expect(rolesOf(addon, M)[0]).toBe("ceo") },
  },
  {
    call: "renameRole",
    input: '"Status" as the new name',
    run: (a) => a.app.renameRole(M, "CEO", "Status"),
    outcome: {
      error: /^Nothing was changed:[\s\S]*to: /,
      ok: readsBackWithRole("Status", (addon) => rolesOf(addon, M)),
    },
  },

  // removeRole
  {
    call: "removeRole",
    input: "a list",
    run: (a) => a.bundle.removeRole(M, ["CEO"]),
    outcome: { error: /role: Role name must be text/ },
  },
  {
    call: "removeRole",
    input: "an unknown role",
    run: (a) => a.app.removeRole(M, "Nobody"),
    outcome: { error: /there is no role "Nobody"/ },
  },
  {
    call: "removeRole",
    input: "a matrix whose header row was deleted",
    run: (a) => a.app.removeRole("Headless", "CEO"),
    outcome: { error: /^Sheet "Headless" is not a RACI matrix/ },
  },

  // addInitiative
  {
    call: "addInitiative",
    input: "an object as the name",
    run: (a) => a.bundle.addInitiative(M, {}),
    outcome: { error: /initiative: Initiative name must be text/ },
  },
  {
    call: "addInitiative",
    input: "a number as the area",
    run: (a) => a.bundle.addInitiative(M, "X", 42),
    outcome: { error: /area: Area must be text/ },
  },
  {
    call: "addInitiative",
    input: "only spaces",
    run: (a) => a.app.addInitiative(M, " \t "),
    outcome: { error: /initiative: Initiative name must not be empty/ },
  },
  {
    call: "addInitiative",
    input: "a 100,000-character area",
    run: (a) => a.app.addInitiative(M, "X", longText),
    outcome: { error: /area: Area is too long/ },
  },
  {
    call: "addInitiative",
    input: "an ordinary table",
    run: (a) => a.app.addInitiative(NOTES, "X"),
    outcome: { error: /^Sheet "Notes" is not a RACI matrix/ },
  },
  {
    call: "addInitiative",
    input: "a formula as name and area",
    run: (a) => a.app.addInitiative(M, "=1+1", "=2+2"),
    outcome: {
      ok: (_r, addon) => {
        expect(addon.sheet(M).getRange("A18:B18").getValues()).toEqual([["=2+2", "=1+1"]]);
        expect(addon.sheet(M).getRange("A18:B18").getFormulas()).toEqual([["", ""]]);
      },
    },
  },
  {
    call: "addInitiative",
    input: "a matrix with merged cells",
    run: (a) => a.app.addInitiative("Merged", "Added"),
    outcome: {
      ok: (_r, addon) => expect(readGrid(addon, "Merged").rows.map((r) => r.name)).toContain("Added"),
    },
    changes: ["Merged"],
  },

  // removeInitiative
  {
    call: "removeInitiative",
    input: "an unknown initiative",
    run: (a) => a.app.removeInitiative(M, "Nope"),
    outcome: { error: /there is no initiative "Nope"/ },
  },
  {
    call: "removeInitiative",
    input: "a number as the name",
    run: (a) => a.bundle.removeInitiative(M, 42),
    outcome: { error: /initiative: Initiative name must be text/ },
  },
  {
    call: "removeInitiative",
    input: "a row beyond the matrix",
    run: (a) => a.app.removeInitiative(M, STRATEGY, 99),
    outcome: { error: /row 99 no longer holds/ },
  },
  {
    call: "removeInitiative",
    input: "a negative row",
    run: (a) => a.app.removeInitiative(M, STRATEGY, -1),
    outcome: { error: /row must be a sheet row number .*-1/ },
  },
  {
    call: "removeInitiative",
    input: "a row given as text",
    run: (a) => a.bundle.removeInitiative(M, STRATEGY, "9"),
    outcome: { error: /row must be a sheet row number .*"9"/ },
  },
  {
    call: "removeInitiative",
    input: "a fractional row",
    run: (a) => a.app.removeInitiative(M, STRATEGY, 9.5),
    outcome: { error: /row must be a sheet row number .*9\.5/ },
  },

  // moveInitiative
  {
    call: "moveInitiative",
    input: "an unknown direction",
    run: (a) => a.bundle.moveInitiative(M, STRATEGY, "sideways"),
    outcome: { error: /direction must be "up" or "down"/ },
  },
  {
    call: "moveInitiative",
    input: "null as the direction",
    run: (a) => a.bundle.moveInitiative(M, STRATEGY, null),
    outcome: { error: /direction must be/ },
  },
  {
    call: "moveInitiative",
    input: "a number as the name",
    run: (a) => a.bundle.moveInitiative(M, 3, "up"),
    outcome: { error: /initiative: Initiative name must be text/ },
  },
  {
    call: "moveInitiative",
    input: "a row of 10^9",
    run: (a) => a.app.moveInitiative(M, STRATEGY, "down", 1e9),
    outcome: { error: /row 1000000000 no longer holds/ },
  },
  {
    call: "moveInitiative",
    input: "a row inside merged Area cells",
    run: (a) => a.app.moveInitiative("Merged", IMPROVE, "down"),
    outcome: {
      error: /merged/i,
      ok: (_r, addon) => {
        const rows = readGrid(addon, "Merged").rows;
        expect(rows.findIndex((r) => r.name === IMPROVE)).toBe(2);
        expect(rows.find((r) => r.name === IMPROVE)?.codes).toEqual({
          CEO: "I",
          COO: "A",
          "Chief of Staff": "I",
          "Department heads": "",
        });
      },
    },
    changes: ["Merged"],
  },

  // saveMatrixSettings
  {
    call: "saveMatrixSettings",
    input: "text",
    run: (a) => a.app.saveMatrixSettings(M, "strict"),
    outcome: { error: /settings: Settings must be an object/ },
  },
  {
    call: "saveMatrixSettings",
    input: "a list",
    run: (a) => a.app.saveMatrixSettings(M, [1, 2]),
    outcome: { error: /settings: / },
  },
  {
    call: "saveMatrixSettings",
    input: "an owner pair naming a missing role",
    run: (a) => a.app.saveMatrixSettings(M, { ownerPair: ["CEO", "Nobody"] }),
    outcome: { error: /ownerPair/ },
  },
  {
    call: "saveMatrixSettings",
    input: "a negative threshold",
    run: (a) => a.app.saveMatrixSettings(M, { maxResponsible: -1 }),
    outcome: { error: /maxResponsible: / },
  },
  {
    call: "saveMatrixSettings",
    input: "a threshold as text",
    run: (a) => a.app.saveMatrixSettings(M, { maxResponsible: "3" }),
    outcome: { error: /maxResponsible: / },
  },
  {
    call: "saveMatrixSettings",
    input: "a share above 1",
    run: (a) => a.app.saveMatrixSettings(M, { overloadShare: 2 }),
    outcome: { error: /overloadShare: / },
  },
  {
    call: "saveMatrixSettings",
    input: "NaN",
    run: (a) => a.app.saveMatrixSettings(M, { maxInformed: NaN }),
    outcome: { error: /maxInformed: / },
  },
  {
    call: "saveMatrixSettings",
    input: "an ordinary table",
    run: (a) => a.app.saveMatrixSettings(NOTES, validSettings),
    outcome: { error: /^Sheet "Notes" is not a RACI matrix/ },
  },
  {
    call: "saveMatrixSettings",
    input: "null (all defaults)",
    run: (a) => a.app.saveMatrixSettings(M, null),
    outcome: {
      ok: (result) =>
        expect(result).toMatchObject({ ownerPair: ["COO", "Chief of Staff"], maxResponsible: 3 }),
    },
  },

  // selectCell
  {
    call: "selectCell",
    input: "a number",
    run: (a) => a.bundle.selectCell(M, 42),
    outcome: { error: /^a1 must be a cell address/ },
  },
  {
    call: "selectCell",
    input: "an empty address",
    run: (a) => a.app.selectCell(M, ""),
    outcome: { error: /^"" is not a cell or range/ },
  },
  {
    call: "selectCell",
    input: "an address with a sheet name",
    run: (a) => a.app.selectCell(M, "Notes!A1"),
    outcome: { error: /"Notes!A1" is not a cell or range/ },
  },
  {
    call: "selectCell",
    input: "a half range",
    run: (a) => a.app.selectCell(M, "A1:B"),
    outcome: { error: /"A1:B" is not a cell or range/ },
  },
  {
    call: "selectCell",
    input: "a missing sheet",
    run: (a) => a.app.selectCell("Nope", "A1"),
    outcome: { error: /^There is no sheet named "Nope"/ },
  },
  {
    call: "selectCell",
    input: "a cell far outside the sheet",
    run: (a) => a.app.selectCell(M, "ZZZZ99999999"),
    outcome: { error: /sheet/ },
  },
  {
    call: "selectCell",
    input: "a finding's cell",
    run: (a) => a.app.selectCell(M, "C9"),
    outcome: {
      ok: (_r, addon) => {
        expect(addon.emulator.spreadsheet.getActiveSheet().getName()).toBe(M);
        expect(addon.emulator.spreadsheet.getActiveRange()?.getA1Notation()).toBe("C9");
      },
    },
  },

  // describeActiveSheet
  {
    call: "describeActiveSheet",
    input: "a number",
    run: (a) => a.bundle.describeActiveSheet(42),
    outcome: { error: /^sheetName must be/ },
  },
  {
    call: "describeActiveSheet",
    input: "a missing sheet",
    run: (a) => a.app.describeActiveSheet("Nope"),
    outcome: { error: /^There is no sheet named "Nope"/ },
  },
  {
    call: "describeActiveSheet",
    input: "a matrix whose header row was deleted",
    run: (a) => a.app.describeActiveSheet("Headless"),
    outcome: {
      ok: (result) =>
        expect(result).toEqual({
          activeSheet: "Headless",
          matrix: null,
          problem: expect.stringMatching(/^Sheet "Headless" is not a RACI matrix/) as unknown,
        }),
    },
  },

  // getChangeLog
  {
    call: "getChangeLog",
    input: "an object as the sheet",
    run: (a) => a.bundle.getChangeLog({}),
    outcome: { error: /^sheetName must be/ },
  },
  {
    call: "getChangeLog",
    input: "a missing sheet",
    run: (a) => a.app.getChangeLog("Nope"),
    outcome: { error: /^There is no sheet named "Nope"/ },
  },
  {
    call: "getChangeLog",
    input: "a number as the initiative",
    run: (a) => a.bundle.getChangeLog(M, 42),
    outcome: { ok: (result) => expect(result).toEqual([]) },
  },

  // onEdit with odd events
  {
    call: "onEdit",
    input: "undefined",
    run: (a) => a.app.onEdit(undefined),
    outcome: { ok: (result) => expect(result).toBeUndefined() },
  },
  {
    call: "onEdit",
    input: "{}",
    run: (a) => a.bundle.onEdit({}),
    outcome: { ok: (result) => expect(result).toBeUndefined() },
  },
  {
    call: "onEdit",
    input: "a range that is a number",
    run: (a) => a.bundle.onEdit({ range: 5 }),
    outcome: { ok: (result) => expect(result).toBeUndefined() },
  },
  {
    call: "onEdit",
    input: "a range without a sheet",
    run: (a) => a.bundle.onEdit({ range: { getA1Notation: () => "C9" }, value: "ra" }),
    outcome: { ok: (result) => expect(result).toBeUndefined() },
  },
  {
    call: "onEdit",
    input: "an edit on another sheet (a table with an Initiative column)",
    run: (a) => a.emulator.editAsUser(a.bundle, NOTES, "B2", "ra"),
    outcome: { ok: (_r, addon) => expect(addon.sheet(NOTES).getRange("B2").getValue()).toBe("ra") },
    changes: [NOTES],
  },
  {
    call: "onEdit",
    input: "a paste across the name, code and Status columns",
    run: (a) => a.edit(M, "B11:G11", [["ra", "ra", "c", "", "responsible", "ra"]]),
    outcome: {
      ok: (_r, addon) => {
        expect(addon.sheet(M).getRange("B11:F11").getValues()).toEqual([["ra", "A/R", "C", "", "R"]]);
        // Typed over Status: the add-on's formula is written back (and the overwrite logged).
        expect(addon.sheet(M).getRange("G11").getFormula()).toMatch(/^=IF\(/);
      },
    },
  },
];

/** Every occurrence of `text` in a sheet's stored values. */
function occurrences(addon: Addon, sheetName: string, text: string): number {
  return addon
    .sheet(sheetName)
    .getDataRange()
    .getValues()
    .flat()
    .filter((value) => value === text).length;
}

/** What the add-on logs (onEdit logs what it could not do instead of throwing). */
const logged: string[] = [];
const quietConsole = { ...console, error: (...args: unknown[]) => logged.push(args.join(" ")) } as Console;

/** Cases that leave the spreadsheet as it was share one; after any other, the next case gets a fresh copy. */
const shared: { addon?: Addon; dirty: boolean } = { dirty: true };

function titleOf(c: Case): string {
  const expected =
    "error" in c.outcome && "ok" in c.outcome
      ? "is refused with a clear error, or handled correctly"
      : "error" in c.outcome
        ? "gets a clear error naming the field or the sheet, and changes nothing"
        : "gets a correct result, and changes nothing outside the matrix";
  return `${c.call} with ${c.input} ${expected}`;
}

it.each(CASES.map((c) => [titleOf(c), c] as const))("%s", (_title, c) => {
  if (!shared.addon || shared.dirty) shared.addon = loadAddon({ state: base, console: quietConsole });
  const addon = shared.addon;
  const before = snapshot(addon);
  const sheetsBefore = addon.emulator.sheetNames();
  let result: unknown;
  let thrown: { name: string; message: string } | undefined;
  try {
    result = c.run(addon);
  } catch (error) {
    const { name, message } = error as Error;
    thrown = { name, message };
  }
  const changed = differences(before, snapshot(addon));
  shared.dirty = changed.length > 0;
  if (thrown) {
    expect({ thrown, changed }).toEqual({
      thrown: {
        name: expect.stringMatching(/^(Error|Exception)$/) as unknown,
        message: expect.stringMatching("error" in c.outcome ? c.outcome.error : /^(?!)/) as unknown,
      },
      changed: [],
    });
    return;
  }
  if (!("ok" in c.outcome))
    throw new Error(
      `expected an error, got ${JSON.stringify(result)?.slice(0, 200)}; changes: ${changed.join("; ")}`,
    );
  c.outcome.ok(result, addon);
  // Nothing outside the matrix changed: the other sheets, and the sentinels beside the matrix.
  const allowed = new Set([...(c.changes ?? [M]), LOG_SHEET_NAME]);
  for (const name of sheetsBefore.filter((n) => !allowed.has(n)))
    expect({ name, changes: differences(sheetIn(before, name), sheetSnapshot(addon, name)) }).toEqual({
      name,
      changes: [],
    });
  for (const sentinel of SENTINELS)
    expect({ sentinel, count: occurrences(addon, M, sentinel) }).toEqual({ sentinel, count: 1 });
});

describe("large inputs", () => {
  it("generateMatrix with 20,000 initiatives × 3 roles succeeds and writes every row", () => {
    const addon = loadAddon({ state: base });
    const notes = sheetSnapshot(addon, NOTES);
    const result = addon.generate({
      template: "blank",
      title: "Large",
      roles: ["CEO", "COO", "Chief of Staff"],
      initiatives: Array.from({ length: 20_000 }, (_, i) => ({
        name: `Initiative ${i + 1}`,
        area: `Area ${Math.floor(i / 100)}`,
        assignments: { COO: "A", "Chief of Staff": i % 2 ? "R" : "C" },
      })),
    });
    expect(result).toEqual({
      sheetName: "Large",
      initiatives: 20_000,
      roles: ["CEO", "COO", "Chief of Staff"],
    });
    const sheet = addon.sheet("Large");
    expect(sheet.getMaxRows()).toBe(8 + 20_000 + 20);
    // Values only: reading formula results would make the emulator evaluate 100,000 formulas.
    expect(sheet.getRange("B20008:E20008").getValues()).toEqual([["Initiative 20000", "", "A", "R"]]);
    // Status reads the row's hidden check, which counts the row's codes.
    expect(sheet.getRange("F20008").getFormula()).toMatch(/\$K20008/);
    expect(sheet.getRange("K20008").getFormula()).toMatch(/\$C20008:\$E20008/);
    expect(sheet.getRange("K20028").getFormula()).toMatch(/\$C20028:\$E20028/);
    expect(sheetSnapshot(addon, NOTES)).toEqual(notes);
  });

  it("a paste of 5,000 rows below the matrix is canonicalised by onEdit within the trigger's 30 seconds, and logged", () => {
    const addon = loadAddon({ state: base, console: quietConsole });
    logged.length = 0;
    const notes = sheetSnapshot(addon, NOTES);
    const sheet = addon.sheet(M);
    sheet.insertRowsAfter(sheet.getMaxRows(), 5_000);
    const rows = Array.from({ length: 5_000 }, (_, i) => ["Pasted", `Row ${i}`, "ra", "c", "", "maybe"]);
    addon.edit(M, "A38:F5037", rows);
    const run = addon.emulator.triggerRuns[addon.emulator.triggerRuns.length - 1];
    expect(run).toMatchObject({ name: "onEdit", exceededLimit: false, error: undefined });
    expect(sheet.getRange("A5037:F5037").getValues()).toEqual([
      ["Pasted", "Row 4999", "A/R", "C", "", "maybe"],
    ]);
    expect(logged).toEqual([]); // onEdit reports what it could not do on the console
    expect(addon.sheet(LOG_SHEET_NAME).getLastRow()).toBe(1 + 5_000 * 4);
    expect(sheetSnapshot(addon, NOTES)).toEqual(notes);
    for (const sentinel of SENTINELS) expect(occurrences(addon, M, sentinel)).toBe(1);
  });
});
