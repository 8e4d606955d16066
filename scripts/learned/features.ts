/**
 * The features the learned scorer reads for one initiative (docs/suggestions.md, "The fifth round"): what the
 * engine already computes — the stems of the name's words, the charter lines its words reached per role, the
 * deliverable and target clues — so that the model corrects the engine where its concepts weigh wrong, not
 * where it found nothing (the "no clue in the text" gate stays the engine's).
 */
import { rankRoles, type CompiledCharters } from "../../src/core/suggest/match";
import { words } from "../../src/core/suggest/words";

/**
 * Feature names present in the initiative, each counting 1: the stems of its name's words ("w:"), each
 * charter line its words reached ("l:role:line"), which side of the pair a deliverable or forum word reached
 * ("d:"), and whether it names an outcome target.
 */
export function featuresOf(
  compiled: CompiledCharters,
  pair: readonly [number, number],
  name: string,
  area: string,
): string[] {
  const names = new Set<string>();
  for (const word of words(name)) names.add(`w:${word.stem}`);
  for (const match of rankRoles(compiled, name, area)) {
    const side = match.role === pair[0] ? "first" : match.role === pair[1] ? "second" : "other";
    match.lines.forEach((clues, line) => {
      names.add(`l:${match.role}:${line}`);
      for (const clue of clues) {
        if (clue.deliverable) names.add(`d:${side}`);
        if (clue.sense === "target") names.add("target");
      }
    });
  }
  return [...names];
}
