/**
 * The shape of the generated lexicon table (lexiconTable.ts, made by scripts/lexicon.ts): entries as the
 * generator and the engine read them, and the compact text they are stored in, to keep the bundle small.
 *
 * The table is one line per concept: the charter line it reaches (one character, an index into the table's
 * lines), "*" when it says what kind of deliverable or forum the work is, the concept's word (left out when it
 * is the first synonym), then one field per relation: its letter and its words, comma-separated. A glossary
 * line is the same with the term's meaning as its concept: "0third-party logistics|a3PL". Where each concept
 * comes from (its WordNet synset) is kept beside the table, in lexiconSources.ts, which only the tests and the
 * generator read: the add-on needs the words and what a reason says about them, not the synset ids.
 */

/** How a word was reached from its concept: what a reason says about it. */
export type Relation = "synonym" | "kind" | "part" | "form" | "abbreviation" | "term";

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

const RELATIONS = { s: "synonym", k: "kind", p: "part", f: "form", a: "abbreviation", t: "term" } as const;
type RelationCode = keyof typeof RELATIONS;
const CODE_OF = Object.fromEntries(Object.entries(RELATIONS).map(([code, name]) => [name, code])) as Record<
  Relation,
  RelationCode
>;

/** The table's lines (built-in charter lines) are numbered in base 36: one character each. */
const RADIX = 36;

/** The entries as stored: the charter lines they reach, the table's text, and each concept's source. */
export interface EncodedLexicon {
  lines: string[];
  table: string;
  /** One per line of the table: the WordNet synset id, or "" for the glossary. */
  sources: string[];
}

export function encodeEntries(entries: readonly LexiconEntry[]): EncodedLexicon {
  const lines = [...new Set(entries.map((e) => e.line))];
  if (lines.length > RADIX) throw new Error(`The table holds at most ${RADIX} charter lines`);
  // The relations of one concept (same line, concept, source) share one line of the table, in their order.
  const groups = new Map<string, LexiconEntry[]>();
  for (const entry of entries) {
    const key = [entry.line, entry.concept, entry.source, entry.deliverable].join("\u0000");
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const rows: string[] = [];
  const sources: string[] = [];
  for (const group of groups.values()) {
    const [first] = group;
    const fields = group.map((e) => CODE_OF[e.relation] + e.words.split("|").join(","));
    const named = first.relation === "synonym" && first.words.split("|")[0] === first.concept;
    const head = lines.indexOf(first.line).toString(RADIX) + (first.deliverable ? "*" : "");
    rows.push([head + (named ? "" : first.concept), ...fields].join("|"));
    sources.push(first.source === "glossary" ? "" : first.source);
  }
  return { lines, table: rows.join("\n"), sources };
}

/** The entries of the table, in order (their source "glossary" or "wordnet": the synset ids are beside it). */
export function decodeTable(table: string, lines: readonly string[]): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const row of table.split("\n")) {
    const [head, ...fields] = row.split("|");
    const deliverable = head[1] === "*";
    const concept = head.slice(deliverable ? 2 : 1) || fields[0].slice(1).split(",")[0];
    const glossary = fields.every((f) => f[0] === "a" || f[0] === "t");
    for (const field of fields)
      out.push({
        line: lines[parseInt(head[0], RADIX)],
        concept,
        source: glossary ? "glossary" : "wordnet",
        relation: RELATIONS[field[0] as RelationCode],
        words: field.slice(1).split(",").join("|"),
        deliverable,
      });
  }
  return out;
}
