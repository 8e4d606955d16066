/**
 * Scoring an initiative against the charters of a matrix's roles (domain.md "Suggestions"). A word is evidence
 * for a role when it is one of the words of the role's charter lines, when the lexicon reaches one of those
 * lines from it (a synonym, a kind, a derived form, a business abbreviation: lexicon.ts), or when the
 * company's glossary gives it to the role. What the name says counts fully, the area half (a hint only).
 * A word several roles share is split between them, in proportion to how many of each one's lines hold it.
 * Words that say what kind of deliverable or forum the work is weigh more than its subject; generic words and
 * a row's references ("see email thread") only support other evidence, and a lone capitalised word is a code
 * name; an outcome target is the operations owner's evidence; the decider and the executive support stand
 * together against other roles. Typos are read first (spelling.ts). docs/suggestions.md says it in full.
 */
import { isAddressee } from "./addressees";
import { builtInCharter, type RolePart } from "./charters";
import type { CompanyGlossary } from "./companyGlossary";
import { GENERIC_WORDS, NOTE_WORDS } from "./generic";
import { lexicon, type Sense } from "./lexicon";
import { findLiterals } from "./literals";
import { normalizeName } from "../names";
import { splitReferences } from "./references";
import { readTypos, type Reading } from "./spelling";
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
  /** The stems of the matrix's own charter lines and glossary terms: never read as typos of other words. */
  ownStems: ReadonlySet<string>;
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
  /** What the role is ranked by: its score, or the decider's and the executive support's together. */
  standing?: number;
  /** The role is the decider or the executive support: the executives' side. */
  executive?: boolean;
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
const NOTES = new Set(NOTE_WORDS);
/**
 * Words a charter line says only as the second word of a compound, which mean something else alone: the
 * Chief of Staff's "decision support" is read as the two words together, since "support" alone, in planning
 * sheets, is customer or IT support (20 of the 24 tuning items with it are the COO's).
 */
const COMPOUNDS: ReadonlyMap<string, string> = new Map([[stemOf("support"), stemOf("decision")]]);
const EXECUTIVES: ReadonlySet<RolePart> = new Set(["decider", "executive-support"]);
let genericStems: ReadonlySet<string> | null = null;

/** A generic word, or a word no charter or lexicon holds with a generic word's stem ("managment"). */
function isGeneric(word: Word): boolean {
  genericStems ??= new Set(GENERIC_WORDS.map(stemOf));
  return GENERIC.has(word.text) || (genericStems.has(word.stem) && !lexicon().known.has(word.text));
}

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
  const ownStems = new Set<string>();
  charters.forEach((charter, role) =>
    charter.lines.forEach((text, line) => {
      push(byText, text, { role, line });
      const seen = new Set<string>();
      const list = words(text);
      list.forEach((word, at) => {
        if (charter.source === "matrix") ownStems.add(word.stem);
        if (seen.has(word.stem)) return;
        seen.add(word.stem);
        const compound = COMPOUNDS.get(word.stem);
        if (compound !== undefined && at > 0 && list[at - 1].stem === compound) {
          push(phrases, compound, {
            stems: [compound, word.stem],
            places: [{ role, line, sense: "charter" }],
          });
          return;
        }
        push(postings, word.stem, { role, line, sense: "charter" });
      });
    }),
  );
  const roleIndex = new Map(charters.map((c, i) => [normalizeName(c.role), i]));
  for (const entry of glossary) {
    const role = roleIndex.get(normalizeName(entry.role));
    if (role === undefined) continue;
    const place: Place = { role, line: entry.line ?? -1, sense: "glossary" };
    const stems = words(entry.term).map((w) => w.stem);
    for (const stem of stems) ownStems.add(stem);
    if (stems.length === 1) push(postings, stems[0], place);
    else if (stems.length > 1) push(phrases, stems[0], { stems, places: [place] });
  }
  for (const list of phrases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  const builtInLines = new Map<string, { role: number; line: number }[]>();
  lexicon().lineText.forEach((text, key) => {
    const holders = byText.get(text);
    if (holders) builtInLines.set(key, holders);
  });
  return { charters, postings, phrases, builtInLines, reachCache: new Map(), ownStems };
}

/** The roles the initiative's words point to, best first (ties in role order). Empty: no evidence. */
export function matchInitiative(compiled: CompiledCharters, name: string, area: string): RoleMatch[] {
  const ranked = rankRoles(compiled, name, area);
  const best = ranked.find((m) => m.strong);
  if (best === undefined || best.score < MIN_EVIDENCE) return [];
  if (nameWords(best) <= 1 && loneName(compiled, name)) return [];
  if (onlyAddressees(name)) return [];
  return [best, ...ranked.filter((m) => m !== best)];
}

/** How many different words of the name (not its area, generic words or a target) reached a role. */
function nameWords(match: RoleMatch): number {
  const seen = new Set<string>();
  match.lines.forEach((clues) => {
    for (const clue of clues)
      if (!clue.fromArea && !clue.generic && clue.sense !== "target") seen.add(clue.text);
  });
  return seen.size;
}

/**
 * A name whose only word beyond generic ones is capitalised ("Summit", "Project Forge", "Kestrel – wave 2")
 * is a code name: the "never evidence from a single generic or capitalised word". Not when the word
 * names what a generic word after it is about ("Headcount plan", "Laptop refresh"), nor when it is a typo of
 * a known word, nor when it is one of the matrix's own words (a charter's, the company glossary's: "Atlas").
 */
function loneName(compiled: CompiledCharters, name: string): boolean {
  if (typeof name !== "string" || name.length > 100) return false;
  const content = words(splitReferences(name).rest).filter(
    (word) => !isGeneric(word) && !/\d/.test(word.text),
  );
  if (content.length !== 1) return false;
  const [word] = content;
  const tokens = [...name.matchAll(/[\p{L}\p{N}]+/gu)];
  const at = tokens.findIndex((token) => token[0].toLowerCase() === word.text);
  if (at < 0 || !/^\p{Lu}\p{Ll}/u.test(tokens[at][0])) return false;
  const next = tokens[at + 1];
  const between = next ? name.slice(tokens[at].index + tokens[at][0].length, next.index) : "";
  if (next && /^[\s-]*$/.test(between) && GENERIC.has(next[0].toLowerCase())) return false;
  if (lexicon().typos.near(word.text).length > 0 && !lexicon().known.has(word.text)) return false;
  const places = compiled.postings.get(word.stem) ?? [];
  return !places.some((place) => place.sense === "charter" || place.sense === "glossary");
}

/**
 * A name whose only words beyond a note's (references and placeholders: generic.ts) say who the work is for
 * or where it was raised ("CEO ask (verbal, details TBC)", "Open point – Marketing"): a bare name, no clue
 * what the work is (addressees.ts).
 */
function onlyAddressees(name: string): boolean {
  if (typeof name !== "string" || name.length > 100) return false;
  const content = words(splitReferences(name).rest).filter((word) => !NOTES.has(word.text));
  return content.length > 0 && content.every((word) => isAddressee(word.stem));
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

/** The evidence in one text: its typos read, then abbreviations as written, then phrases, then words. */
function scan(compiled: CompiledCharters, text: string): Found[] {
  const found: Found[] = [];
  const lex = lexicon();
  const reading = readTypos(text.length > 500 ? text.slice(0, 500) : text, (word) =>
    compiled.ownStems.has(stemOf(word)),
  );
  const literals = findLiterals(reading.text, lex.literals, lex.literalStarts, lex.longestLiteral);
  for (const { text: written, key, senses } of literals.found) {
    const literal = literalReach(compiled, key, senses);
    if (literal.reach.length > 0)
      found.push({ key: literal.key, reach: literal.reach, ...asTyped(reading, written), generic: false });
  }
  const list = words(literals.rest);
  for (let i = 0; i < list.length; i++) {
    const phrase = matchPhrase(compiled, list, i);
    if (phrase) {
      found.push({ ...phrase, ...asTyped(reading, phrase.text) });
      i += phrase.key.split(" ").length - 1;
      continue;
    }
    const word = list[i];
    // "boarding" has the stem of "board", but is another word: only the matrix's own words read it by stem.
    if (lex.falseFriends.has(word.text) && !compiled.ownStems.has(word.stem)) continue;
    const reach = reachOfStem(compiled, word.stem);
    if (reach.length === 0) continue;
    const item: Found = { key: word.stem, text: word.text, reach, generic: isGeneric(word) };
    if (reading.typed.size > 0) Object.assign(item, asTyped(reading, word.text));
    found.push(item);
  }
  return found;
}

/** What a literal term reaches, worked out once per matrix and term. */
function literalReach(
  compiled: CompiledCharters,
  key: string,
  senses: readonly Sense[],
): { key: string; reach: readonly Reach[] } {
  const cacheKey = `\u0000${key}`;
  // A charter's own word ("OKRs") is read as the charter's, so the reason quotes the charter.
  const stem = /^[a-z]+$/i.test(key) ? stemOf(key.toLowerCase()) : "";
  const own = compiled.postings.get(stem) ?? [];
  let reach = compiled.reachCache.get(cacheKey);
  if (reach === undefined) {
    reach = reachOf([...own, ...lexiconPlaces(compiled, senses)]);
    compiled.reachCache.set(cacheKey, reach);
  }
  return { key: own.length ? stem : key.toUpperCase(), reach };
}

/** Words as the initiative typed them, and what they were read as when one of them was a typo. */
function asTyped(reading: Reading, text: string): { text: string; readAs?: string } {
  if (reading.typed.size === 0) return { text };
  let changed = false;
  const typed = text.replace(/[a-z]+/gi, (word) => {
    const typo = reading.typed.get(word.toLowerCase());
    if (typo === undefined) return word;
    changed = true;
    return typo;
  });
  return changed ? { text: typed, readAs: text } : { text };
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
  const { rest, references } = splitReferences(name);
  add(scan(compiled, rest), false);
  if (references !== "")
    add(
      scan(compiled, references).map((item) => ({ ...item, generic: true })),
      false,
    );
  if (area !== "") add(scanArea(compiled, area), true);
  const target = outcomeTarget(name);
  if (target !== null) addTarget(compiled, found, target);
  // The article makes the Chief of Staff the executives' support: against other roles, the decider (the
  // CEO's board, investors, decisions) and the executive support stand together; between them, each on its own.
  const executives = (m: RoleMatch) => EXECUTIVES.has(compiled.charters[m.role].part);
  const side = found.reduce((sum, m) => sum + (executives(m) ? m.score : 0), 0);
  for (const match of found) {
    match.executive = executives(match);
    match.standing = match.executive ? side : match.score;
  }
  const standing = (m: RoleMatch) => m.standing ?? m.score;
  return found.sort((a, b) => standing(b) - standing(a) || b.score - a.score || a.role - b.role);
}

/**
 * An outcome target on an operational measure is operations (issue 21): it doubles the operations owner's
 * evidence, and is evidence for it on its own (one word's worth) when the words say nothing of their own.
 */
function addTarget(compiled: CompiledCharters, found: RoleMatch[], target: string): void {
  compiled.charters.forEach((charter, role) => {
    if (charter.part !== "operations-owner") return;
    let match = found.find((m) => m.role === role);
    if (match === undefined) found.push((match = { role, score: 0, lines: new Map(), strong: true }));
    const weight = match.strong && match.score > 0 ? match.score * (TARGET_FACTOR - 1) : 1;
    const line = match.score > 0 ? [...match.lines.keys()][0] : -1;
    push(match.lines, line, {
      text: target,
      line,
      weight,
      sense: "target",
      fromArea: false,
      generic: false,
      deliverable: false,
    });
    match.score += weight;
    match.strong = true;
  });
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
  part: "is a part of",
  form: "is a form of",
  abbreviation: "stands for",
  term: "is",
} as const;

/** How one clue reached its line, in plain words. */
function describe(clue: Clue, role: string, line: string): string {
  const typed = clue.readAs ? `'${clue.text}' read as '${clue.readAs}'` : `'${clue.text}'`;
  const { sense } = clue;
  if (sense === "target") return `'${clue.text}' is an outcome target on an operational measure`;
  if (sense === "glossary") return `${typed} is ${role}'s in the company glossary`;
  if (sense === "charter") return clue.readAs ? typed : "";
  // The concept's own word, or a term the line says itself ("key projects"), is quoted like a charter's:
  // "mentions 'logistics', 'office'".
  if ((sense.relation === "synonym" && sense.term === sense.concept) || saysItself(sense, line))
    return clue.readAs ? typed : "";
  return `${typed} ${RELATION_WORDS[sense.relation]} ${sense.concept}`;
}

// Reasons are written for each suggestion, and the same few terms meet the same few lines: once each.
const said = new Map<string, boolean>();

/** Whether a glossary term is in the charter line's own words. */
function saysItself(sense: Sense, line: string): boolean {
  if (sense.relation !== "term") return false;
  const key = `${sense.term}\u0000${line}`;
  let found = said.get(key);
  if (found === undefined) {
    const own = new Set(words(line).map((word) => word.stem));
    found = words(sense.term).every((word) => own.has(word.stem));
    if (said.size > 10_000) said.clear();
    said.set(key, found);
  }
  return found;
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
      const own = line < 0 ? "" : charter.lines[line];
      // An area's words are marked: they are a hint, not what the work is.
      const quoted = (c: Clue, text: string) => (c.fromArea ? `${text} (area)` : text);
      // How the words were read, then the charter's own words, next to the line that holds them.
      const read: string[] = [];
      const mentioned: string[] = [];
      for (const clue of clues) {
        const text = describe(clue, charter.role, own);
        if (text === "") mentioned.push(quoted(clue, `'${clue.text}'`));
        else read.push(quoted(clue, text));
      }
      const parts = mentioned.length ? [...read, `mentions ${mentioned.join(", ")}`] : read;
      const where = line < 0 ? "" : ` — ${own}`;
      return `${[...new Set(parts)].join("; ")}${where}`;
    });
}

/** The evidence, each reason naming the role: "COO: mentions 'process' — <line>". */
export function explain(compiled: CompiledCharters, match: RoleMatch): string[] {
  const role = compiled.charters[match.role].role;
  return evidence(compiled, match).map((reason) => `${role}: ${reason}`);
}
