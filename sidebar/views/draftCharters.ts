/**
 * New matrix › each role's charter, editable before the matrix exists: it starts as the built-in one (or
 * empty for a title the add-on does not know), and what is typed here replaces it for the suggestions now
 * and is saved with the matrix on Generate. "Use the built-in charter" goes back.
 */
import { ErrorList } from "../../src/core/fieldErrors";
import { readCharterLines } from "../../src/core/suggest/charterInput";
import { builtInCharter } from "../../src/core/suggest/charters";
import { button, el, fill, focusIfHere, keepFocus } from "../dom";
import { errorSlot } from "../form";
import type { Draft, RoleDraft } from "../specDraft";
import { charterMessages } from "./charters";

/** The lines a role's charter has in the draft: its own, else the built-in one. */
export function draftCharter(draft: Draft, role: RoleDraft): readonly string[] {
  return draft.charters.get(role.id) ?? builtInCharter(role.name)?.lines ?? [];
}

/**
 * Draws the charters of the draft's named roles; `changed` applies an edit and refreshes the rest of the panel.
 * Called when the roles change, not on each key typed in a charter.
 */
export function renderDraftCharters(
  into: HTMLElement,
  draft: Draft,
  changed: (edit: () => void) => void,
): void {
  const roles = draft.roles.filter((r) => r.name.trim() !== "");
  keepFocus(into, () => fill(into, ...roles.map((role) => editor(role))));

  function editor(role: RoleDraft): HTMLElement {
    const name = role.name.trim();
    const id = `draft-charter-${role.id}`;
    const builtIn = builtInCharter(name);
    const box = el("textarea", {
      id,
      class: "charter-lines",
      value: draftCharter(draft, role).join("\n"),
      attrs: { rows: 4, "data-focus": `charter-${role.id}` },
    });
    const errors = errorSlot(box);
    const source = el("p", { class: "hint" });
    const reset = button(
      "Use the built-in charter",
      () => {
        changed(() => draft.charters.delete(role.id));
        box.value = draftCharter(draft, role).join("\n");
        errors.show([]);
        shown();
        focusIfHere(box);
      },
      { class: "link-button", attrs: { "data-focus": `builtin-${role.id}` } },
    );
    /** Said in place as the box is typed in: the box itself is never redrawn under the caret. */
    const shown = (): void => {
      const own = draft.charters.has(role.id);
      fill(
        source,
        own
          ? "This matrix's own charter."
          : builtIn
            ? "The built-in charter."
            : "No charter yet: nothing is suggested for this role.",
      );
      reset.hidden = !own || builtIn === undefined;
    };
    box.addEventListener("input", () => {
      const problems = new ErrorList("lines");
      const lines = readCharterLines(box.value.split("\n"), "lines", problems);
      errors.show(charterMessages(problems.toArray()));
      if (lines !== undefined) changed(() => draft.charters.set(role.id, lines));
      shown();
    });
    shown();
    return el(
      "div",
      { class: "draft-charter" },
      el("label", { attrs: { for: id } }, `Charter of ${name}, one line per responsibility`),
      source,
      box,
      errors.node,
      reset,
    );
  }
}
