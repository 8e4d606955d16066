/**
 * Typos read as the words they mean (issue 21), before anything else reads the text, so that a typo inside a
 * term ("buisness continuity", "paryoll cutoff") is read with the term. A word is read as another when it is
 * one edit from a word of the lexicon, the built-in charters or the generic words (typos.ts), and is neither
 * one of those words, nor a real word WordNet lists next to them ("sending" is not "vending"), nor a form of a
 * known word ("planned" is not "planner"). Words in capitals ("SCAR") or with capitals inside ("McKinsey")
 * are abbreviations and names, never typos.
 */
import { lexicon } from "./lexicon";
import { stemOf } from "./words";

export interface Reading {
  /** The text with each typo replaced by the word it was read as. */
  text: string;
  /** A word as read → the word as typed (lower case). */
  typed: ReadonlyMap<string, string>;
}

const NONE: ReadonlyMap<string, string> = new Map();

// Most words recur across 20,000 initiatives (and most unknown ones are names with no reading): once each.
const readings = new Map<string, string | null>();

/** The known word a lower-case word is a typo of, or null. */
function readingOf(typed: string): string | null {
  let reading = readings.get(typed);
  if (reading !== undefined) return reading;
  reading = null;
  const { known, real, falseFriends, typos, knownStems } = lexicon();
  const bare = typed.endsWith("s") ? typed.slice(0, -1) : null;
  const isWord = (word: string | null) =>
    word !== null && (known.has(word) || real.has(word) || falseFriends.has(word));
  if (!isWord(typed) && !isWord(bare)) {
    // A form of a known word ("breaches", "scheduling") is that word, even one edit from another.
    if (!knownStems.has(stemOf(typed))) {
      const plural = bare === null ? undefined : typos.near(bare)[0];
      reading = typos.near(typed)[0] ?? (plural === undefined ? null : `${plural}s`);
    }
  }
  if (readings.size > 50_000) readings.clear();
  readings.set(typed, reading);
  return reading;
}

const WORD = /[A-Za-z]{5,}/g;

/** The text with its typos read; `own` says whether a word is one of the matrix's own charter words. */
export function readTypos(text: string, own: (word: string) => boolean): Reading {
  let typed: Map<string, string> | null = null;
  let read = "";
  let from = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = match[0];
    const lower = word.toLowerCase();
    if (word.slice(1) !== lower.slice(1) || own(lower)) continue;
    const reading = readingOf(lower);
    if (reading === null) continue;
    (typed ??= new Map()).set(reading, lower);
    read += text.slice(from, match.index) + reading;
    from = match.index + word.length;
  }
  return typed === null ? { text, typed: NONE } : { text: read + text.slice(from), typed };
}
