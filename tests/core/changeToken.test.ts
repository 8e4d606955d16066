/** The change token the sidebar watches: equal for equal content, different when any part changes. */
import fc from "fast-check";
import { changeToken } from "../../src/core/changeToken";

describe("changeToken", () => {
  it("is the same for the same parts", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => changeToken([value]) === changeToken([value])));
  });

  it("changes when one cell of a grid changes", () => {
    const cells = fc.array(fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(cells, fc.nat(), fc.nat(), fc.string(), (grid, r, c, text) => {
        const row = r % grid.length;
        const column = c % grid[row].length;
        fc.pre(grid[row][column] !== text);
        const edited = grid.map((cellsOfRow, i) =>
          i === row ? cellsOfRow.map((cell, j) => (j === column ? text : cell)) : cellsOfRow,
        );
        return changeToken([1, "M", edited]) !== changeToken([1, "M", grid]);
      }),
    );
  });

  it("tells a renamed sheet and an edited code apart from the original", () => {
    const grid = [
      ["Initiative", "CEO"],
      ["Pricing", "A"],
    ];
    const tokens = new Set([
      changeToken([7, "M", null, grid]),
      changeToken([7, "M (2)", null, grid]),
      changeToken([
        7,
        "M",
        null,
        [
          ["Initiative", "CEO"],
          ["Pricing", "R"],
        ],
      ]),
      changeToken([7, "M", '{"maxResponsible":2}', grid]),
    ]);
    expect(tokens.size).toBe(4);
  });
});
