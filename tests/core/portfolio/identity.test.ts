import { initiativeKey, roleKey, roleSpellings } from "../../../src/core/portfolio/identity";

describe("the same role across matrices", () => {
  it("ignores case and spacing", () => {
    expect(roleKey(" department   HEADS ")).toBe(roleKey("Department heads"));
    expect(roleKey("Board liaison")).toBe(roleKey("board  liaison"));
  });

  it("treats a built-in charter's aliases as its title: CoS is the Chief of Staff, Head of Operations the COO", () => {
    expect(roleKey("CoS")).toBe(roleKey("Chief of Staff"));
    expect(roleKey("Chief Operating Officer")).toBe(roleKey("COO"));
    expect(roleKey("Head of Operations")).toBe(roleKey("coo"));
  });

  it("keeps different roles apart, and gives an unnamed column no identity", () => {
    expect(roleKey("COO")).not.toBe(roleKey("CFO"));
    expect(roleKey("Board liaison")).not.toBe(roleKey("Board liaisons"));
    expect(roleKey("  ")).toBeUndefined();
  });
});

describe("the same initiative across matrices", () => {
  it("ignores case, spacing and punctuation", () => {
    expect(initiativeKey("Q3 budget: review")).toBe(initiativeKey("  q3-budget   review. "));
    expect(initiativeKey("Hiring plan")).not.toBe(initiativeKey("Hiring plans"));
  });

  it("is empty for a name of punctuation only, which matches nothing", () => {
    expect(initiativeKey(" -- ")).toBe("");
  });
});

describe("the spelling a merged name is shown in", () => {
  it("is the one used most, then the charter's title, then the first in code-unit order", () => {
    const used = (...names: string[]) => {
      const spellings = roleSpellings(names[0]);
      names.forEach((name) => spellings.add(name));
      return spellings;
    };
    expect(used("coo", "COO", "COO").best()).toBe("COO");
    expect(used("CoS", "Chief of Staff").best()).toBe("Chief of Staff");
    expect(used("Chief of Staff", "CoS").best()).toBe("Chief of Staff");
    expect(used("b team", "B team").best()).toBe("B team");
    expect(used("B team", "b team").best()).toBe("B team");
  });
});
