import { setup } from "./helpers";

/*
 * The benchmark writes a 20,000 × 55 matrix and reads it back. Plain data must never go through
 * HyperFormula (reads of blocks without formulas come straight from the grid), so this stays well under a
 * second on a laptop; the bound here is generous to keep CI stable.
 */
describe("performance", () => {
  test("setValues + getValues of 20,000 × 55 plain cells is fast and needs no evaluation", () => {
    const { sheet } = setup();
    const rows = 20_000;
    const cols = 55;
    const codes = ["R", "A", "C", "I", "", "A/R"];
    const data = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => (c === 0 ? `Initiative ${r}` : codes[(r + c) % codes.length])),
    );
    const started = Date.now();
    sheet.insertRowsAfter(1000, rows - 1000);
    sheet.insertColumnsAfter(26, cols - 26);
    sheet.getRange(1, 1, rows, cols).setValues(data);
    const back = sheet.getRange(1, 1, rows, cols).getValues();
    const elapsed = Date.now() - started;
    expect(back[19_999]?.[0]).toBe("Initiative 19999");
    expect(back[7]?.[3]).toBe(codes[10 % codes.length]);
    expect(elapsed).toBeLessThan(5_000);
  });
});
