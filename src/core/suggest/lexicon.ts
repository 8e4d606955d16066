/**
 * The lexicon at run time: the generated table (lexiconTable.ts) made ready for lookups once per execution,
 * and only when a suggestion is asked for. A single word is found by its stem, a phrase ("supply chain",
 * "talking point") by its words' stems in order, and an abbreviation ("3PL", "S&OP") or a term with a little
 * word in it ("all-hands", "order of business") in the text as written.
 */
import {
  FALSE_FRIEND_FORMS,
  FALSE_FRIENDS,
  LEXICON_LINES,
  LEXICON_PACKED,
  REAL_NEIGHBOURS,
} from "./lexiconTable";
import { decodeTable, type Relation } from "./lexiconTypes";
import { BUILT_IN_CHARTERS } from "./charters";
import { GENERIC_WORDS } from "./generic";
import { tokens } from "./literals";
import { unpack } from "./packed";
import { TypoIndex, unpackWords, vocabulary } from "./typos";
import { WordSet } from "./wordSet";
import { stemOf, words } from "./words";

/** One way a word reaches a built-in charter line. */
export interface Sense {
  /** The built-in line, "COO/3": its charter's title and the line's index. */
  line: string;
  /** The word as the table writes it ("warehouse", "3PL", "supply chain"). */
  term: string;
  concept: string;
  /** "wordnet" or "glossary" (lexiconSources.ts has each concept's synset). */
  source: string;
  relation: Relation;
  deliverable: boolean;
}

export interface Phrase {
  stems: readonly string[];
  senses: Sense[];
}

export interface Lexicon {
  /** stem → the senses of the single words with that stem. */
  words: ReadonlyMap<string, readonly Sense[]>;
  /** first stem → the phrases starting with it, longest first. */
  phrases: ReadonlyMap<string, readonly Phrase[]>;
  /**
   * Terms matched in the text as written, by their tokens joined with spaces (literals.ts): abbreviations in
   * their case ("SCAR", "IT"), other terms in lower case ("sla", "all hands", "spans and layers").
   */
  literals: ReadonlyMap<string, readonly Sense[]>;
  /** The first token of every literal key. */
  literalStarts: ReadonlySet<string>;
  /** The most tokens a literal has. */
  longestLiteral: number;
  /** Finds the known words one edit from a typo. */
  typos: TypoIndex;
  /** The words a typo can be read into: every word of the lexicon, the built-in charters and GENERIC_WORDS. */
  known: ReadonlySet<string>;
  /** The stems of the known words. */
  knownStems: ReadonlySet<string>;
  /** Real words that are not typos even though they are one edit from a known word. */
  real: { has(word: string): boolean };
  /** Words whose stem is a known word's but which are other words ("boarding" is not "board"). */
  falseFriends: { has(word: string): boolean };
  /** The text of each built-in line key. */
  lineText: ReadonlyMap<string, string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(): Lexicon {
  const single = new Map<string, Sense[]>();
  const phraseMap = new Map<string, Phrase>();
  const literals = new Map<string, Sense[]>();
  const entries = decodeTable(unpack(LEXICON_PACKED), LEXICON_LINES);
  for (const { line, concept, source, relation, words: list, deliverable } of entries) {
    for (const written of list.split("|")) {
      const exact = written.startsWith("=");
      const term = exact ? written.slice(1) : written;
      const sense: Sense = { line, term, concept, source, relation, deliverable };
      const stems = words(term).map((w) => w.stem);
      if (relation === "abbreviation") {
        // Written as given, or in capitals; in any case too unless that is an English word ("scar", "it").
        for (const form of exact ? new Set([term, term.toUpperCase()]) : [term.toLowerCase()])
          push(literals, tokens(form).join(" "), sense);
        continue;
      }
      if (stems.length !== term.split(/[\s-]+/).length) {
        // "all-hands" would be read as "hands" once the little word is dropped: match it as written.
        push(literals, tokens(term.toLowerCase()).join(" "), sense);
        continue;
      }
      if (stems.length === 0) continue;
      if (stems.length === 1) {
        push(single, stems[0], sense);
        continue;
      }
      const key = stems.join(" ");
      const phrase = phraseMap.get(key);
      if (phrase) phrase.senses.push(sense);
      else phraseMap.set(key, { stems, senses: [sense] });
    }
  }
  const phrases = new Map<string, Phrase[]>();
  for (const phrase of phraseMap.values()) push(phrases, phrase.stems[0], phrase);
  for (const list of phrases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  const lineText = new Map<string, string>();
  for (const charter of BUILT_IN_CHARTERS)
    charter.lines.forEach((text, i) => lineText.set(`${charter.title}/${i}`, text));
  // scripts/lexicon.ts lists the real words next to exactly this set.
  const known = vocabulary([
    ...entries.flatMap((e) => e.words.split("|")),
    ...BUILT_IN_CHARTERS.flatMap((c) => c.lines),
    ...GENERIC_WORDS,
  ]);
  return {
    words: single,
    phrases,
    literals,
    literalStarts: new Set([...literals.keys()].map((key) => key.split(" ")[0])),
    longestLiteral: Math.max(1, ...[...literals.keys()].map((key) => key.split(" ").length)),
    typos: new TypoIndex(known),
    known,
    knownStems: new Set([...known].map(stemOf)),
    real: WordSet.decode(REAL_NEIGHBOURS),
    falseFriends: falseFriendSet(),
    lineText,
  };
}

/** The false friends' compact set, less the forms of known words it holds by mistake. */
function falseFriendSet(): { has(word: string): boolean } {
  const set = WordSet.decode(FALSE_FRIENDS);
  const forms = new Set(unpackWords(FALSE_FRIEND_FORMS));
  return { has: (word) => set.has(word) && !forms.has(word) };
}

let built: Lexicon | null = null;

/** The lexicon, built on first use. */
export function lexicon(): Lexicon {
  return (built ??= build());
}
