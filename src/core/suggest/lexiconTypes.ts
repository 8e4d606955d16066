/**
 * The shape of the generated lexicon table (lexiconTable.ts, made by scripts/lexicon.ts): entries as the
 * generator and the engine read them, and the compact form they are stored in, to keep the bundle small.
 */

/** How a word was reached from its concept: what a reason says about it. */
export type Relation = "synonym" | "kind" | "form" | "abbreviation" | "term";

/** One group of words that reach one built-in charter line the same way. */
export interface LexiconEntry {
  /** The built-in line: its charter's title and the line's index ("COO/3"). */
  line: string;
  /** The word reasons name ("facility"), or for the glossary what the term stands for. */
  concept: string;
  /** A WordNet 3.1 synset id ("03319968-n"), or "glossary". */
  source: string;
  relation: Relation;
  /** The words, joined by "|" (a phrase's words by spaces; "=" before an abbreviation read only in capitals). */
  words: string;
  /** The words say what kind of deliverable or forum the work is. */
  deliverable: boolean;
}

const RELATIONS = { s: "synonym", k: "kind", f: "form", a: "abbreviation", t: "term" } as const;
type RelationCode = keyof typeof RELATIONS;
const CODE_OF = Object.fromEntries(Object.entries(RELATIONS).map(([code, name]) => [name, code])) as Record<
  Relation,
  RelationCode
>;

/** An entry as stored: [index into the table's lines, concept, source ("" for the glossary), relation, words, deliverable]. */
export type LexiconGroup = readonly [number, string, string, RelationCode, string, 0 | 1];

export function encodeEntries(entries: readonly LexiconEntry[]): { lines: string[]; groups: LexiconGroup[] } {
  const lines = [...new Set(entries.map((e) => e.line))];
  const groups = entries.map((e): LexiconGroup => [
    lines.indexOf(e.line),
    e.concept,
    e.source === "glossary" ? "" : e.source,
    CODE_OF[e.relation],
    e.words,
    e.deliverable ? 1 : 0,
  ]);
  return { lines, groups };
}

export function decodeGroup(group: LexiconGroup, lines: readonly string[]): LexiconEntry {
  const [line, concept, source, relation, words, deliverable] = group;
  return {
    line: lines[line],
    concept,
    source: source === "" ? "glossary" : source,
    relation: RELATIONS[relation],
    words,
    deliverable: deliverable === 1,
  };
}
