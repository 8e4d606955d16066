/**
 * The highlighting: conditional-format rules in order of precedence (the first that matches a cell colours
 * it), each reading the row's check or Status formula pieces, in the Okabe–Ito colours of palette.ts.
 */
import { gridRange } from "./grid";
import { decisionFormulas, highlightFormulas, overloadedFormula } from "./formulas";
import { decisionColumn, leftColumn, statusColumn } from "./layout";
import { KINDS } from "../kinds";
import { HIGHLIGHT } from "./palette";
import { preparedRanges } from "./preparedRows";
import type { HighlightRule } from "./types";
import type { PlanInput } from "./input";

/**
 * The matrix's highlighting rules, in order of precedence, for its kind's codes, over the initiatives' rows
 * (one range per run of them: a section, a total or a blank row of an adopted table is never painted). Each
 * formula is written for the first range's top-left cell, as Sheets reads a rule with several ranges.
 */
export function highlightRules(input: PlanInput): HighlightRule[] {
  const { layout, owners, decor, settings } = input;
  const kind = KINDS[settings.kind];
  const left = leftColumn(layout);
  const rows = preparedRanges(input, left, statusColumn(layout) - left + 1);
  if (rows.length === 0) return [];
  const formulas = highlightFormulas(layout, owners, settings.kind, rows[0].row);
  const rules: HighlightRule[] = [
    {
      name: "INVALID_CODE",
      formula: formulas.invalidCell,
      ranges: preparedRanges(input, layout.firstRoleColumn, layout.roleCount),
      background: HIGHLIGHT.invalid,
      bold: true,
    },
  ];
  if (owners) {
    rules.push({
      name: "SHARED_OWNERSHIP",
      formula: formulas.sharedOwnership,
      ranges: owners.flatMap((column) => preparedRanges(input, column, 1)),
      background: HIGHLIGHT.sharedOwnership,
    });
  }
  rules.push(
    {
      name: "MULTIPLE_ACCOUNTABLE",
      formula: formulas.multipleAccountable,
      ranges: rows,
      background: HIGHLIGHT.multipleAccountable,
    },
    // A second Driver is double ownership of the work of deciding: the same colour.
    ...(kind.soleDoer
      ? [
          {
            name: "MULTIPLE_DRIVERS",
            formula: formulas.multipleDoers,
            ranges: rows,
            background: HIGHLIGHT.multipleAccountable,
          },
        ]
      : []),
    {
      name: "NO_ACCOUNTABLE",
      formula: formulas.noAccountable,
      ranges: rows,
      background: HIGHLIGHT.noAccountable,
    },
    {
      name: "NO_RESPONSIBLE",
      formula: formulas.noResponsible,
      ranges: rows,
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
  return [...rules, ...decisionRules(input, rows[0].row)];
}

/** The Decision cell shows a dispute, an agreement the codes have since left, or a value outside the list. */
function decisionRules(input: PlanInput, top: number): HighlightRule[] {
  const { layout } = input;
  if (layout.agreement !== true) return [];
  const formulas = decisionFormulas(layout, top);
  const cells = preparedRanges(input, decisionColumn(layout), 1);
  return [
    {
      name: "DECISION_DISPUTED",
      formula: formulas.disputed,
      ranges: cells,
      background: HIGHLIGHT.disputed,
    },
    {
      name: "CHANGED_SINCE_AGREED",
      formula: formulas.changedSinceAgreed,
      ranges: cells,
      background: HIGHLIGHT.changedSinceAgreed,
    },
    {
      name: "UNKNOWN_DECISION",
      formula: formulas.unknownDecision,
      ranges: cells,
      background: HIGHLIGHT.invalid,
      bold: true,
    },
  ];
}
