import { validateSpec } from "../../src/core/spec";
import {
  FORM,
  groupErrors,
  humanize,
  parseField,
  parseServerErrors,
  targetKey,
} from "../../sidebar/fieldErrors";

const KEYS = new Set([
  "title",
  "roles",
  "roles.0",
  "roles.1",
  "roles.2",
  "ownerPair",
  "ownerPair.0",
  "ownerPair.1",
  "initiatives",
  FORM,
]);

describe("parseField", () => {
  it("splits a field into its name and index", () => {
    expect(parseField("title")).toEqual({ name: "title" });
    expect(parseField("roles[2]")).toEqual({ name: "roles", index: 2 });
    expect(parseField("initiatives[14].assignments.COO")).toEqual({ name: "initiatives", index: 14 });
    expect(parseField("[odd]")).toEqual({ name: "[odd]" });
  });
});

describe("targetKey", () => {
  it("maps a field to the most specific control the form has", () => {
    expect(targetKey("title", KEYS)).toBe("title");
    expect(targetKey("roles[2]", KEYS)).toBe("roles.2");
    expect(targetKey("ownerPair[1]", KEYS)).toBe("ownerPair.1");
    expect(targetKey("ownerPair", KEYS)).toBe("ownerPair");
  });

  it("falls back to the list, then to the form", () => {
    expect(targetKey("roles[7]", KEYS)).toBe("roles");
    expect(targetKey("initiatives[3].name", KEYS)).toBe("initiatives");
    expect(targetKey("template", KEYS)).toBe(FORM);
    expect(targetKey("spec", KEYS)).toBe(FORM);
  });
});

describe("humanize", () => {
  it("counts from one, the way people do", () => {
    expect(humanize('Role "CEO" appears twice (also roles[0]).')).toBe(
      'Role "CEO" appears twice (also role 1).',
    );
    expect(humanize("see initiatives[9]")).toBe("see initiative 10");
    expect(humanize("ownerPair[1] is wrong")).toBe("the second owner is wrong");
    expect(humanize("COO is assigned twice (also initiatives[0].assignments.coo).")).toBe(
      "COO is assigned twice (also initiative 1, coo).",
    );
    expect(humanize("see initiatives[2].name")).toBe("see initiative 3 (name)");
  });
});

describe("groupErrors", () => {
  it("puts validateSpec's problems next to the role inputs", () => {
    const result = validateSpec({ roles: ["CEO", " ", "ceo"], initiatives: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const grouped = groupErrors(result.errors, KEYS);
    expect(grouped.get("roles.1")).toEqual(["Role name must not be empty."]);
    expect(grouped.get("roles.2")).toEqual(['Role "ceo" appears twice (also role 1).']);
    expect(grouped.has("roles.0")).toBe(false);
  });

  it("names the line of an initiative when its problem lands on the paste box", () => {
    const lines = [2, 5];
    const grouped = groupErrors(
      [{ field: "initiatives[1].name", message: "Initiative name is too long." }],
      KEYS,
      ({ name, index }) =>
        name === "initiatives" && index !== undefined ? `Line ${lines[index]}` : undefined,
    );
    expect(grouped.get("initiatives")).toEqual(["Line 5: Initiative name is too long."]);
  });

  it("keeps several problems of one control in order", () => {
    const grouped = groupErrors(
      [
        { field: "title", message: "one" },
        { field: "template", message: "two" },
        { field: "title", message: "three" },
      ],
      KEYS,
    );
    expect(grouped.get("title")).toEqual(["one", "three"]);
    expect(grouped.get(FORM)).toEqual(["two"]);
  });
});

describe("parseServerErrors", () => {
  it("reads the field lines of a describeErrors message back", () => {
    const message =
      'The matrix was not created:\nroles[1]: Role name must not be empty.\nownerPair[0]: "X" is not one of the roles.';
    expect(parseServerErrors(message)).toEqual({
      intro: "The matrix was not created:",
      errors: [
        { field: "roles[1]", message: "Role name must not be empty." },
        { field: "ownerPair[0]", message: '"X" is not one of the roles.' },
      ],
    });
  });

  it("leaves a message without field lines alone", () => {
    expect(parseServerErrors('Sheet "X" is not a RACI matrix: no header row.')).toEqual({
      intro: 'Sheet "X" is not a RACI matrix: no header row.',
      errors: [],
    });
  });
});
