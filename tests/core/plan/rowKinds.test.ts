import { initiativeRows } from "../../../src/core/plan/extent";
import type { Layout } from "../../../src/core/plan/layout";
import { rowKinds } from "../../../src/core/plan/rowKinds";

// Task | COO | CoS, header on row 1, no Area column: an adopted table.
const layout = (lastRow: number): Layout => ({
  headerRow: 1,
  areaColumn: null,
  nameColumn: 1,
  firstRoleColumn: 2,
  roleCount: 2,
  lastRow,
});

const sheet = [
  ["Task", "COO", "CoS"],
  ["Operations", "", ""], // 2: a section: rows with codes follow
  ["Vendors", "A", "C"],
  ["", "", ""], // 4: blank inside the table
  ["Strategy", "", ""], // 5: a section, past the blank row
  ["Board deck", "C", "A/R"],
  ["Total", 2, 2], // 7: a total (numbers, labelled)
  ["", 4, 3], // 8: a total (numbers under no name)
  ["Held by", "Dana", "Sam"], // 9: the people row, carried here by a sort
  ["New idea", "", ""], // 10: a name and no code yet, nothing with codes below: an initiative
];

describe("rowKinds: what each row of a matrix is", () => {
  it("tells initiatives from sections, totals, blank rows and the people row", () => {
    expect(rowKinds(sheet, layout(10))).toEqual([
      "section",
      "initiative",
      "blank",
      "section",
      "initiative",
      "total",
      "total",
      "people",
      "initiative",
    ]);
  });

  it("reads no section where the table has an Area column: a row with a name and no code is an initiative", () => {
    const withArea = sheet.map((row) => ["", ...row]);
    const kinds = rowKinds(withArea, { ...layout(10), areaColumn: 1, nameColumn: 2, firstRoleColumn: 3 });
    expect(kinds[0]).toBe("initiative");
  });
});

describe("the extent of an adopted table (no spare rows)", () => {
  it("goes past one or two blank rows while the rows after keep the table's shape", () => {
    expect(initiativeRows(sheet.slice(0, 8), layout(8), 0)).toEqual([2, 3, 5, 6, 7, 8]);
  });

  it("ends before a legend or note that follows a blank row", () => {
    const values = [...sheet.slice(0, 3), ["", "", ""], ["Legend: A owns it", "", ""]];
    expect(initiativeRows(values, layout(5), 0)).toEqual([2, 3]);
  });

  it("ends at three blank rows, whatever follows", () => {
    const values = [...sheet.slice(0, 3), ["", "", ""], ["", "", ""], ["", "", ""], ["More", "A", "R"]];
    expect(initiativeRows(values, layout(7), 0)).toEqual([2, 3]);
  });
});
