/**
 * Check's offer to convert codes left as shorthand ("ra", "Accountable"): Apps Script drops onEdit runs
 * beyond two queued (https://developers.google.com/apps-script/guides/triggers), so some typed aliases are
 * never rewritten. They read correctly; one button writes them in the standard form, and Undo puts them back.
 */
import { codeList, KINDS } from "../../src/core/kinds";
import type { MatrixKind, ShorthandSummary } from "../../src/core/types";
import { button, el, uid } from "../dom";

/** "3 codes typed as shorthand (ra, Accountable)": the examples are the user's text, shown as text only. */
export function shorthandLine(summary: ShorthandSummary): string {
  const codes = summary.count === 1 ? "1 code" : `${summary.count} codes`;
  return `${codes} typed as shorthand (${summary.examples.join(", ")})`;
}

/**
 * The offer, with Convert when the sheet is the add-on's to write (`convert` is null for a table it did not
 * make: the line still says so, and how the codes read).
 */
export function shorthandBox(
  summary: ShorthandSummary,
  kind: MatrixKind,
  convert: (() => void) | null,
): HTMLElement {
  const text = el(
    "p",
    { id: uid("shorthand") },
    `${shorthandLine(summary)}. They read correctly; ` +
      (convert
        ? `Convert writes them as ${codeList(KINDS[kind])}.`
        : "the add-on did not make this table, so it leaves them as typed."),
  );
  const n = summary.count;
  return el(
    "div",
    { class: "fix-box shorthand" },
    text,
    convert
      ? button(`Convert them (${n} ${n === 1 ? "cell" : "cells"})`, () => convert(), {
          attrs: { "aria-describedby": text.id, "data-focus": "convert" },
        })
      : null,
  );
}
