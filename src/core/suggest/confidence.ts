/**
 * How sure a suggestion is, 0..1, from what a reader can check in its reasons: how many separate clues of the
 * name point to the owner, and whether any clue points to another role.
 *
 * Bands (docs/suggestions.md has the measured share right in each):
 * - 0.9 to 1: two or more clues for the owner and none for another role;
 * - 0.8 to 0.9: two or more clues for the owner that clearly outweigh another role's (deliverables weigh most);
 * - 0.8: one clue and nothing against it, when the clue is a charter's own word, a business term or
 *   abbreviation of the glossary, or a deliverable: words that say exactly what they say;
 * - 0.5 to 0.8: one clue reached through WordNet (a synonym, a kind: another sense may be meant) or through a
 *   typo, with nothing against it (likely, worth a look); 0.6 for an outcome target and no word of its own;
 * - under 0.5, "check this one": the clues are split between roles, or weak.
 *
 * "Another role" is one of the other side: the decider and the executive support are one side (match.ts).
 */
import type { Clue, RoleMatch } from "./match";

/** The separate clues of the name (not its area, not generic words) that reached a role. */
function nameClues(match: RoleMatch | undefined): Clue[] {
  if (match === undefined) return [];
  const found = new Map<string, Clue>();
  match.lines.forEach((clues) => {
    for (const clue of clues)
      if (!clue.fromArea && !clue.generic && clue.sense !== "target" && !found.has(clue.text))
        found.set(clue.text, clue);
  });
  return [...found.values()];
}

/** A clue that says exactly what it says: not a WordNet relation another sense of the word may hide behind. */
function exact(clue: Clue): boolean {
  if (clue.readAs !== undefined) return false;
  if (typeof clue.sense === "string" || clue.deliverable) return true;
  return clue.sense.source === "glossary" || clue.sense.term === clue.sense.concept;
}

const round = (x: number) => Math.round(100 * x) / 100;

/** 0 when there is no owner; else as the bands above say. */
export function confidenceOf(matches: readonly RoleMatch[]): number {
  if (matches.length === 0) return 0;
  const [best] = matches;
  // The decider and the executive support are one side (rows.ts gives the support the decider's work).
  const rival = matches.find((m) => m !== best && !(best.executive && m.executive));
  const own = nameClues(best);
  // An outcome target alone: operations, as the article reads it, but no word says what the work is.
  if (own.length === 0) return 0.6;
  const clues = own.length;
  const against = nameClues(rival).length;
  if (against === 0) return clues >= 2 ? round(Math.min(1, 0.85 + 0.05 * clues)) : exact(own[0]) ? 0.8 : 0.7;
  // Clues on both sides: how far the owner's side outweighs the other role's.
  const ours = best.standing ?? best.score;
  const margin = (ours - (rival?.standing ?? 0)) / ours;
  return round(Math.max(0.05, clues >= 2 ? 0.4 + 0.55 * margin : 0.3 + 0.45 * margin));
}
