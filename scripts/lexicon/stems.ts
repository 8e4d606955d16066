/**
 * Words the stemmer would read as a lexicon word although they are other words: "boarding" has the stem of
 * "board", but the lexicon's board is a committee, and a patient boarding in an emergency department is not
 * one; "community" has the stem of "communication". The engine compares stems (words.ts), which rightly makes
 * "offices" an office and "automated" a form of "automate"; this lists the WordNet lemmas it would misread,
 * so they are read as themselves. A lemma is listed when its stem is the stem of a word read by stems (a
 * single word of the table, or of the built-in charters), it is not itself one of the known words, and it is
 * not an inflection of such a word in the part of speech that word was reached in: "boarding" inflects the
 * verb "board", and the lexicon's "board" is a noun. Charter words, whose sense nobody chose, take any
 * inflection.
 */
import { americanSpelling, stemOf } from "../../src/core/suggest/words";
import type { Pos, WordNet } from "./wordnet";

/** The regular inflections of a word in a part of speech ("any" for all of them). */
export function inflections(word: string, pos: Pos | "any"): string[] {
  const out = [word];
  const base = word.replace(/e$/, "");
  const doubled = /[^aeiou][aeiou][bdgklmnprt]$/.test(word) ? word + word.slice(-1) : word;
  const y = /[^aeiou]y$/.test(word) ? word.slice(0, -1) : null;
  if (pos === "n" || pos === "v" || pos === "any") out.push(`${word}s`, `${word}es`);
  if (y !== null && pos !== "a" && pos !== "r") out.push(`${y}ies`);
  if (pos === "v" || pos === "any") {
    out.push(`${word}ed`, `${word}d`, `${word}ing`, `${base}ing`, `${doubled}ed`, `${doubled}ing`);
    if (y !== null) out.push(`${y}ied`);
  }
  if (pos === "a" || pos === "any") out.push(`${word}ly`, `${base}ly`, `${word}er`, `${word}est`);
  return out;
}

/**
 * The lemmas read as themselves. `stemmed` are the words read by stems; `partsOfSpeech` the parts of speech
 * of the table's words in the senses the lexicon reached (a word missing from it is a charter's: any).
 */
export function falseFriends(
  wn: WordNet,
  stemmed: readonly string[],
  partsOfSpeech: ReadonlyMap<string, ReadonlySet<Pos>>,
): string[] {
  const known = new Set(stemmed.map(americanSpelling));
  // stem → the words read by that stem, and their inflections
  const forms = new Map<string, { words: Set<string>; inflected: Set<string> }>();
  for (const word of stemmed) {
    const stem = stemOf(word);
    const entry = forms.get(stem) ?? { words: new Set<string>(), inflected: new Set<string>() };
    forms.set(stem, entry.words.add(americanSpelling(word)) && entry);
    for (const pos of partsOfSpeech.get(word) ?? ["any" as const])
      for (const form of inflections(word, pos)) entry.inflected.add(americanSpelling(form));
  }
  const found = new Set<string>();
  for (const lemma of wn.lemmas()) {
    if (!/^[a-z]+$/.test(lemma)) continue;
    const american = americanSpelling(lemma);
    const same = forms.get(stemOf(lemma));
    if (same === undefined || known.has(american) || same.inflected.has(american)) continue;
    // "tool" and "spend" are what the charter's "tools" and the lexicon's "spending" inflect.
    if (inflections(american, "any").some((form) => same.words.has(form))) continue;
    found.add(lemma);
  }
  return [...found].sort();
}
