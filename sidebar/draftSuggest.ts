/**
 * Suggested owners in the New matrix draft. Once asked for, suggestions follow the draft: every change (a
 * line, an area, a role, a charter, a company word saved) suggests again for each row without codes of its own,
 * so a row's codes and reasons always answer the text it has now. Codes set by hand stay until Re-suggest.
 * Pure, so it is tested without a browser.
 */
import { glossaryOfSpec, type GlossaryTerm } from "../src/core/glossary";
import { trySuggest } from "../src/core/suggest/index";
import type { CanonicalCode, FieldError } from "../src/core/types";
import { buildSpec, rowKey, type Draft, type RowSuggestion } from "./specDraft";

export type SuggestRun =
  { ok: true; filled: number; noEvidence: number } | { ok: false; errors: FieldError[] };

/**
 * Suggests for every row that has no codes of its own (none set by hand, none from the template), from the
 * draft as it is now. With the draft invalid (a role without a name while it is typed), the suggestions stay
 * as they were and the problems are returned.
 */
export function refreshSuggestions(draft: Draft, terms: readonly GlossaryTerm[] = []): SuggestRun {
  const built = buildSpec(draft, false);
  const result = trySuggest(built.spec, glossaryOfSpec(terms));
  if (!result.ok) return result;
  const suggestions = new Map<string, RowSuggestion>();
  let filled = 0;
  let noEvidence = 0;
  result.value.initiatives.forEach((s, i) => {
    const key = rowKey(built.parsed.initiatives[i].name);
    if (s.suggested) filled++;
    else if (s.owner === null && built.spec.initiatives?.[i].assignments === undefined) noEvidence++;
    else return; // codes of its own: nothing to suggest
    const codes = new Map<number, CanonicalCode>();
    for (const role of draft.roles) {
      const name = role.name.trim();
      if (Object.prototype.hasOwnProperty.call(s.assignments, name)) codes.set(role.id, s.assignments[name]);
    }
    suggestions.set(key, { owner: s.owner, confidence: s.confidence, reasons: s.reasons, codes });
  });
  draft.suggestions = suggestions;
  return { ok: true, filled, noEvidence };
}

/** "Suggest owners": from now on the draft's rows without codes follow their suggestions. */
export function suggestOwners(draft: Draft, terms: readonly GlossaryTerm[] = []): SuggestRun {
  const run = refreshSuggestions(draft, terms);
  if (run.ok) draft.suggesting = true;
  return run;
}

/**
 * "Re-suggest": codes set by hand go back to the suggestion (or to the template's), and everything is
 * suggested again. Returns the run and how many rows had codes set by hand.
 */
export function resuggest(
  draft: Draft,
  terms: readonly GlossaryTerm[] = [],
): { run: SuggestRun; replaced: number } {
  const kept = draft.codes;
  draft.codes = new Map();
  const run = suggestOwners(draft, terms);
  if (!run.ok) draft.codes = kept;
  return { run, replaced: run.ok ? kept.size : 0 };
}
