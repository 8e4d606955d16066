import fc from "fast-check";
import { suggestAssignments } from "../../../src/core/suggest/index";
import { rowFindings } from "./rowCheck";

const ROLES = ["CEO", "COO", "Chief of Staff", "Department heads", "CFO", "__proto__"];
const PAIR: [string, string] = ["COO", "Chief of Staff"];
const vocabulary = fc.constantFrom(
  "process",
  "optimise",
  "board",
  "costs",
  "strategy",
  "team",
  "projects",
  "vision",
  "budget",
  "🎉",
  "日本",
  "the",
  "analysis",
  "departments",
  "hiring",
  "",
);
const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(vocabulary, { maxLength: 8 }).map((w) => w.join(" ")),
);
const code = fc.constantFrom("R", "A", "A/R", "C", "I", "");
const initiative = fc.record({
  name: text.map((t) => t.trim() || "x"),
  area: text.map((t) => t.trim()),
  assignments: fc.option(fc.dictionary(fc.constantFrom(...ROLES), code), { nil: undefined }),
});

describe("suggestAssignments properties", () => {
  it("is deterministic: the same spec gives the same suggestions", () => {
    fc.assert(
      fc.property(fc.array(initiative, { maxLength: 10 }), (initiatives) => {
        const spec = { roles: ROLES, ownerPair: PAIR, initiatives };
        expect(suggestAssignments(spec)).toEqual(suggestAssignments(structuredClone(spec)));
      }),
    );
  });

  it("every suggested row passes the row rules, keeps given codes, and has no owner exactly when confidence is 0", () => {
    fc.assert(
      fc.property(fc.array(initiative, { minLength: 1, maxLength: 10 }), (initiatives) => {
        const result = suggestAssignments({ roles: ROLES, ownerPair: PAIR, initiatives });
        result.initiatives.forEach((s, i) => {
          const given = Object.entries(initiatives[i].assignments ?? {}).filter(([, c]) => c !== "");
          if (given.length > 0) {
            expect(s.suggested).toBe(false);
            for (const [role, c] of given) expect(s.assignments[role]).toBe(c);
            return;
          }
          expect(s.owner === null).toBe(s.confidence === 0);
          if (s.owner === null) expect(s.assignments).toEqual({});
          else expect(rowFindings(ROLES, s, PAIR)).toEqual([]);
        });
      }),
    );
  });

  it("a row whose text is only generic words, a code name and a number gets no owner and no codes, whatever its area", () => {
    const generic = fc.constantFrom(
      "project",
      "initiative",
      "plan",
      "programme",
      "review",
      "phase",
      "workstream",
      "TBC",
    );
    // Code names no English word is one edit from: syllables of rare letters ("Zaxoj", "Kiqu").
    const codeName = fc.stringMatching(/^[QXZJK][aeiou][qxzjk][aeiou][qxzjk]?$/);
    const name = fc
      .tuple(fc.array(generic, { maxLength: 3 }), codeName, fc.nat(99))
      .map(([g, c, n]) => [...g, c, String(n)].join(" "));
    fc.assert(
      fc.property(name, fc.constantFrom("", "Operations", "Strategy", "Facilities"), (text, area) => {
        const [s] = suggestAssignments({
          roles: ROLES,
          ownerPair: PAIR,
          initiatives: [{ name: text, area }],
        }).initiatives;
        expect(s).toMatchObject({ owner: null, confidence: 0, assignments: {}, suggested: false });
      }),
    );
  });

  it("never crashes on arbitrary strings as names, areas and charter lines", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.string({ maxLength: 500 })), (name, area, lines) => {
        const result = suggestAssignments({
          roles: ROLES,
          initiatives: [{ name: name.trim() || "x", area: area.slice(0, 500) }],
          charters: { CFO: lines },
        });
        expect(result.initiatives).toHaveLength(1);
      }),
    );
  });
});
