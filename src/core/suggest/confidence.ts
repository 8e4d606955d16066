/**
 * How sure a suggestion is, 0..1. Bands (docs/suggestions.md): 0.8 or more, the evidence is clear and points
 * one way (measured right at least 97% of the time on the held-out labels); 0.5 to 0.8, likely but worth a
 * look; under 0.5, "check this one": little evidence, or evidence for the other role of the pair too.
 */
import type { RoleMatch } from "./match";

export function confidenceOf(matches: readonly RoleMatch[]): number {
  if (matches.length === 0) return 0;
  const best = matches[0].score;
  const next = matches.length > 1 ? matches[1].score : 0;
  const strength = Math.min(1, best / 2);
  const margin = (best - next) / best;
  return Math.max(0.05, Math.round(100 * (0.2 + 0.8 * strength * (0.4 + 0.6 * margin))) / 100);
}
