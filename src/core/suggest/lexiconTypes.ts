/** The shape of the generated lexicon table (lexiconTable.ts, made by scripts/lexicon.ts). */

/** How a word was reached from its concept: what a reason says about it. */
export type Relation = "synonym" | "kind" | "form" | "abbreviation" | "term";

/**
 * One group of words that reach one charter line the same way: [line ("COO/3": the built-in charter's title
 * and line index), concept (the word reasons name), source (a WordNet synset id, or "glossary"), relation,
 * words joined by "|" (a phrase's words by spaces), 1 when the words say what kind of deliverable or forum
 * the work is, else 0].
 */
export type LexiconGroup = readonly [string, string, string, Relation, string, 0 | 1];
