/** Rewriting code cells in canonical form without changing anything else in them. */
import { canonicalText, parseCode } from "../core/codes";
import { literal } from "../core/plan/grid";
import type { CellValue } from "../core/types";

/** True for a valid code not written in its canonical form ("ra", " a ", "Responsible"). */
export function needsCanonical(value: CellValue): boolean {
  const parsed = parseCode(value);
  return parsed.kind === "code" && value !== parsed.code;
}

/**
 * What to write back into a code cell, given what getValues and getFormulas returned for it: the canonical
 * code for an alias; the formula for a formula; otherwise the same value (text kept literal).
 */
export function rewrittenCell(value: CellValue, formula: string): CellValue {
  if (formula !== "") return formula;
  if (needsCanonical(value)) return canonicalText(value);
  return typeof value === "string" ? literal(value) : (value ?? "");
}

/** Rewrites the canonical forms in one read of formulas and one write, and only when something changes. */
export function canonicaliseRange(range: GoogleAppsScript.Spreadsheet.Range, values: CellValue[][]): boolean {
  if (!values.some((cells) => cells.some(needsCanonical))) return false;
  const formulas = range.getFormulas();
  range.setValues(values.map((cells, r) => cells.map((value, c) => rewrittenCell(value, formulas[r][c]))));
  return true;
}
