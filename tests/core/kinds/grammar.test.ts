/**
 * Each kind's cell grammar (docs/domain.md, "Kinds of matrix"), read from the one table in src/core/kinds.ts:
 * it accepts exactly the kind's spellings, in any case and spacing, and nothing of another kind.
 */
import fc from "fast-check";
import { allSpellings, canonicalReplacement, codesOf, parseCode } from "../../../src/core/codes";
import { CODE_PARTS, KINDS, MATRIX_KINDS } from "../../../src/core/kinds";
import { SPELLINGS, typedSpelling } from "../helpers";

const normal = (text: string) => text.replace(/\s+/g, "").toUpperCase();

describe.each(MATRIX_KINDS)("the %s grammar", (kind) => {
  const own = new Set(SPELLINGS[kind].map(normal));
  const foreign = [...new Set(MATRIX_KINDS.flatMap((k) => SPELLINGS[k]))].filter((s) => !own.has(normal(s)));

  it("accepts exactly the kind's spellings", () => {
    expect(new Set(allSpellings(kind))).toEqual(own);
  });

  it("reads any case and spacing of its spellings as the code, with the parts the table gives it", () => {
    fc.assert(
      fc.property(typedSpelling(SPELLINGS[kind]), (text) => {
        const parsed = parseCode(text, kind);
        expect(parsed.kind).toBe("code");
        if (parsed.kind !== "code") return;
        expect(codesOf(kind)).toContain(parsed.code);
        expect(parsed.parts).toEqual(CODE_PARTS[parsed.code]);
      }),
    );
  });

  if (foreign.length > 0)
    it(`keeps another kind's spelling (${foreign.slice(0, 4).join(", ")}…) as typed, an invalid code never rewritten`, () => {
      fc.assert(
        fc.property(typedSpelling(foreign), (text) => {
          expect(parseCode(text, kind)).toEqual({ kind: "invalid", text });
          expect(canonicalReplacement(text, kind)).toBeNull();
        }),
      );
    });

  it("writes only its canonical codes, each explained", () => {
    for (const { code, meaning } of KINDS[kind].codes) {
      expect(parseCode(code, kind)).toMatchObject({ kind: "code", code });
      expect(meaning.length).toBeGreaterThan(10);
    }
  });
});

describe("what each kind's codes make their holder", () => {
  it("DACI: D is the doer (the Driver), A the owner (the Approver); an R is no DACI code", () => {
    expect(codesOf("DACI")).toEqual(["D", "A", "C", "I"]);
    expect(parseCode("driver", "DACI")).toMatchObject({ code: "D", parts: ["R"] });
    expect(parseCode("Approver", "DACI")).toMatchObject({ code: "A", parts: ["A"] });
    expect(parseCode("R", "DACI")).toEqual({ kind: "invalid", text: "R" });
    expect(parseCode("A/R", "DACI")).toEqual({ kind: "invalid", text: "A/R" });
  });

  it("RASCI: S supports, neither owner nor doer; typed s becomes S", () => {
    expect(codesOf("RASCI")).toEqual(["R", "A", "A/R", "S", "C", "I"]);
    expect(parseCode(" support ", "RASCI")).toMatchObject({ code: "S", parts: ["S"] });
    expect(canonicalReplacement("s", "RASCI")).toBe("S");
    expect(parseCode("S", "RACI")).toEqual({ kind: "invalid", text: "S" });
  });

  it("RACI, the default, reads as it always did", () => {
    expect(codesOf()).toEqual(["R", "A", "A/R", "C", "I"]);
    expect(parseCode("ra")).toMatchObject({ code: "A/R", parts: ["A", "R"] });
    expect(parseCode("D")).toEqual({ kind: "invalid", text: "D" });
  });
});
