/**
 * The people row (issue 15): right under the header, who holds each role ("Dana Lee"). It is no
 * initiative: never read, analysed, counted, validated or sorted as one, and it stays through every
 * structural change. Names are the team's text, written literally; renaming a person is not renaming a role.
 */
import { formatOwnership } from "../../src/core/suggest/ownershipText";
import { type Addon, type MatrixSpec, loadAddon } from "../helpers/addon";
import { OWNED, cells, describedMatrix, logRows, setup } from "../helpers/fixtures";

// A Area · B Initiative · C CEO · D COO · E Chief of Staff · F Status · G Decision · H Decided on · I Notes
const HEADER = 8;
const PEOPLE = 9;
const FIRST = 10;

const TEAM = { CEO: "Ana Diaz", COO: "Dana Lee", "Chief of Staff": "Sam Roe" };

/** The shared three-initiative matrix with its people row, naming TEAM. */
function staffed() {
  const matrix = setup({ people: true, initiatives: OWNED });
  matrix.addon.app.setPeople(matrix.sheetName, TEAM);
  return matrix;
}

/** The log's Role, Cell, Old, New and Change columns, oldest first. */
const logLines = (addon: Addon): string[][] => logRows(addon).map((row) => row.slice(5, 10).map(String));

// By tag, not instanceof: the bundle runs in another realm (node:vm) than the test's Date.
const isDate = (value: unknown) => Object.prototype.toString.call(value) === "[object Date]";

/**
 * The people row is where it belongs and is not an initiative: labelled, names in place, no dropdown on
 * it, no finding about it, not among the initiatives counted, and the first initiative right below it.
 */
function expectPeopleRow(
  addon: Addon,
  sheetName: string,
  names: Record<string, string>,
  initiatives: number,
): void {
  const sheet = addon.sheet(sheetName);
  const width = sheet.getLastColumn();
  const header = cells(addon, sheetName, `A${HEADER}:${String.fromCharCode(64 + width)}${HEADER}`)[0];
  const people = cells(addon, sheetName, `A${PEOPLE}:${String.fromCharCode(64 + width)}${PEOPLE}`)[0];
  expect(people[1]).toBe("Held by");
  const roles = header.slice(2, header.indexOf("Status"));
  expect(Object.fromEntries(roles.map((role, i) => [role, people[2 + i]]))).toEqual(names);
  // No Status, check or any other formula on it, the hidden check column included.
  expect(
    sheet
      .getRange(PEOPLE, 1, 1, width)
      .getFormulas()[0]
      .every((f) => f === ""),
  ).toBe(true);
  for (let c = 3; c < 3 + roles.length; c++) expect(sheet.getRange(PEOPLE, c).getDataValidation()).toBeNull();
  const report = addon.analyze(sheetName);
  expect(report.findings.filter((f) => f.cell && /\D9$/.test(f.cell))).toEqual([]);
  expect(report.agreement?.total ?? 0).toBe(initiatives); // no summary at all without initiatives
  const matrix = describedMatrix(addon, sheetName);
  expect(matrix.initiatives).toHaveLength(initiatives);
  expect(matrix.initiatives.every((i) => i.row >= FIRST)).toBe(true);
  expect(Object.fromEntries((matrix.people ?? []).map((p) => [p.role, p.heldBy]))).toEqual(names);
}

describe("a new matrix", () => {
  it("starts with the people row present and empty, frozen with the header (generateMatrix and the COO vs Chief of Staff template)", () => {
    const addon = loadAddon();
    // Straight to the add-on, as a script or the sidebar calls it: no people flag, so the row is there.
    const specs: MatrixSpec[] = [
      { template: "coo-cos" },
      { template: "blank", roles: ["CEO", "COO"], initiatives: [{ name: "X" }] },
    ];
    for (const spec of specs) {
      const { sheetName, roles, initiatives } = addon.app.generateMatrix(spec);
      expectPeopleRow(addon, sheetName, Object.fromEntries(roles.map((r) => [r, ""])), initiatives);
      expect(addon.sheet(sheetName).getFrozenRows()).toBe(PEOPLE);
      expect(addon.analyze(sheetName).roles.every((r) => r.heldBy === undefined)).toBe(true);
    }
  });
});

describe("names are the team's text", () => {
  it("setPeople writes every name literally: '=IMPORTRANGE(…)' and '+1' stay text, never a formula or number", () => {
    const { addon, sheetName } = staffed();
    const formula = '=IMPORTRANGE("https://example.com/x","A1")';
    const result = addon.app.setPeople(sheetName, { COO: formula, "Chief of Staff": "+1" });
    expect(result.changed).toBe(2);
    expect(cells(addon, sheetName, `C${PEOPLE}:E${PEOPLE}`)).toEqual([["Ana Diaz", formula, "+1"]]);
    expect(addon.sheet(sheetName).getRange(`D${PEOPLE}`).getFormula()).toBe("");
    expect(addon.analyze(sheetName).roles[1]).toMatchObject({ role: "COO", heldBy: formula });
  });

  it("refuses an unknown role or a name that is not text, naming the field, and changes nothing", () => {
    const { addon, sheetName } = staffed();
    expect(() => addon.app.setPeople(sheetName, { CFO: "Lee" })).toThrow(
      /people\.CFO: There is no role "CFO"/,
    );
    expect(() => addon.app.setPeople(sheetName, { COO: 7 })).toThrow(/people\.COO: .* must be text/);
    expect(() => addon.app.setPeople(sheetName, "Dana")).toThrow(/people must be an object/);
    expect(cells(addon, sheetName, `C${PEOPLE}:E${PEOPLE}`)).toEqual([Object.values(TEAM)]);
  });

  it("renaming a person leaves the role's name, its codes, the owner pair and its history alone", () => {
    const { addon, sheetName } = staffed();
    addon.edit(sheetName, `D${FIRST}`, "c"); // a code change, logged under COO
    const codes = cells(addon, sheetName, `C${FIRST}:E${FIRST + 2}`);
    addon.app.setPeople(sheetName, { COO: "Dana Smith" });
    expect(cells(addon, sheetName, `C${HEADER}:E${HEADER}`)).toEqual([["CEO", "COO", "Chief of Staff"]]);
    expect(cells(addon, sheetName, `C${FIRST}:E${FIRST + 2}`)).toEqual(codes);
    expect(describedMatrix(addon, sheetName).settings.ownerPair).toEqual(["COO", "Chief of Staff"]);
    const history = addon.app.getChangeLog(sheetName, "Budget");
    expect(history.find((line) => line.cell === `D${FIRST}`)).toMatchObject({ role: "COO", new: "C" });
    // The rename itself is one line about the role, not a code change.
    expect(logLines(addon).slice(-1)).toEqual([
      ["COO", `D${PEOPLE}`, "Dana Lee", "Dana Smith", "COO is held by Dana Smith"],
    ]);
  });

  it("a name typed in the sheet's people row is kept as typed (no alias rewrite, no date) and logged as a people change", () => {
    const { addon, sheetName } = staffed();
    addon.edit(sheetName, `D${PEOPLE}`, "ra"); // would be A/R in a code cell
    addon.edit(sheetName, `E${PEOPLE}`, "Agreed"); // and would be dated in Decision
    expect(cells(addon, sheetName, `C${PEOPLE}:I${PEOPLE}`)).toEqual([
      ["Ana Diaz", "ra", "Agreed", "", "", "", ""],
    ]);
    expect(logLines(addon).slice(-2)).toEqual([
      ["COO", `D${PEOPLE}`, "Dana Lee", "ra", "COO is held by ra"],
      ["Chief of Staff", `E${PEOPLE}`, "Sam Roe", "Agreed", "Chief of Staff is held by Agreed"],
    ]);
  });
});

describe("the people row's label", () => {
  it("typed over, is written back at once and logged, so the names are never read as codes", () => {
    const { addon, sheetName } = staffed();
    addon.edit(sheetName, `B${PEOPLE}`, "Quarterly plan");
    expect(cells(addon, sheetName, `B${PEOPLE}`)).toEqual([["Held by"]]);
    expect(logLines(addon).slice(-1)).toEqual([["People", `B${PEOPLE}`, "Quarterly plan", "Held by", ""]]);
    expectPeopleRow(addon, sheetName, TEAM, 3);
  });
});

describe("an initiative called like the people row's label", () => {
  it("is refused, naming the field, by addInitiative and generateMatrix: it would be read back as the people row", () => {
    const { addon, sheetName } = staffed();
    expect(() => addon.app.addInitiative(sheetName, " held BY ")).toThrow(
      /initiative: "Held by" labels the row/,
    );
    expect(() =>
      addon.generate({ template: "blank", roles: ["CEO"], initiatives: [{ name: "Held by" }] }),
    ).toThrow(/initiatives\[0\]\.name: "Held by" labels the row/);
    expectPeopleRow(addon, sheetName, TEAM, 3);
  });
});

describe("people are named wherever a role is", () => {
  it("Check's findings say 'COO (Dana Lee)'; Who owns what and its copied text name them and each row's decision", () => {
    const { addon, sheetName } = staffed();
    addon.edit(sheetName, `E${FIRST}`, "R"); // Budget: the COO and the Chief of Staff both hold R
    addon.edit(sheetName, `G${FIRST + 1}`, "Agreed");
    const shared = addon.analyze(sheetName).findings.find((f) => f.rule === "SHARED_OWNERSHIP");
    expect(shared?.message).toMatch(/^COO \(Dana Lee\) and Chief of Staff \(Sam Roe\) both own "Budget"/);
    const report = addon.app.getOwnership(sheetName);
    expect(report.roles.map((r) => [r.role, r.heldBy])).toEqual(Object.entries(TEAM));
    const coo = report.roles[1];
    expect(coo.accountable.map((i) => [i.initiative, i.decision])).toEqual([["Hiring", "Agreed"]]);
    const text = formatOwnership(report, "plain");
    expect(text).toContain("COO (Dana Lee)");
    expect(text).toContain("Hiring [A] · Agreed");
    expect(text).toContain("Budget [R] · Proposed");
    expect(formatOwnership(report, "markdown")).toContain("## COO (Dana Lee)");
  });
});

describe("the people row stays through every structural change", () => {
  it("add, rename and remove a role", () => {
    const { addon, sheetName } = staffed();
    addon.app.addRole(sheetName, "CFO");
    expectPeopleRow(addon, sheetName, { ...TEAM, CFO: "" }, 3);
    addon.app.setPeople(sheetName, { CFO: "Kim Ito" });
    addon.app.renameRole(sheetName, "CFO", "Finance");
    expectPeopleRow(addon, sheetName, { ...TEAM, Finance: "Kim Ito" }, 3);
    addon.app.removeRole(sheetName, "CEO");
    expectPeopleRow(
      addon,
      sheetName,
      { COO: "Dana Lee", "Chief of Staff": "Sam Roe", Finance: "Kim Ito" },
      3,
    );
  });

  it("add, move and remove initiatives (a first one on an emptied matrix lands below the people row)", () => {
    const { addon, sheetName } = staffed();
    addon.app.addInitiative(sheetName, "Offsite", "Ops");
    expectPeopleRow(addon, sheetName, TEAM, 4);
    expect(cells(addon, sheetName, `B${FIRST + 3}`)).toEqual([["Offsite"]]);
    addon.app.moveInitiative(sheetName, "Budget", "down");
    addon.app.moveInitiative(sheetName, "Board deck", "up");
    expectPeopleRow(addon, sheetName, TEAM, 4);
    expect(cells(addon, sheetName, `B${FIRST}:B${FIRST + 2}`)).toEqual([
      ["Hiring"],
      ["Board deck"],
      ["Budget"],
    ]);
    for (const name of ["Offsite", "Budget", "Hiring", "Board deck"])
      addon.app.removeInitiative(sheetName, name);
    expectPeopleRow(addon, sheetName, TEAM, 0);
    addon.app.addInitiative(sheetName, "Fresh start");
    expect(cells(addon, sheetName, `B${PEOPLE}:B${FIRST}`)).toEqual([["Held by"], ["Fresh start"]]);
    expectPeopleRow(addon, sheetName, TEAM, 1);
  });

  it("refresh, and adopting the matrix again after it lost its mark (copied from another spreadsheet)", () => {
    const { addon, sheetName } = staffed();
    addon.refresh(sheetName);
    expectPeopleRow(addon, sheetName, TEAM, 3);
    for (const metadata of addon.sheet(sheetName).getDeveloperMetadata()) metadata.remove();
    addon.app.adoptMatrix(sheetName);
    expectPeopleRow(addon, sheetName, TEAM, 3);
  });

  it("sorting the sheet by Decision leaves it in place: it is frozen with the header, and Sheets sorts the rows below the frozen ones", () => {
    // Sheet.sort(columnPosition) sorts the sheet's rows by one column, the frozen rows excepted, as the
    // Data › Sort sheet menu does (https://developers.google.com/apps-script/reference/spreadsheet/sheet#sort(Integer)).
    // So the people row freezes with the header (frozenRows = header + 1): a sort never carries it away.
    const { addon, sheetName } = staffed();
    addon.edit(sheetName, `G${FIRST + 2}`, "Agreed");
    addon.edit(sheetName, `G${FIRST}`, "Disputed");
    addon.sheet(sheetName).sort(7, true); // by Decision: Agreed, Disputed, Proposed, then the empty spare rows
    expectPeopleRow(addon, sheetName, TEAM, 3);
    expect(cells(addon, sheetName, `B${FIRST}:B${FIRST + 2}`)).toEqual([
      ["Board deck"],
      ["Budget"],
      ["Hiring"],
    ]);
  });

  it("Fix all and Undo, and a matrix made with suggested owners: the fixes land on initiatives only", () => {
    const { addon, sheetName } = staffed();
    addon.edit(sheetName, `D${FIRST}`, ""); // Budget: no one responsible (the CEO's A becomes A/R)
    const fixed = addon.app.fixFindings(sheetName);
    expect(fixed.changes.length).toBeGreaterThan(0);
    expect(fixed.changes.every((c) => Number(c.cell.replace(/\D/g, "")) >= FIRST)).toBe(true);
    expectPeopleRow(addon, sheetName, TEAM, 3);
    addon.app.undoFixes(sheetName);
    expectPeopleRow(addon, sheetName, TEAM, 3);

    const suggested = addon.generate({
      people: true,
      template: "coo-cos",
      title: "Suggested",
      suggest: true,
      initiatives: [{ name: "Run the weekly operating review" }, { name: "Prepare the board pack" }],
    });
    const roles = Object.fromEntries(suggested.roles.map((role) => [role, ""]));
    expectPeopleRow(addon, suggested.sheetName, roles, 2);
  });

  it("addPeopleRow gives a matrix made before the row one on request, never silently; initiatives and users' cells move down together", () => {
    const addon = loadAddon();
    const { sheetName } = addon.generate({
      template: "blank",
      title: "Old",
      roles: ["CEO", "COO"],
      initiatives: [{ name: "Budget", assignments: { CEO: "A", COO: "R" } }],
    }); // the suite's helper: no people row, as before it existed
    addon.sheet(sheetName).getRange("K9").setValue("my own note"); // beside the first initiative
    addon.refresh(sheetName);
    addon.edit(sheetName, "D9", "c");
    expect(cells(addon, sheetName, "B9")).toEqual([["Budget"]]); // nothing added by itself
    const offered = () => describedMatrix(addon, sheetName).people;
    expect(offered()).toBeNull();
    addon.app.addPeopleRow(sheetName);
    expect(offered()).toEqual([
      { role: "CEO", heldBy: "" },
      { role: "COO", heldBy: "" },
    ]);
    expect(cells(addon, sheetName, "B9:D10")).toEqual([
      ["Held by", "", ""],
      ["Budget", "A", "C"],
    ]);
    expect(cells(addon, sheetName, "K10")).toEqual([["my own note"]]);
    expect(addon.sheet(sheetName).getFrozenRows()).toBe(9);
    expect(() => addon.app.addPeopleRow(sheetName)).toThrow(/already has its people row/);
    expect(addon.analyze(sheetName).findings.every((f) => !f.cell?.endsWith("9"))).toBe(true);
  });
});

describe("two people agreeing at once, and the whole cycle with the people row", () => {
  it("two onEdit events queued against the same row (a burst: Sheets queues up to two) both end dated, one log row each, no edit lost", () => {
    const { addon, sheetName } = staffed();
    const before = logLines(addon).length;
    const burst = addon.emulator.burst(() => {
      addon.emulator.editAsUser(addon.bundle, sheetName, `G${FIRST}`, "Agreed", { user: "ana@example.com" });
      addon.emulator.editAsUser(addon.bundle, sheetName, `G${FIRST + 1}`, "Agreed", {
        user: "dana@example.com",
      });
    });
    expect(burst).toEqual({ ran: 2, dropped: 0 });
    const rows = cells(addon, sheetName, `G${FIRST}:H${FIRST + 1}`);
    expect(rows.map((r) => r[0])).toEqual(["Agreed", "Agreed"]);
    expect(rows.every((r) => isDate(r[1]))).toBe(true);
    expect(logLines(addon).slice(before)).toEqual([
      ["Decision", `G${FIRST}`, "Proposed", "Agreed", ""],
      ["Decision", `G${FIRST + 1}`, "Proposed", "Agreed", ""],
    ]);
  });

  it("both setting the same Decision cell at once: the cell ends Agreed and dated, each edit has its log row", () => {
    const { addon, sheetName } = staffed();
    const before = logLines(addon).length;
    addon.emulator.burst(() => {
      addon.emulator.editAsUser(addon.bundle, sheetName, `G${FIRST}`, "Agreed", { user: "ana@example.com" });
      addon.emulator.editAsUser(addon.bundle, sheetName, `G${FIRST}`, "Agreed", { user: "dana@example.com" });
    });
    const [[decision, date]] = cells(addon, sheetName, `G${FIRST}:H${FIRST}`);
    expect(decision).toBe("Agreed");
    expect(isDate(date)).toBe(true);
    const lines = logLines(addon).slice(before);
    expect(lines).toHaveLength(2);
    expect(
      lines.every(([role, cell, , now]) => role === "Decision" && cell === `G${FIRST}` && now === "Agreed"),
    ).toBe(true);
  });

  it("Proposed → Agreed → a code changes → Changed since agreed → Agreed again: the log rows it leaves, within onEdit's fixed calls", () => {
    const { addon, sheetName } = staffed();
    addon.edit(sheetName, `E${FIRST + 2}`, "R"); // the log sheet exists from here on
    const before = logLines(addon).length;
    const calls: number[] = [];
    const edit = (a1: string, value: string) => {
      addon.emulator.calls.reset();
      addon.edit(sheetName, a1, value);
      calls.push(addon.emulator.calls.total);
    };
    edit(`G${FIRST}`, "Agreed");
    edit(`D${FIRST}`, "c");
    expect(cells(addon, sheetName, `G${FIRST}`)).toEqual([["Changed since agreed"]]);
    edit(`G${FIRST}`, "Agreed");
    expect(logLines(addon).slice(before)).toEqual([
      ["Decision", `G${FIRST}`, "Proposed", "Agreed", ""],
      ["COO", `D${FIRST}`, "R", "C", ""],
      ["Decision", `G${FIRST}`, "Agreed", "Changed since agreed", ""],
      ["Decision", `G${FIRST}`, "Changed since agreed", "Agreed", ""],
    ]);
    expect(isDate(cells(addon, sheetName, `H${FIRST}`)[0][0])).toBe(true);
    expectPeopleRow(addon, sheetName, TEAM, 3);
    // onEdit's bound (tests/addon/onEdit.test.ts: at most 28 calls for one cell), people row or not.
    expect(Math.max(...calls)).toBeLessThanOrEqual(28);
  });

  it("costs onEdit the same calls with the people row as without it, and a name typed there no more than a code", () => {
    const calls = (people: boolean) => {
      const addon = loadAddon();
      const { sheetName } = addon.generate({
        people,
        template: "blank",
        title: "M",
        roles: ["CEO", "COO"],
        initiatives: [
          { name: "Budget", assignments: { CEO: "A", COO: "R" } },
          { name: "Hiring", assignments: { CEO: "A", COO: "R" } },
        ],
      });
      const first = people ? FIRST : FIRST - 1;
      addon.edit(sheetName, `D${first + 1}`, "C"); // the log sheet exists from here on
      const one = (a1: string, value: string) => {
        addon.emulator.calls.reset();
        addon.edit(sheetName, a1, value);
        return addon.emulator.calls.total;
      };
      const code = one(`D${first}`, "c");
      const decision = one(`F${first}`, "Agreed"); // A Area · B Initiative · C CEO · D COO · E Status · F Decision
      return { code, decision, name: people ? one(`D${PEOPLE}`, "Dana Lee") : 0 };
    };
    const without = calls(false);
    const withPeople = calls(true);
    expect({ code: withPeople.code, decision: withPeople.decision }).toEqual({
      code: without.code,
      decision: without.decision,
    });
    expect(withPeople.name).toBeLessThanOrEqual(withPeople.code);
  });
});
