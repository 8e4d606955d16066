/**
 * Codes left as shorthand when onEdit runs are dropped: Apps Script queues at most two onEdit events and drops
 * the rest (https://developers.google.com/apps-script/guides/triggers), which the emulator's burst mode
 * reproduces. Check's data counts the leftovers; convertCodes rewrites exactly those cells in one logged,
 * undoable batch, and never a formula, a number, a date, invalid text or a cell outside the code cells.
 */
import fc from "fast-check";
import { loadAddon, type Addon } from "../helpers/addon";
import { FIRST, ROLES, logRows, setup } from "../helpers/fixtures";
import { parseCode } from "../../src/core/codes";
import { addLookAlike, LOOK_ALIKE } from "./user-content";

const range = (addon: Addon, sheetName: string, a1: string) => addon.sheet(sheetName).getRange(a1);

/** Five aliases typed faster than onEdit runs: the first two are converted, three are left. */
function burstOfAliases(addon: Addon, sheetName: string) {
  return addon.emulator.burst(() => {
    addon.edit(sheetName, `D${FIRST}`, "ra");
    addon.edit(sheetName, `E${FIRST + 1}`, "a/r");
    addon.edit(sheetName, `C${FIRST + 2}`, " Accountable ");
    addon.edit(sheetName, `D${FIRST + 3}`, "r");
    addon.edit(sheetName, `C${FIRST + 3}`, "i");
  });
}

describe("a burst of typed aliases, with onEdit runs dropped beyond two queued", () => {
  it("leaves the dropped edits' aliases, and logs only the edits whose onEdit ran (the log is best-effort)", () => {
    const { addon, sheetName } = setup({ initiatives: 4 });
    expect(burstOfAliases(addon, sheetName)).toEqual({ ran: 2, dropped: 3 });
    expect(range(addon, sheetName, `C${FIRST}:E${FIRST + 3}`).getValues()).toEqual([
      ["", "A/R", ""],
      ["", "", "A/R"],
      [" Accountable ", "", ""],
      ["i", "r", ""],
    ]);
    expect(logRows(addon).map((row) => row[6])).toEqual([`D${FIRST}`, `E${FIRST + 1}`]);
  });

  it("Check's data counts the leftovers, names a few, and points at the first", () => {
    const { addon, sheetName } = setup({ initiatives: 4 });
    burstOfAliases(addon, sheetName);
    expect(addon.analyze(sheetName).shorthand).toEqual({
      count: 3,
      examples: ["Accountable", "i", "r"],
      cell: `C${FIRST + 2}`,
      message: "3 codes are typed as shorthand (Accountable, i, r): convert them to R, A, A/R, C or I.",
    });
  });

  it("a matrix with only canonical codes reports none, and its analysis reads no formulas", () => {
    const { addon, sheetName } = setup({ initiatives: 4 });
    addon.edit(sheetName, `D${FIRST}`, "ra"); // converted by onEdit
    addon.emulator.calls.reset();
    expect(addon.analyze(sheetName).shorthand).toBeUndefined();
    expect(addon.emulator.calls.byMethod["Range.getFormulas"]).toBeUndefined();
  });
});

describe("convertCodes", () => {
  /** The burst's leftovers, plus cells that must never be rewritten. */
  function withBystanders() {
    const { addon, sheetName } = setup({ initiatives: 4 });
    burstOfAliases(addon, sheetName);
    // Script writes: onEdit does not run for them (guides/triggers), as for a value another script set.
    range(addon, sheetName, `E${FIRST + 2}`).setFormula('="ra"');
    range(addon, sheetName, `E${FIRST + 3}`).setValue(5);
    range(addon, sheetName, `E${FIRST}`).setValue(new Date(Date.UTC(2026, 0, 2)));
    range(addon, sheetName, `C${FIRST + 1}`).setValue("maybe");
    range(addon, sheetName, `I${FIRST}`).setValue("ra"); // right of the matrix: the users'
    const sheet = addon.sheet(sheetName);
    sheet.insertRowsAfter(sheet.getMaxRows(), 200);
    range(addon, sheetName, "C200").setValue("ra"); // far below the matrix: the users'
    return { addon, sheetName };
  }

  it("rewrites exactly the leftovers, in standard form, and says what each was", () => {
    const { addon, sheetName } = withBystanders();
    expect(addon.analyze(sheetName).shorthand?.count).toBe(3); // the formula's "ra" is not counted
    const before = addon.sheet(sheetName).getDataRange().getValues();
    const result = addon.app.convertCodes(sheetName);
    const formulas = addon.sheet(sheetName).getDataRange().getFormulas();
    expect(result.changes).toEqual([
      {
        cell: `C${FIRST + 2}`,
        initiative: "Initiative 3",
        role: "CEO",
        rule: "SHORTHAND_CODE",
        old: " Accountable ",
        new: "A",
        reason: "“Accountable” is shorthand for A.",
      },
      expect.objectContaining({ cell: `C${FIRST + 3}`, old: "i", new: "I", role: "CEO" }),
      expect.objectContaining({ cell: `D${FIRST + 3}`, old: "r", new: "R", role: "COO" }),
    ]);
    expect(result.undoable).toBe(true);
    const after = addon.sheet(sheetName).getDataRange().getValues();
    const changed: string[] = [];
    after.forEach((row, r) =>
      row.forEach((value, c) => {
        // Formula results (Status, summary) follow the codes; no typed cell but the leftovers may change.
        if (formulas[r][c] === "" && String(value) !== String(before[r]?.[c]))
          changed.push(`${"ABCDEFGHIJ"[c]}${r + 1}`);
      }),
    );
    expect(changed).toEqual([`C${FIRST + 2}`, `C${FIRST + 3}`, `D${FIRST + 3}`]);
    expect(range(addon, sheetName, `E${FIRST + 2}`).getFormula()).toBe('="ra"');
    expect(range(addon, sheetName, `E${FIRST + 3}`).getValue()).toBe(5);
    expect(range(addon, sheetName, `C${FIRST + 1}`).getValue()).toBe("maybe");
    expect(range(addon, sheetName, `I${FIRST}`).getValue()).toBe("ra");
    expect(range(addon, sheetName, "C200").getValue()).toBe("ra");
    expect(addon.analyze(sheetName).shorthand).toBeUndefined();
  });

  it("logs each change like the sidebar's other changes", () => {
    const { addon, sheetName } = withBystanders();
    addon.app.convertCodes(sheetName);
    const rows = logRows(addon).slice(2); // after the two burst edits whose onEdit ran
    expect(rows.map((row) => row.slice(1, 9))).toEqual([
      [
        "RACI Matrix for Sheets (convert shorthand)",
        sheetName,
        addon.sheet(sheetName).getSheetId(),
        "Initiative 3",
        "CEO",
        `C${FIRST + 2}`,
        " Accountable ",
        "A",
      ],
      expect.arrayContaining([`C${FIRST + 3}`, "i", "I"]),
      expect.arrayContaining([`D${FIRST + 3}`, "r", "R"]),
    ]);
  });

  it("is idempotent: a second conversion finds nothing, and Undo still puts the first one's text back", () => {
    const { addon, sheetName } = withBystanders();
    const before = range(addon, sheetName, `C${FIRST}:E${FIRST + 3}`).getValues();
    expect(addon.app.convertCodes(sheetName).changes).toHaveLength(3);
    expect(addon.app.convertCodes(sheetName).changes).toEqual([]);
    expect(addon.app.undoFixes(sheetName)).toEqual({ sheetName, restored: 3, skipped: 0 });
    expect(range(addon, sheetName, `C${FIRST}:E${FIRST + 3}`).getValues()).toEqual(before);
    expect(addon.analyze(sheetName).shorthand?.count).toBe(3);
  });

  it("writes in one batch: at most one RangeList write per code, whatever the count", () => {
    const run = (initiatives: number, roles: string[]) => {
      const { addon, sheetName } = setup({ initiatives, roles });
      const aliases = ["ra", "r", "Accountable", " c ", "informed"];
      addon
        .sheet(sheetName)
        .getRange(FIRST, 3, initiatives, roles.length)
        .setValues(
          Array.from({ length: initiatives }, (_, r) =>
            roles.map((_, c) => aliases[(r + c) % aliases.length]),
          ),
        );
      addon.emulator.calls.reset();
      const changed = addon.app.convertCodes(sheetName).changes.length;
      const method = addon.emulator.calls.byMethod;
      const writes = (method["RangeList.setValue"] ?? 0) + (method["Range.setValue"] ?? 0);
      return { changed, calls: addon.emulator.calls.total, writes };
    };
    const small = run(10, ROLES);
    const large = run(300, [...ROLES, ...Array.from({ length: 5 }, (_, i) => `Role ${i + 4}`)]);
    expect(small.changed).toBe(30);
    expect(large.changed).toBe(300 * 8);
    expect(large.calls - small.calls).toBeLessThanOrEqual(1); // the log sheet may grow its rows once
    expect(large.writes).toBeLessThanOrEqual(5); // one RangeList per code, never a call per cell
  });

  it("refuses a table the add-on did not make, with the usual message, and writes nothing", () => {
    const addon = loadAddon({ user: "a@x.com" });
    addon.generate({ title: "M" });
    addLookAlike(addon);
    // Its COO column holds r, a and ra: analysis is read-only, so it still says so.
    expect(addon.analyze(LOOK_ALIKE).shorthand?.count).toBe(3);
    expect(() => addon.app.convertCodes(LOOK_ALIKE)).toThrow(
      /"Tracker" looks like a RACI table, but the add-on did not make it.*Adopt/,
    );
    expect(range(addon, LOOK_ALIKE, "B2:B4").getValues()).toEqual([["r"], ["a"], ["ra"]]);
  });
});

describe("convertCodes on random code cells (property)", () => {
  const alias = fc.constantFrom("ra", "a/r", " Accountable ", "r", "R/A", "informed", " c", "A+R", "a");
  const canonical = fc.constantFrom("R", "A", "A/R", "C", "I");
  const other = fc.oneof(
    fc.string({ maxLength: 6 }).filter((s) => !s.startsWith("=") && !s.startsWith("'")),
    fc.integer({ min: -5, max: 99 }),
    fc.constant(""),
  );
  const cell = fc.oneof(alias, canonical, other);

  it("changes only cells that read as a code but are not canonical, to that code; a second run changes nothing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 }),
        (grid) => {
          const { addon, sheetName } = setup();
          const block = range(addon, sheetName, `C${FIRST}:E${FIRST + 2}`);
          block.setValues(grid);
          const before = block.getValues();
          addon.app.convertCodes(sheetName);
          const after = block.getValues();
          before.forEach((row, r) =>
            row.forEach((value, c) => {
              const parsed = parseCode(value as string | number);
              const expected = typeof value === "string" && parsed.kind === "code" ? parsed.code : value;
              expect(after[r][c]).toEqual(expected);
            }),
          );
          expect(addon.app.convertCodes(sheetName).changes).toEqual([]);
          expect(block.getValues()).toEqual(after);
        },
      ),
      { numRuns: 25 },
    );
  });
});
