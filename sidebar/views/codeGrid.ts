/**
 * The New matrix panel's codes, one row per initiative and one dropdown per role, so any code (from the
 * template or suggested) can be changed before Generate; a suggested row shows its owner, confidence and
 * reasons. User text goes in as text nodes only (sidebar/dom.ts).
 */
import { CANONICAL_CODES } from "../../src/core/codes";
import type { CanonicalCode } from "../../src/core/types";
import { el, fill } from "../dom";
import { rowCodes, rowKey, type BuiltSpec, type Draft } from "../specDraft";

/** Rows shown with their dropdowns; more would make a long sidebar, and the sheet is the place to edit them. */
const SHOWN = 40;

export function renderCodeGrid(
  into: HTMLElement,
  draft: Draft,
  built: BuiltSpec,
  onChange: (name: string, roleId: number, code: CanonicalCode | "") => void,
): void {
  const rows = built.parsed.initiatives.slice(0, SHOWN);
  const roles = draft.roles.filter((r) => r.name.trim() !== "");
  if (rows.length === 0 || roles.length === 0) {
    fill(into);
    return;
  }
  const body = rows.flatMap(({ name }, i) => {
    const codes = new Map(rowCodes(draft, name));
    const suggestion = draft.suggestions.get(rowKey(name));
    const cells = roles.map((role) => {
      const select = el(
        "select",
        {
          id: `code-${i}-${role.id}`,
          attrs: { "aria-label": `${role.name.trim()} on ${name}` },
          on: { change: () => onChange(name, role.id, select.value as CanonicalCode | "") },
        },
        el("option", { attrs: { value: "" } }, "–"),
        ...CANONICAL_CODES.map((code) => el("option", { attrs: { value: code } }, code)),
      );
      select.value = codes.get(role.id) ?? "";
      return el("td", {}, select);
    });
    const why = suggestion
      ? el(
          "tr",
          { class: "suggestion" },
          el(
            "td",
            { attrs: { colspan: roles.length + 1 } },
            suggestion.owner === null
              ? "No owner suggested: "
              : `Suggested owner: ${suggestion.owner} (confidence ${suggestion.confidence.toFixed(2)}). `,
            suggestion.reasons.join(" · "),
          ),
        )
      : null;
    return [el("tr", {}, el("th", { attrs: { scope: "row" } }, name), ...cells), why].filter(
      (row): row is HTMLTableRowElement => row !== null,
    );
  });
  const hidden = built.parsed.initiatives.length - rows.length;
  fill(
    into,
    el(
      "table",
      { class: "code-grid" },
      el("caption", { class: "sr-only" }, "Codes per initiative and role"),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { attrs: { scope: "col" } }, "Initiative"),
          ...roles.map((role) => el("th", { attrs: { scope: "col" } }, role.name.trim())),
        ),
      ),
      el("tbody", {}, ...body),
    ),
    hidden > 0 ? el("p", { class: "muted" }, `…and ${hidden} more: set their codes in the sheet.`) : null,
  );
}
