/** The kind a table's codes are written in, as adoption reads it (docs/domain.md, "Kinds of matrix"). */
import fc from "fast-check";
import { allSpellings, parseCode } from "../../../src/core/codes";
import { kindOfCodes } from "../../../src/core/kindOfCodes";
import { MATRIX_KINDS } from "../../../src/core/kinds";

describe("kindOfCodes", () => {
  it("reads a RACI table as RACI, one with an S as RASCI, one with D and A as DACI", () => {
    expect(kindOfCodes(["A", "r", "", null, "A/R", "Consulted", "I"])).toBe("RACI");
    expect(kindOfCodes(["A", "R", "S", "support", "C"])).toBe("RASCI");
    expect(kindOfCodes(["A", "D", "driver", "Contributor", "i"])).toBe("DACI");
  });

  it("keeps RACI for an empty table and for a table of the codes every kind shares", () => {
    expect(kindOfCodes([])).toBe("RACI");
    expect(kindOfCodes(["A", "C", "I", ""])).toBe("RACI");
  });

  it("is not swayed by a typo: the kind that reads the most codes wins", () => {
    expect(kindOfCodes(["A", "D", "D", "C", "x?"])).toBe("DACI");
    expect(kindOfCodes(["A", "R", "R", "C", "D"])).toBe("RACI");
  });

  it("finds a kind that reads every code of a table written in one kind's spellings (property)", () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...MATRIX_KINDS)
          .chain((kind) => fc.array(fc.constantFrom(...allSpellings(kind), ""), { maxLength: 30 })),
        (cells) => {
          const found = kindOfCodes(cells);
          for (const cell of cells) expect(parseCode(cell, found).kind).not.toBe("invalid");
        },
      ),
    );
  });
});
