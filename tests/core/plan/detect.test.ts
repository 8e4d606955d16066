import { detectMatrix } from "../../../src/core/plan/detect";

const header = ["Area", "Initiative", "CEO", "COO", "Status"];

describe("detectMatrix finds a matrix by its header row", () => {
  it("finds the header, the roles between Initiative and Status, and the Area column", () => {
    const found = detectMatrix([["Title"], [], header, ["Ops", "Budget", "A", "R", "OK"]]);
    expect(found?.roles).toEqual(["CEO", "COO"]);
    expect(found?.layout).toMatchObject({
      headerRow: 3,
      areaColumn: 1,
      nameColumn: 2,
      firstRoleColumn: 3,
      roleCount: 2,
    });
  });

  it("still finds it when rows and columns were inserted before it", () => {
    const found = detectMatrix([
      [],
      [],
      [],
      [],
      ["", "", "note", ...header.map((h) => ` ${h.toUpperCase()} `)],
    ]);
    expect(found?.layout).toMatchObject({ headerRow: 5, areaColumn: 4, nameColumn: 5, firstRoleColumn: 6 });
  });

  it("works without an Area column", () => {
    const found = detectMatrix([["Initiative", "COO", "Status"]]);
    expect(found?.layout.areaColumn).toBeNull();
    expect(found?.roles).toEqual(["COO"]);
  });

  it("keeps an unnamed column between the roles as a role with an empty name", () => {
    expect(detectMatrix([["Initiative", "COO", "", "CEO", "Status"]])?.roles).toEqual(["COO", "", "CEO"]);
  });

  it("returns null for a sheet that is not a matrix", () => {
    expect(detectMatrix([])).toBeNull();
    expect(
      detectMatrix([
        ["Name", "Amount"],
        ["x", 1],
      ]),
    ).toBeNull();
    expect(detectMatrix([["Status", "Initiative"]])).toBeNull();
  });

  it("ignores a header pushed below the rows it searches", () => {
    const rows = Array.from({ length: 60 }, () => [] as string[]);
    rows.push(header);
    expect(detectMatrix(rows)).toBeNull();
  });
});

describe("detectMatrix and the agreement columns", () => {
  const header = ["Area", "Initiative", "CEO", "COO", "Status"];
  it("reads Decision, Decided on and Notes right of Status as the matrix's agreement columns", () => {
    const found = detectMatrix([[...header, "Decision", "Decided on", "Notes"]]);
    expect(found?.layout.agreement).toBe(true);
    expect(found?.roles).toEqual(["CEO", "COO"]);
  });
  it("leaves a matrix made before them (or with other columns there) without them", () => {
    expect(detectMatrix([header])?.layout.agreement).toBeUndefined();
    expect(detectMatrix([[...header, "Decision", "Owner", "Notes"]])?.layout.agreement).toBeUndefined();
  });
});

describe("detectMatrix and the columns people keep before the roles", () => {
  it("skips Notes, Owner, Status and Due date columns between the name and the roles", () => {
    const found = detectMatrix([
      ["Project", "Owner", "Status", "Due date", "COO", "CoS", "Status"],
      ["Hiring", "Dana", "On track", "2025-09-30", "A", "R", "OK"],
    ]);
    expect(found?.roles).toEqual(["COO", "CoS"]);
    expect(found?.layout).toMatchObject({ nameColumn: 1, firstRoleColumn: 5, roleCount: 2 });
  });

  it("skips a column holding no code under a header that is no role title (someone's Priority)", () => {
    const found = detectMatrix([
      ["Initiative", "Effort", "Dana", "Status"],
      ["Hiring", 5, "A", "OK"],
      ["Budget", 3, "", ""],
    ]);
    expect(found?.roles).toEqual(["Dana"]);
  });

  it("keeps a known role title a role, whatever its cells hold", () => {
    expect(
      detectMatrix([
        ["Initiative", "COO", "Status"],
        ["Hiring", "x", ""],
      ])?.roles,
    ).toEqual(["COO"]);
  });

  it("finds a matrix beside someone's tracker, whose own Status column comes first", () => {
    const found = detectMatrix([
      ["Task", "Owner", "Status", "", "Activity", "COO", "Status"],
      ["Venue", "Dana", "Done", "", "Agenda", "A/R", "OK"],
    ]);
    expect(found?.layout).toMatchObject({ nameColumn: 5, firstRoleColumn: 6, roleCount: 1 });
  });
});
