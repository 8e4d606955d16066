/**
 * Scoring an initiative against the charters of a matrix's roles (domain.md "Suggestions"). A word is evidence
 * for a role when it is one of the words of the role's charter lines, when the lexicon reaches one of those
 * lines from it (a synonym, a kind, a derived form, a business abbreviation: lexicon.ts), or when the
 * company's glossary gives it to the role. What the name says counts fully, the area half (a hint only).
 * A word several roles share is split between them, in proportion to how many of each one's lines hold it.
 * Words that say what kind of deliverable or forum the work is weigh more than its subject; generic words
 * only support other evidence; an outcome target strengthens the operations owner's evidence.
 */
import { builtInCharter, type RolePart } from "./charters";
import type { CompanyGlossary } from "./companyGlossary";
import { GENERIC_WORDS } from "./generic";
import { lexicon, type Sense } from "./lexicon";
import { findLiterals } from "./literals";
import { normalizeName } from "../names";
import { outcomeTarget } from "./targets";
import { stemOf, words, type Word } from "./words";

export type CharterSource = "matrix" | "built-in" | "none";

export interface RoleCharter {
  role: string;
  lines: readonly string[];
  part: RolePart;
  source: CharterSource;
}

/** Where one stem sits in the charters: a role's line (-1: the role as a whole, from the glossary). */
interface Place {
  role: number;
  line: number;
  /** How the word got there: the charter's own word, the company glossary, or a lexicon sense. */
  sense: Sense | "charter" | "glossary";
}

interface PhraseEntry {
  stems: readonly string[];
  places: readonly Place[];
}

/** The charters of one matrix, compiled once and used for every initiative. */
export interface CompiledCharters {
  charters: readonly RoleCharter[];
  /** stem → the charter lines whose own words hold it, and the company glossary's single words. */
  postings: ReadonlyMap<string, readonly Place[]>;
  /** The company glossary's phrases, by their first stem. */
  phrases: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** A built-in line key ("COO/3") → the role lines holding that text, where the lexicon's senses land. */
  builtInLines: ReadonlyMap<string, readonly { role: number; line: number }[]>;
  /** stem → what the word reaches, worked out once per matrix (20,000 initiatives share a few hundred words). */
  reachCache: Map<string, readonly Reach[]>;
}

/** What one word (or phrase) reaches in one role: its share of the word, and the line it reaches best. */
interface Reach {
  role: number;
  /** The share of the word's weight: how many of the role's lines it reaches, of all roles' lines it reaches. */
  share: number;
  line: number;
  sense: Place["sense"];
  /** The word says what kind of deliverable or forum the work is (a lexicon sense marked so). */
  deliverable: boolean;
}

/** One piece of evidence: words of the initiative and the charter line they reach. */
export interface Clue {
  /** The words as typed. */
  text: string;
  line: number;
  weight: number;
  sense: Sense | "charter" | "glossary" | "target";
  /** The known word a typo was read as. */
  readAs?: string;
  fromArea: boolean;
  generic: boolean;
  deliverable: boolean;
}

/** One role's match: its score and, per charter line, the clues that reached it. */
export interface RoleMatch {
  role: number;
  score: number;
  lines: Map<number, Clue[]>;
  /** Evidence from the name that is not a generic word: without it, no owner. */
  strong?: boolean;
}

const AREA_WEIGHT = 0.5;
/** Words saying what kind of work product or forum it is decide between the pair (issue 21). */
export const DELIVERABLE_WEIGHT = 3;
/** A generic word supports other evidence; never names an owner alone. */
const GENERIC_WEIGHT = 0.25;
/** A word read through a typo is a little less certain than one written right. */
const TYPO_WEIGHT = 0.8;
/** An outcome target multiplies the operations owner's evidence. */
export const TARGET_FACTOR = 2;
/**
 * Less than this is no evidence: one word that many charters share (or an area word alone) says too little
 * to name an owner, and a guess presented as a suggestion is worse than none.
 */
export const MIN_EVIDENCE = 0.5;

const GENERIC = new Set(GENERIC_WORDS);

/**
 * Each role's charter: the matrix's own when it gives one (keyed by normalised role name, see `charterFor`),
 * else the built-in one its title names, else none.
 */
export function resolveCharters(
  roles: readonly string[],
  own: (role: string) => readonly string[] | undefined,
): RoleCharter[] {
  return roles.map((role) => {
    const builtIn = builtInCharter(role);
    const part = builtIn?.part ?? "none";
    const given = own(role);
    if (given !== undefined) return { role, lines: given, part, source: "matrix" };
    if (builtIn) return { role, lines: builtIn.lines, part, source: "built-in" };
    return { role, lines: [], part, source: "none" };
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function compileCharters(
  charters: readonly RoleCharter[],
  glossary: CompanyGlossary = [],
): CompiledCharters {
  const postings = new Map<string, Place[]>();
  const phrases = new Map<string, PhraseEntry[]>();
  const byText = new Map<string, { role: number; line: number }[]>();
  charters.forEach((charter, role) =>
    charter.lines.forEach((text, line) => {
      push(byText, text, { role, line });
      const seen = new Set<string>();
      for (const word of words(text)) {
        if (seen.has(word.stem)) continue;
        seen.add(word.stem);
        push(postings, word.stem, { role, line, sense: "charter" });
      }
    }),
  );
  const roleIndex = new Map(charters.map((c, i) => [normalizeName(c.role), i]));
  for (const entry of glossary) {
    const role = roleIndex.get(normalizeName(entry.role));
    if (role === undefined) continue;
    const place: Place = { role, line: entry.line ?? -1, sense: "glossary" };
    const stems = words(entry.term).map((w) => w.stem);
    if (stems.length === 1) push(postings, stems[0], place);
    else if (stems.length > 1) push(phrases, stems[0], { stems, places: [place] });
  }
  for (const list of phrases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  const builtInLines = new Map<string, { role: number; line: number }[]>();
  lexicon().lineText.forEach((text, key) => {
    const holders = byText.get(text);
    if (holders) builtInLines.set(key, holders);
  });
  return { charters, postings, phrases, builtInLines, reachCache: new Map() };
}

/** The roles the initiative's words point to, best first (ties in role order). Empty: no evidence. */
export function matchInitiative(compiled: CompiledCharters, name: string, area: string): RoleMatch[] {
  const ranked = rankRoles(compiled, name, area);
  const best = ranked.find((m) => m.strong);
  if (best === undefined || best.score < MIN_EVIDENCE) return [];
  return [best, ...ranked.filter((m) => m !== best)];
}

/** The places of a lexicon sense: the role lines holding its built-in line's text. */
function lexiconPlaces(compiled: CompiledCharters, senses: readonly Sense[]): Place[] {
  const out: Place[] = [];
  for (const sense of senses)
    for (const { role, line } of compiled.builtInLines.get(sense.line) ?? []) out.push({ role, line, sense });
  return out;
}

interface Found {
  /** What makes two finds the same evidence: the stems (a word and its plural are one word). */
  key: string;
  text: string;
  reach: readonly Reach[];
  readAs?: string;
  generic: boolean;
}

/**
 * Per role, the share of a word's weight (how many of the role's lines it reaches, of all the lines it
 * reaches: a word more of a role's lines hold says more about it) and the line it reaches most directly.
 */
function reachOf(places: readonly Place[]): Reach[] {
  const out: Reach[] = [];
  const lines: number[][] = [];
  let total = 0;
  for (const place of places) {
    let at = out.findIndex((r) => r.role === place.role);
    if (at < 0) {
      at = out.push({ ...place, share: 0, deliverable: false }) - 1;
      lines.push([]);
    }
    const reach = out[at];
    if (!lines[at].includes(place.line)) {
      lines[at].push(place.line);
      total++;
    }
    if (rank(place) < rank(reach) || (rank(place) === rank(reach) && place.line < reach.line)) {
      reach.line = place.line;
      reach.sense = place.sense;
    }
    if (typeof place.sense === "object" && place.sense.deliverable) reach.deliverable = true;
  }
  out.forEach((reach, at) => (reach.share = lines[at].length / total));
  return out;
}

/** The evidence in one text: abbreviations as written, then phrases, then words, then typos of known words. */
function scan(compiled: CompiledCharters, text: string): Found[] {
  const found: Found[] = [];
  const lex = lexicon();
  let rest = text.length > 500 ? text.slice(0, 500) : text;
  const literals = findLiterals(rest, lex.literals, lex.literalStarts, lex.longestLiteral);
  for (const { text: written, key, senses } of literals.found) {
    // A charter's own word ("OKRs") is read as the charter's, so the reason quotes the charter.
    const stem = /^[a-z]+$/i.test(key) ? stemOf(key.toLowerCase()) : "";
    const own = compiled.postings.get(stem) ?? [];
    const places = [...own, ...lexiconPlaces(compiled, senses)];
    if (places.length > 0)
      found.push({
        key: own.length ? stem : key.toUpperCase(),
        text: written,
        reach: reachOf(places),
        generic: false,
      });
  }
  rest = literals.rest;
  const list = words(rest);
  for (let i = 0; i < list.length; i++) {
    const phrase = matchPhrase(compiled, list, i);
    if (phrase) {
      found.push(phrase);
      i += phrase.key.split(" ").length - 1;
      continue;
    }
    const word = list[i];
    const generic = GENERIC.has(word.text);
    const reach = reachOfStem(compiled, word.stem);
    if (reach.length > 0) {
      found.push({ key: word.stem, text: word.text, reach, generic });
      continue;
    }
    if (generic || !/^[a-z]+$/.test(word.text) || lex.real.has(word.text)) continue;
    const typo = readTypo(compiled, word.text);
    if (typo) found.push(typo);
  }
  return found;
}

/** What a single word reaches: the charters' own words, the company glossary's, the lexicon's. */
function reachOfStem(compiled: CompiledCharters, stem: string): readonly Reach[] {
  let reach = compiled.reachCache.get(stem);
  if (reach === undefined) {
    const own = compiled.postings.get(stem) ?? [];
    const senses = lexicon().words.get(stem);
    reach = reachOf(senses ? [...own, ...lexiconPlaces(compiled, senses)] : own);
    if (compiled.reachCache.size > 50_000) compiled.reachCache.clear();
    compiled.reachCache.set(stem, reach);
  }
  return reach;
}

/** Whether `stems` are the words at `at`, in order. */
function fits(list: readonly Word[], at: number, stems: readonly string[]): boolean {
  if (at + stems.length > list.length) return false;
  for (let k = 0; k < stems.length; k++) if (list[at + k].stem !== stems[k]) return false;
  return true;
}

/** The company glossary's or the lexicon's longest phrase starting at word `at`, if any. */
function matchPhrase(compiled: CompiledCharters, list: readonly Word[], at: number): Found | null {
  const stem = list[at].stem;
  let stems: readonly string[] | null = null;
  let places: Place[] = [];
  for (const entry of compiled.phrases.get(stem) ?? [])
    if (fits(list, at, entry.stems)) {
      [stems, places] = [entry.stems, [...entry.places]];
      break;
    }
  if (stems === null)
    for (const phrase of lexicon().phrases.get(stem) ?? [])
      if (fits(list, at, phrase.stems)) {
        places = lexiconPlaces(compiled, phrase.senses);
        if (places.length > 0) {
          stems = phrase.stems;
          break;
        }
      }
  if (stems === null) return null;
  const words = list.slice(at, at + stems.length);
  return {
    key: stems.join(" "),
    text: words.map((w) => w.text).join(" "),
    reach: reachOf(places),
    generic: false,
  };
}

// Typos recur too (and most unknown words are names with no reading): each word is looked up once.
const typoReadings = new Map<string, readonly string[]>();

/** The known words a word may be a typo of: itself, or without a plural "s". */
function typoCandidates(typed: string): readonly string[] {
  let found = typoReadings.get(typed);
  if (found === undefined) {
    const { typos } = lexicon();
    found = [...typos.near(typed), ...(typed.endsWith("s") ? typos.near(typed.slice(0, -1)) : [])];
    if (typoReadings.size > 50_000) typoReadings.clear();
    typoReadings.set(typed, found);
  }
  return found;
}

function readTypo(compiled: CompiledCharters, typed: string): Found | null {
  for (const known of typoCandidates(typed)) {
    if (GENERIC.has(known)) continue;
    const reach = reachOfStem(compiled, stemOf(known));
    if (reach.length > 0) return { key: stemOf(known), text: typed, reach, readAs: known, generic: false };
  }
  return null;
}

/** Every role whose charter the initiative's words reach, however weakly, best first. */
export function rankRoles(compiled: CompiledCharters, name: string, area: string): RoleMatch[] {
  const found: RoleMatch[] = []; // few per initiative: a list beats a map
  const seen = new Set<string>();
  const add = (items: readonly Found[], fromArea: boolean) => {
    for (const item of items) {
      if (seen.has(item.key)) continue;
      seen.add(item.key);
      for (const { role, share, line, sense, deliverable } of item.reach) {
        let weight = share;
        if (deliverable) weight *= DELIVERABLE_WEIGHT;
        if (item.generic) weight *= GENERIC_WEIGHT;
        if (item.readAs) weight *= TYPO_WEIGHT;
        if (fromArea) weight *= AREA_WEIGHT;
        let match = found.find((m) => m.role === role);
        if (!match) found.push((match = { role, score: 0, lines: new Map(), strong: false }));
        match.score += weight;
        if (!fromArea && !item.generic) match.strong = true;
        const clue: Clue = {
          text: item.text,
          line,
          weight,
          sense,
          fromArea,
          generic: item.generic,
          deliverable,
        };
        if (item.readAs) clue.readAs = item.readAs;
        push(match.lines, line, clue);
      }
    }
  };
  add(scan(compiled, name), false);
  if (area !== "") add(scanArea(compiled, area), true);
  const target = outcomeTarget(name);
  if (target !== null)
    for (const match of found) {
      if (!match.strong || compiled.charters[match.role].part !== "operations-owner") continue;
      const line = [...match.lines.keys()][0];
      push(match.lines, line, {
        text: target,
        line,
        weight: match.score * (TARGET_FACTOR - 1),
        sense: "target",
        fromArea: false,
        generic: false,
        deliverable: false,
      });
      match.score *= TARGET_FACTOR;
    }
  return found.sort((a, b) => b.score - a.score || a.role - b.role);
}

/** The charter's own word first, then the company glossary, then the lexicon. */
function rank(place: { sense: Place["sense"] }): number {
  return place.sense === "charter" ? 0 : place.sense === "glossary" ? 1 : 2;
}

// Areas repeat on many rows: their evidence is worked out once per distinct area (per compiled charters).
const areaCache = new WeakMap<CompiledCharters, Map<string, Found[]>>();

function scanArea(compiled: CompiledCharters, area: string): Found[] {
  let cache = areaCache.get(compiled);
  if (!cache) areaCache.set(compiled, (cache = new Map()));
  let found = cache.get(area);
  if (found === undefined) {
    if (cache.size > 10_000) cache.clear();
    cache.set(area, (found = scan(compiled, area)));
  }
  return found;
}

const RELATION_WORDS = {
  synonym: "means",
  kind: "is a kind of",
  form: "is a form of",
  abbreviation: "stands for",
  term: "is",
} as const;

/** How one clue reached its line, in plain words. */
function describe(clue: Clue, role: string): string {
  const typed = clue.readAs ? `'${clue.text}' read as '${clue.readAs}'` : `'${clue.text}'`;
  const { sense } = clue;
  if (sense === "target") return `'${clue.text}' is an outcome target on an operational measure`;
  if (sense === "glossary") return `${typed} is ${role}'s in the company glossary`;
  if (sense === "charter") return clue.readAs ? typed : "";
  // The concept's own word is quoted like a charter's: "mentions 'logistics', 'office'".
  if (sense.relation === "synonym" && sense.term === sense.concept) return clue.readAs ? typed : "";
  return `${typed} ${RELATION_WORDS[sense.relation]} ${sense.concept}`;
}

/**
 * "mentions 'process', 'costs' — <charter line>", or for words the lexicon reached, "'warehouse' is a kind of
 * facility — <charter line>": one reason per line reached, the line most words reached first.
 */
export function evidence(compiled: CompiledCharters, match: RoleMatch): string[] {
  const charter = compiled.charters[match.role];
  return [...match.lines]
    .map(([line, clues]) => ({ line, clues, weight: clues.reduce((sum, c) => sum + c.weight, 0) }))
    .sort((a, b) => b.clues.length - a.clues.length || b.weight - a.weight || a.line - b.line)
    .map(({ line, clues }) => {
      // An area's words are marked: they are a hint, not what the work is.
      const quoted = (c: Clue, text: string) => (c.fromArea ? `${text} (area)` : text);
      const mentioned = clues
        .filter((c) => describe(c, charter.role) === "")
        .map((c) => quoted(c, `'${c.text}'`));
      // How the other words were read, then the charter's own words, next to the line that holds them.
      const parts = [
        ...clues.flatMap((c) => {
          const text = describe(c, charter.role);
          return text === "" ? [] : [quoted(c, text)];
        }),
        ...(mentioned.length ? [`mentions ${mentioned.join(", ")}`] : []),
      ];
      const where = line < 0 ? "" : ` — ${charter.lines[line]}`;
      return `${[...new Set(parts)].join("; ")}${where}`;
    });
}

/** The evidence, each reason naming the role: "COO: mentions 'process' — <line>". */
export function explain(compiled: CompiledCharters, match: RoleMatch): string[] {
  const role = compiled.charters[match.role].role;
  return evidence(compiled, match).map((reason) => `${role}: ${reason}`);
}
