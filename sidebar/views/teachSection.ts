/**
 * New matrix › "Charters and the company's words", folded until wanted: each role's charter (draftCharters.ts)
 * and the spreadsheet's glossary (glossaryEditor.ts), both before anything is generated. The suggestions read
 * the charters from the draft and the words as last saved.
 */
import type { GlossaryTerm } from "../../src/core/glossary";
import type { Context } from "../context";
import { el } from "../dom";
import type { Draft } from "../specDraft";
import { draftCharter, renderDraftCharters } from "./draftCharters";
import { glossaryEditor } from "./glossaryEditor";

export interface TeachSection {
  readonly root: HTMLElement;
  /** Follows the draft's roles (the charters are redrawn only when the roles change, not on each key). */
  render(draft: Draft): void;
  /** Reads the saved words again. */
  load(): void;
}

export function teachSection(
  ctx: Context,
  changed: (edit?: () => void) => void,
  saved: (terms: readonly GlossaryTerm[]) => void,
): TeachSection {
  const charters = el("div", { class: "draft-charters" });
  const glossary = glossaryEditor(ctx, saved);
  /** The roles as the charters were last drawn for. */
  let drawn = "";
  const root = el(
    "details",
    { class: "teach" },
    el("summary", {}, "Charters and the company's words"),
    el(
      "p",
      { class: "hint" },
      "What each role is there to do, and the words your company uses: Suggest owners reads both. The charters are saved with the new matrix; the words, for the whole spreadsheet.",
    ),
    charters,
    glossary.root,
  );
  return {
    root,
    render(draft) {
      const named = draft.roles.filter((r) => r.name.trim() !== "");
      const roles = JSON.stringify(named.map((r) => [r.id, r.name.trim()]));
      if (roles !== drawn) {
        drawn = roles;
        renderDraftCharters(charters, draft, changed);
      }
      glossary.setRoles(named.map((r) => ({ role: r.name.trim(), lines: draftCharter(draft, r) })));
    },
    load: () => void glossary.load(),
  };
}
