/**
 * The New matrix panel's codes, one entry per initiative: every role's code readable at 300 px, why a
 * suggested row has them, and under "Change codes" one dropdown per role, so any code (from the template,
 * suggested, or set by hand) can be changed before Generate. User text goes in as text nodes only.
 */
import { codesOf } from "../../src/core/codes";
import type { CanonicalCode } from "../../src/core/types";
import { el, fill, keepFocus } from "../dom";
import { rowCodes, rowKey, type BuiltSpec, type Draft } from "../specDraft";
import { codeChips, suggestionNote } from "./suggestedCodes";

/** Rows shown; more would make a long sidebar, and the sheet is the place to edit them. */
const SHOWN = 40;

export function renderCodeRows(
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
  // Redrawn on every change: a row's "Change codes" stays open, and focus stays on its dropdown.
  const open = new Set(
    Array.from(into.querySelectorAll<HTMLElement>("details[open]"), (details) => details.dataset.row),
  );
  const items = rows.map(({ name }, i) => {
    const codes = new Map(rowCodes(draft, name));
    const key = rowKey(name);
    const suggestion = draft.codes.has(key) ? undefined : draft.suggestions.get(key);
    const selects = roles.map((role) => {
      const select = el(
        "select",
        {
          id: `code-${i}-${role.id}`,
          attrs: { "aria-label": `${role.name.trim()} on ${name}`, "data-focus": `code-${key}-${role.id}` },
          on: { change: () => onChange(name, role.id, select.value as CanonicalCode | "") },
        },
        el("option", { attrs: { value: "" } }, "–"),
        ...codesOf(draft.kind).map((code) => el("option", { attrs: { value: code } }, code)),
      );
      select.value = codes.get(role.id) ?? "";
      return el(
        "div",
        { class: "code-edit-row" },
        el("label", { attrs: { for: select.id } }, role.name.trim()),
        select,
      );
    });
    return el(
      "li",
      { class: "code-row" },
      el("p", { class: "code-row-name" }, name),
      codeChips(
        roles.map((role) => ({ role: role.name.trim(), code: codes.get(role.id) ?? "" })),
        `Codes of ${name}`,
      ),
      suggestion
        ? suggestionNote(suggestion)
        : draft.codes.has(key)
          ? el("p", { class: "why muted" }, "Codes set by hand.")
          : null,
      el(
        "details",
        { class: "code-edit", attrs: { "data-row": key, open: open.has(key) } },
        el("summary", {}, "Change codes"),
        ...selects,
      ),
    );
  });
  const hidden = built.parsed.initiatives.length - rows.length;
  keepFocus(into, () =>
    fill(
      into,
      el("ul", { class: "code-rows", attrs: { "aria-label": "Codes per initiative" } }, ...items),
      hidden > 0 ? el("p", { class: "muted" }, `…and ${hidden} more: set their codes in the sheet.`) : null,
    ),
  );
}
