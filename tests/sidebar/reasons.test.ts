import { isUnsure, reasonLine, shortReason } from "../../sidebar/reasons";

const BOARD =
  "Chief of Staff: mentions 'board', 'preparation' — The executive team's agenda: leadership meetings, offsites, board preparation and follow-ups";
const EXEC =
  "Chief of Staff: mentions 'exec', 'support' — Decision support: analysis, research, briefings and recommendations for the executives";

describe("a suggestion's reasons, short", () => {
  it("keeps the matched words and the head of the charter line, without the owner the row already names", () => {
    expect(shortReason(BOARD, "Chief of Staff")).toBe(
      "mentions 'board', 'preparation' — The executive team's agenda",
    );
  });

  it("cuts a charter line with no head at a word, and keeps a reason of another form whole", () => {
    expect(
      shortReason(
        "COO: mentions 'warehouse' — Run the warehouses and the logistics partners across every region",
        "COO",
      ),
    ).toBe("mentions 'warehouse' — Run the warehouses and the logistics…");
    expect(shortReason("No evidence: no word of it is in any role's charter.", null)).toBe(
      "No evidence: no word of it is in any role's charter.",
    );
  });

  it("shows the strongest two on one line, in the engine's order", () => {
    expect(reasonLine([BOARD, EXEC, "Chief of Staff: mentions 'x' — Third"], "Chief of Staff")).toBe(
      "mentions 'board', 'preparation' — The executive team's agenda · mentions 'exec', 'support' — Decision support",
    );
  });

  it("marks a suggestion under 0.5 as one to check", () => {
    expect([isUnsure(0.49), isUnsure(0.5), isUnsure(0.9)]).toEqual([true, false, false]);
  });
});
