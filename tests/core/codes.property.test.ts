import fc from "fast-check";
import { canonicalText, parseCode } from "../../src/core/codes";
import { SPELLINGS, typedSpelling } from "./helpers";

/** A valid spelling with random case and whitespace sprinkled between its characters. */
const validCode = typedSpelling(SPELLINGS.RACI);

describe("parsing properties", () => {
  it("re-reading the canonical text gives the same code", () => {
    fc.assert(
      fc.property(validCode, (text) => {
        const parsed = parseCode(text);
        expect(parsed.kind).toBe("code");
        expect(parseCode(canonicalText(text))).toEqual(parsed);
        expect(canonicalText(canonicalText(text))).toBe(canonicalText(text));
      }),
    );
  });

  it("never loses what the user typed", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseCode(text);
        if (parsed.kind === "invalid") expect(parsed.text).toBe(text);
        if (parsed.kind === "empty") expect(text.trim()).toBe("");
      }),
    );
  });
});
