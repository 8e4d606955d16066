/**
 * Check › Suggest owners for rows: on a matrix that exists, what each row without codes (or each row of the
 * selection) would get and why, read from the server (suggestForRows), then written on request into the
 * empty code cells only (fillSuggestedRows), logged and undoable like a fix.
 */
import type { FixRowTarget, SuggestedRows } from "../../src/core/api";
import type { Context } from "../context";
import { button, el, fill, focusIfHere } from "../dom";
import type { CheckActions } from "./checkActions";
import { codeChips, suggestionNote } from "./suggestedCodes";

export interface SuggestRowsBox {
  readonly root: HTMLElement;
  /** The matrix the panel shows; a preview of another sheet's rows is put away. */
  show(sheetName: string): void;
}

export function suggestRowsBox(ctx: Context, actions: CheckActions): SuggestRowsBox {
  let sheetName = "";
  const result = el("div", { class: "suggest-rows-result", attrs: { "aria-live": "polite" } });
  const root = el(
    "section",
    { class: "suggest-rows", attrs: { "aria-labelledby": "suggest-rows-heading" } },
    el("h3", { id: "suggest-rows-heading" }, "Suggest owners for rows"),
    el(
      "p",
      { class: "hint" },
      "For rows with no codes yet: the codes each role's charter and the company's words point to. Nothing is written until you choose to; Undo puts it back.",
    ),
    el(
      "div",
      { class: "actions" },
      button("Rows without codes", () => void preview(undefined), {
        attrs: { "data-focus": "suggest-empty" },
      }),
      button("Selected rows", () => void preview("selection"), {
        attrs: { "data-focus": "suggest-selected" },
      }),
    ),
    result,
  );

  async function preview(rows: "selection" | undefined): Promise<void> {
    let found: SuggestedRows;
    try {
      found = await ctx.server.suggestForRows(sheetName, rows);
    } catch {
      return; // the alert region says why
    }
    const targets: FixRowTarget[] = found.rows.map(({ row, initiative }) => ({ row, initiative }));
    const codes = found.rows.reduce((n, r) => n + r.codes.length, 0);
    const write = button(
      `Write these codes (${codes})`,
      () => void actions.fillSuggested(sheetName, targets).then(() => fill(result)),
      { class: "primary", attrs: { "data-focus": "suggest-write" } },
    );
    fill(
      result,
      found.rows.length === 0
        ? el(
            "p",
            {},
            rows === "selection"
              ? "No selected row can be given owners."
              : "No row without codes can be given owners.",
          )
        : el(
            "ul",
            { class: "suggested-rows", attrs: { "aria-label": "Suggested rows" } },
            ...found.rows.map((r) =>
              el(
                "li",
                { class: "code-row" },
                el("p", { class: "code-row-name" }, `Row ${r.row}: ${r.initiative}`),
                codeChips(
                  r.codes.map((c) => ({ role: c.role, code: c.code })),
                  `Codes of ${r.initiative}`,
                ),
                suggestionNote(r),
              ),
            ),
          ),
      found.skipped.length
        ? el(
            "ul",
            { class: "suggest-skipped", attrs: { "aria-label": "Rows left as they are" } },
            ...found.skipped.map((s) =>
              el(
                "li",
                { class: "muted" },
                `Row ${s.row}${s.initiative ? ` (${s.initiative})` : ""}: ${s.reason}`,
              ),
            ),
          )
        : null,
      el(
        "div",
        { class: "actions" },
        found.rows.length ? write : null,
        button("Close", () => fill(result), { attrs: { "data-focus": "suggest-close" } }),
      ),
    );
    focusIfHere(found.rows.length ? write : result.querySelector<HTMLElement>("button"));
  }

  return {
    root,
    show(name) {
      if (name !== sheetName) fill(result);
      sheetName = name;
    },
  };
}
