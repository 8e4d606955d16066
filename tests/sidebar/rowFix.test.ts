/** The Check panel's per-finding Fix (sidebar/findings.ts rowFixLookup): it applies every change planned on the finding's row. */
import type { FixChange } from "../../src/core/api";
import { rowFixLookup } from "../../src/core/fix/lookup";
import type { Finding } from "../../src/core/types";

const change = (cell: string, initiative: string, rule: string): FixChange => ({
  cell,
  initiative,
  role: "COO",
  rule,
  old: "",
  new: "R",
  reason: `${rule} on ${cell}`,
});
const finding = (rule: Finding["rule"], cell?: string): Finding => ({
  rule,
  severity: "error",
  message: rule,
  cell,
});

describe("rowFixLookup", () => {
  const preview = {
    changes: [
      change("D4", "Streamline expense approvals", "SHARED_OWNERSHIP"),
      change("E4", "Streamline expense approvals", "NO_RESPONSIBLE"),
      change("C2", "Reduce cloud costs", "NO_ACCOUNTABLE"),
      change("C12", "Board deck preparation", "MULTIPLE_ACCOUNTABLE"),
    ],
    skipped: [],
  };
  const rowFixOf = rowFixLookup(preview);

  it("gives a finding every change planned on its row, with the row and the initiative shown", () => {
    expect(rowFixOf(finding("SHARED_OWNERSHIP", "C4"))).toEqual({
      row: 4,
      initiative: "Streamline expense approvals",
      changes: [preview.changes[0], preview.changes[1]],
    });
  });

  it("tells row 1 from row 12, and gives nothing to a row without changes or a finding without a cell", () => {
    expect(rowFixOf(finding("NO_ACCOUNTABLE", "B2"))?.changes).toEqual([preview.changes[2]]);
    expect(rowFixOf(finding("MULTIPLE_ACCOUNTABLE", "B12"))?.changes).toEqual([preview.changes[3]]);
    expect(rowFixOf(finding("NO_ACCOUNTABLE", "B1"))).toBeNull();
    expect(rowFixOf(finding("ROLE_OVERLOADED"))).toBeNull();
  });
});
