/**
 * A row's codes and why, as a suggestion preview shows them in the 300 px sidebar: one chip per role with
 * its code in full (never cut: a chip wraps to the next line instead), the strongest reasons in a short
 * line, and "check this one" on a suggestion the engine is unsure of. Used by New matrix and by Check's
 * Suggest owners for rows.
 */
import { el } from "../dom";
import { isUnsure, reasonLine } from "../reasons";

/** The codes of one row, every role in column order ("–" for a role left out). */
export function codeChips(codes: readonly { role: string; code: string }[], label: string): HTMLElement {
  return el(
    "ul",
    { class: "code-chips", attrs: { "aria-label": label } },
    ...codes.map(({ role, code }) =>
      el(
        "li",
        { class: code === "" ? "code-chip-item none" : "code-chip-item" },
        el("span", { class: "chip-role", attrs: { title: role } }, role),
        " ",
        el("span", { class: "code" }, code === "" ? "–" : code),
      ),
    ),
  );
}

/** Why the row has these codes, in one short line; a row with no owner says what would give it one. */
export function suggestionNote(suggestion: {
  owner: string | null;
  confidence: number;
  reasons: readonly string[];
}): HTMLElement {
  if (suggestion.owner === null)
    return el(
      "p",
      { class: "why none" },
      "No owner suggested: none of its words points to a role's charter or to a company word.",
    );
  return el(
    "p",
    { class: "why", attrs: { title: suggestion.reasons.join("\n") } },
    isUnsure(suggestion.confidence) ? el("span", { class: "check-this" }, "check this one") : null,
    isUnsure(suggestion.confidence) ? " " : null,
    `${suggestion.owner} (${suggestion.confidence.toFixed(2)}): ${reasonLine(suggestion.reasons, suggestion.owner)}`,
  );
}
