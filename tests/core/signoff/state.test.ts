import { analyze } from "../../../src/core/analyze";
import { signOffState } from "../../../src/core/signoff/state";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { MatrixInitiative } from "../../../src/core/types";
import { HEADER_ROW, matrixOf } from "../helpers";

const row = (decision: string, agreedBy?: string): MatrixInitiative => ({
  name: "Budget",
  area: "",
  row: 2,
  cells: [],
  decision,
  ...(agreedBy !== undefined ? { agreedBy } : {}),
});
const PAIR = { ...DEFAULT_SETTINGS, pairSignOff: true };

describe("whether a row counts as agreed", () => {
  it("is its Decision alone while sign-off by both owners is off (the default)", () => {
    expect(signOffState(row("Agreed", "COO (Dana Lee)"), DEFAULT_SETTINGS)).toEqual({ agreed: true });
    expect(signOffState(row("Proposed"), DEFAULT_SETTINGS)).toEqual({ agreed: false });
  });

  it("with it on, waits for the owner who has not agreed yet, and says whom", () => {
    expect(signOffState(row("Agreed", "COO (Dana Lee)"), PAIR)).toEqual({
      agreed: false,
      waiting: "Agreed by COO (Dana Lee), waiting for Chief of Staff",
    });
    expect(signOffState(row("Agreed", "unnamed editor"), PAIR).waiting).toBe(
      "Agreed by unnamed editor, waiting for COO and Chief of Staff",
    );
    expect(signOffState(row("Agreed", "Chief of Staff (Sam Roe), COO (Dana Lee)"), PAIR)).toEqual({
      agreed: true,
    });
  });

  it("is the Decision alone without an owner pair, or without the Agreed by column to record it", () => {
    expect(signOffState(row("Agreed", "COO"), { ...PAIR, ownerPair: null })).toEqual({ agreed: true });
    expect(signOffState(row("Agreed"), PAIR)).toEqual({ agreed: true });
  });
});

describe("the agreement summary with sign-off by both owners", () => {
  it("counts a row one owner agreed as open, saying whom it waits for", () => {
    const matrix = matrixOf(
      ["CEO", "COO", "Chief of Staff"],
      [
        ["Budget", "A", "R"],
        ["Hiring", "R", "A"],
      ],
      { pairSignOff: true },
    );
    matrix.initiatives[0].decision = "Agreed";
    matrix.initiatives[0].agreedBy = "COO (Dana Lee), Chief of Staff (Sam Roe)";
    matrix.initiatives[1].decision = "Agreed";
    matrix.initiatives[1].agreedBy = "COO (Dana Lee)";
    expect(analyze(matrix, { headerRow: HEADER_ROW }).agreement).toEqual({
      agreed: 1,
      total: 2,
      open: [
        {
          initiative: "Hiring",
          decision: "Agreed",
          cell: "A3",
          row: 3,
          codes: "CEO R · COO A",
          waiting: "Agreed by COO (Dana Lee), waiting for Chief of Staff",
        },
      ],
    });
  });
});
