import { checkList, describeCheck, LONG_NAME, shortened, wayOut } from "../../sidebar/listChecks";
import { parsePaste } from "../../sidebar/parsePaste";

const checksOf = (text: string) => checkList(parsePaste(text));
/** The text after the way out of the check of `kind`. */
const fixed = (text: string, kind: string) => {
  const check = checksOf(text).find((c) => c.kind === kind);
  if (!check) throw new Error(`no ${kind} check`);
  return wayOut(check, text);
};

const LONG =
  "Prepare the quarterly board pack with the finance team, including the revenue bridge, the hiring plan and an appendix on every open legal matter";

describe("checkList", () => {
  it("says that a heading was read as the area of the lines below it, and offers to keep it as an initiative", () => {
    const text = "Exec support:\nBoard deck\nOffsite agenda\nCEO remarks\nTiger team";
    const [check] = checksOf(text);
    expect(describeCheck(check)).toBe("Exec support: read as an area for the 4 lines below.");
    expect(fixed(text, "heading")).toEqual({
      label: "Keep it as an initiative",
      text: "Exec support\nBoard deck\nOffsite agenda\nCEO remarks\nTiger team",
    });
  });

  it("finds a repeated initiative (case and spaces ignored) and removes the later line", () => {
    const text = "Board deck\nOps: Hiring plan\nboard  DECK";
    expect(checksOf(text)).toEqual([{ kind: "duplicate", line: 3, name: "board  DECK", first: 1 }]);
    expect(fixed(text, "duplicate")).toEqual({
      label: "Remove line 3",
      text: "Board deck\nOps: Hiring plan",
    });
  });

  it("offers to make a bare line that names another line's area into that area's heading", () => {
    const text = "Exec support\nExec support: Board deck\nOffsite agenda";
    expect(describeCheck(checksOf(text)[0])).toBe(
      "Line 1, “Exec support”, is also the name of an area: a heading, perhaps?",
    );
    const way = fixed(text, "areaName");
    expect(way.label).toBe("Make it an area");
    expect(parsePaste(way.text).initiatives.map((i) => [i.area, i.name])).toEqual([
      ["Exec support", "Board deck"],
      ["Exec support", "Offsite agenda"],
    ]);
  });

  it("says a name is too long with its length and the limit, and shortens it in place", () => {
    const text = `Exec support: ${LONG}\nBudget`;
    const [check] = checksOf(text);
    expect(describeCheck(check)).toBe(
      `Line 1 is ${LONG.length} characters; names over ${LONG_NAME} make a row several lines tall.`,
    );
    const way = fixed(text, "long");
    expect(way.label).toBe(`Shorten to “${shortened(LONG)}”`);
    expect(parsePaste(way.text).initiatives).toEqual([
      { name: shortened(LONG), area: "Exec support", line: 1 },
      { name: "Budget", area: "", line: 2 },
    ]);
    expect(checksOf(way.text)).toEqual([]);
  });

  it("offers to remove a heading with nothing below it", () => {
    const text = "Budget\nNotes:";
    expect(describeCheck(checksOf(text)[0])).toBe(
      "Line 2, “Notes:”, reads as an area heading, but no initiative is below it.",
    );
    expect(fixed(text, "emptyHeading").text).toBe("Budget");
  });

  it("lets a heading over lines that name its area themselves be", () => {
    expect(checksOf("Ops:\nOps: Run the weekly review")).toEqual([]);
  });

  it("offers to make a line under another heading an area when it names one", () => {
    const text = "Exec support:\nBoard deck\nOperations\nOperations: Vendor renewals";
    expect(checksOf(text).map((c) => c.kind)).toEqual(["heading", "areaName"]);
    expect(checksOf(fixed(text, "areaName").text)).toEqual([
      { kind: "heading", line: 1, area: "Exec support", lines: 1 },
    ]);
  });

  it("finds nothing in a clean list", () => {
    expect(checksOf("Ops: Run the weekly review\nStrategy: Plan the year")).toEqual([]);
  });
});

describe("shortened", () => {
  it("ends at the first clause when it is long enough, else at the last whole word that fits", () => {
    expect(shortened("Renew the vendor contracts for the warehouse; then " + "x".repeat(120))).toBe(
      "Renew the vendor contracts for the warehouse",
    );
    const cut = shortened(LONG);
    expect(cut.length).toBeLessThanOrEqual(LONG_NAME);
    expect(LONG.startsWith(cut)).toBe(true);
    expect(LONG[cut.length]).toMatch(/[\s,]/);
    expect(cut).not.toMatch(/[\s,;:.]$/);
  });

  it("cuts a name without spaces at the limit", () => {
    expect(shortened("x".repeat(150))).toBe("x".repeat(LONG_NAME));
  });
});
