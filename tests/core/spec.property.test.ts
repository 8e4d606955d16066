import fc from "fast-check";
import { validateSpec } from "../../src/core/spec";
import { CANONICAL_CODES } from "../../src/core/codes";

const specLike = fc.record(
  {
    title: fc.oneof(fc.string(), fc.anything()),
    template: fc.oneof(fc.constantFrom("coo-cos", "blank", "other"), fc.anything()),
    roles: fc.oneof(
      fc.array(fc.oneof(fc.constantFrom("CEO", "COO", "coo", "Chief of Staff", ""), fc.anything())),
      fc.anything(),
    ),
    ownerPair: fc.oneof(
      fc.tuple(fc.constantFrom("COO", "CEO", "x"), fc.constantFrom("Chief of Staff", "COO")),
      fc.anything(),
    ),
    initiatives: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record(
            {
              name: fc.oneof(fc.string(), fc.anything()),
              area: fc.oneof(fc.string(), fc.anything()),
              assignments: fc.oneof(
                fc.dictionary(
                  fc.constantFrom("CEO", "COO", "CFO", "coo"),
                  fc.oneof(fc.constantFrom("A", "r", "X", ""), fc.anything()),
                ),
                fc.anything(),
              ),
            },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
        { maxLength: 5 },
      ),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);

describe("spec validation properties", () => {
  it("never throws on arbitrary JSON-like input, and always answers in the documented shape", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), specLike), (input) => {
        const result = validateSpec(input);
        if (result.ok) {
          const { roles, initiatives, ownerPair, title } = result.value;
          expect(title.length).toBeGreaterThan(0);
          expect(roles.length).toBeGreaterThan(0);
          for (const initiative of initiatives) {
            expect(initiative.codes).toHaveLength(roles.length);
            for (const code of initiative.codes) expect(["", ...CANONICAL_CODES]).toContain(code);
          }
          if (ownerPair !== null) for (const role of ownerPair) expect(roles).toContain(role);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(typeof error.field).toBe("string");
            expect(typeof error.message).toBe("string");
          }
        }
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });
});
