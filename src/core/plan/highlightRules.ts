/**
 * The highlighting: conditional-format rules in order of precedence (the first that matches a cell colours
 * it), each reading the row's check or Status formula pieces, in the Okabe–Ito colours of palette.ts.
 */
import { gridRange } from "./grid";
import { decisionFormulas, highlightFormulas, overloadedFormula } from "./formulas";
import { dataRowCount, decisionColumn, firstDataRow, leftColumn, statusColumn, type Layout } from "./layout";
import { KINDS } from "../kinds";
import { HIGHLIGHT } from "./palette";
import type { HighlightRule } from "./types";
import type { PlanInput } from "./input";

/** The matrix's highlighting rules, in order of precedence, for its kind's codes. */
export function highlightRules({ layout, owners, decor, settings }: PlanInput): HighlightRule[] {
  const kind = KINDS[settings.kind];
  const formulas = highlightFormulas(layout, owners, settings.kind);
  const dataRows = dataRowCount(layout);
  const left = leftColumn(layout);
  const rows = gridRange(firstDataRow(layout), left, dataRows, statusColumn(layout) - left + 1);
  const codes = gridRange(firstDataRow(layout), layout.firstRoleColumn, dataRows, layout.roleCount);
  const rules: HighlightRule[] = [
    {
      name: "INVALID_CODE",
      formula: formulas.invalidCell,
      ranges: [codes],
      background: HIGHLIGHT.invalid,
      bold: true,
    },
  ];
  if (owners) {
    rules.push({
      name: "SHARED_OWNERSHIP",
      formula: formulas.sharedOwnership,
      ranges: owners.map((column) => gridRange(firstDataRow(layout), column, dataRows, 1)),
      background: HIGHLIGHT.sharedOwnership,
    });
  }
  rules.push(
    {
      name: "MULTIPLE_ACCOUNTABLE",
      formula: formulas.multipleAccountable,
      ranges: [rows],
      background: HIGHLIGHT.multipleAccountable,
    },
    // A second Driver is double ownership of the work of deciding: the same colour.
    ...(kind.soleDoer
      ? [
          {
            name: "MULTIPLE_DRIVERS",
            formula: formulas.multipleDoers,
            ranges: [rows],
            background: HIGHLIGHT.multipleAccountable,
          },
        ]
      : []),
    {
      name: "NO_ACCOUNTABLE",
      formula: formulas.noAccountable,
      ranges: [rows],
      background: HIGHLIGHT.noAccountable,
    },
    {
      name: "NO_RESPONSIBLE",
      formula: formulas.noResponsible,
      ranges: [rows],
      background: HIGHLIGHT.noResponsible,
    },
  );
  const ownsRow = decor.summary[kind.summary.findIndex(({ part }) => part === "owns")];
  if (ownsRow !== null && ownsRow !== undefined) {
    rules.push({
      name: "ROLE_OVERLOADED",
      formula: overloadedFormula(ownsRow, layout.firstRoleColumn),
      ranges: [gridRange(ownsRow, layout.firstRoleColumn, 1, layout.roleCount)],
      background: HIGHLIGHT.overloaded,
      bold: true,
    });
  }
  return [...rules, ...decisionRules(layout)];
}

/** The Decision cell shows a dispute, an agreement the codes have since left, or a value outside the list. */
function decisionRules(layout: Layout): HighlightRule[] {
  if (layout.agreement !== true) return [];
  const formulas = decisionFormulas(layout);
  const cells = gridRange(firstDataRow(layout), decisionColumn(layout), dataRowCount(layout), 1);
  return [
    {
      name: "DECISION_DISPUTED",
      formula: formulas.disputed,
      ranges: [cells],
      background: HIGHLIGHT.disputed,
    },
    {
      name: "CHANGED_SINCE_AGREED",
      formula: formulas.changedSinceAgreed,
      ranges: [cells],
      background: HIGHLIGHT.changedSinceAgreed,
    },
    {
      name: "UNKNOWN_DECISION",
      formula: formulas.unknownDecision,
      ranges: [cells],
      background: HIGHLIGHT.invalid,
      bold: true,
    },
  ];
}
