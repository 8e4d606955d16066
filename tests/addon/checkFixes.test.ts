/**
 * The Check panel's pairing of findings with previewFixes (sidebar/findings.ts fixLookup), on the real
 * analysis and fix preview of the built add-on: every proposed change is shown under a finding, every
 * finding of the preview's skipped list says why it has no safe fix, and nothing is paired with a wrong row.
 */
import { fixLookup } from "../../src/core/fix/lookup";
import { loadAddon } from "../helpers/addon";

/** The template with a gap, a double A, a shared row and an unreadable code: checked, and its fixes previewed. */
function checkedBrokenTemplate() {
  const addon = loadAddon();
  const { sheetName } = addon.generate({ template: "coo-cos" });
  const sheet = addon.sheet(sheetName);
  sheet.getRange("C9:F12").setValues([
    ["I", "C", "", "R"], // nobody accountable
    ["A", "A", "C", "R"], // two A
    ["I", "R", "R", "A"], // COO and Chief of Staff both R
    ["I", "maybe", "C", ""], // a code the add-on cannot read
  ]);
  const report = addon.analyze(sheetName);
  const preview = addon.app.previewFixes(sheetName);
  return { report, preview };
}

const rowOf = (cell?: string) => Number(/(\d+)$/.exec(cell ?? "")?.[1]);

describe("fixLookup", () => {
  const { report, preview } = checkedBrokenTemplate();
  const fixOf = fixLookup(preview);

  it("shows every proposed change under a finding of its own row", () => {
    const shown = report.findings.flatMap((f) => {
      const fix = fixOf(f);
      if (fix.kind !== "changes" && fix.kind !== "together") return [];
      for (const change of fix.changes) expect(rowOf(change.cell)).toBe(rowOf(f.cell));
      return fix.changes;
    });
    expect(preview.changes.length).toBeGreaterThan(0);
    for (const change of preview.changes) expect(shown).toContain(change);
  });

  it("gives each finding the preview skips its reason, and the unreadable code its own", () => {
    const reasons = report.findings.flatMap((f) => {
      const fix = fixOf(f);
      return fix.kind === "none" ? [fix.reason] : [];
    });
    for (const skipped of preview.skipped) expect(reasons).toContain(skipped.reason);
    const invalid = report.findings.find((f) => f.rule === "INVALID_CODE");
    expect(invalid && fixOf(invalid)).toMatchObject({ kind: "none" });
  });

  it("proposes a change for the gap, the double A and the shared row", () => {
    for (const [rule, row] of [
      ["NO_ACCOUNTABLE", 9],
      ["MULTIPLE_ACCOUNTABLE", 10],
      ["SHARED_OWNERSHIP", 11],
    ] as const) {
      const finding = report.findings.find((f) => f.rule === rule && rowOf(f.cell) === row);
      expect(finding && fixOf(finding).kind).toBe("changes");
    }
  });
});
