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
  return { charters, postings, phrases, builtInLines };
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
  places: Place[];
  readAs?: string;
  generic: boolean;
}

/** The evidence in one text: abbreviations as written, then phrases, then words, then typos of known words. */
function scan(compiled: CompiledCharters, text: string): Found[] {
  const found: Found[] = [];
  const lex = lexicon();
  let rest = text.length > 500 ? text.slice(0, 500) : text;
  const literal = (written: string, key: string) => {
    const places = lexiconPlaces(compiled, lex.literalSenses.get(key) ?? []);
    if (places.length > 0) found.push({ key: key.toUpperCase(), text: written, places, generic: false });
    return " ";
  };
  // Any-case terms first: "IR35" is one term, not "IR" (investor relations) and a number.
  if (lex.literalsAnyCase)
    rest = rest.replace(lex.literalsAnyCase, (written) =>
      literal(written, anyCaseKey(lex.literalSenses, written)),
    );
  if (lex.literals) rest = rest.replace(lex.literals, (written) => literal(written, written));
  const list = words(rest);
  for (let i = 0; i < list.length; i++) {
    const phrase = matchPhrase(compiled, list, i);
    if (phrase) {
      found.push(phrase.found);
      i += phrase.length - 1;
      continue;
    }
    const word = list[i];
    const generic = GENERIC.has(word.text);
    const places = placesOf(compiled, word.stem);
    if (places.length > 0) {
      found.push({ key: word.stem, text: word.text, places, generic });
      continue;
    }
    if (generic || !/^[a-z]+$/.test(word.text) || lex.real.has(word.text)) continue;
    const typo = readTypo(compiled, word.text);
    if (typo) found.push(typo);
  }
  return found;
}

/** The key of a literal found in any case: as written, or with "&" read as "and" ("spans & layers"). */
function anyCaseKey(senses: ReadonlyMap<string, unknown>, written: string): string {
  const key = written.toLowerCase().replace(/-/g, " ");
  return senses.has(key) ? key : key.replace(/ ?& ?/g, " and ");
}

function placesOf(compiled: CompiledCharters, stem: string): Place[] {
  const own = compiled.postings.get(stem) ?? [];
  const senses = lexicon().words.get(stem);
  return senses ? [...own, ...lexiconPlaces(compiled, senses)] : [...own];
}

function matchPhrase(
  compiled: CompiledCharters,
  list: readonly Word[],
  at: number,
): { found: Found; length: number } | null {
  const fits = (stems: readonly string[]) =>
    at + stems.length <= list.length && stems.every((stem, k) => list[at + k].stem === stem);
  const part = (length: number) => list.slice(at, at + length);
  const text = (length: number) =>
    part(length)
      .map((w) => w.text)
      .join(" ");
  const key = (length: number) =>
    part(length)
      .map((w) => w.stem)
      .join(" ");
  for (const entry of compiled.phrases.get(list[at].stem) ?? [])
    if (fits(entry.stems))
      return {
        found: {
          key: key(entry.stems.length),
          text: text(entry.stems.length),
          places: [...entry.places],
          generic: false,
        },
        length: entry.stems.length,
      };
  for (const phrase of lexicon().phrases.get(list[at].stem) ?? [])
    if (fits(phrase.stems)) {
      const places = lexiconPlaces(compiled, phrase.senses);
      if (places.length > 0)
        return {
          found: { key: key(phrase.stems.length), text: text(phrase.stems.length), places, generic: false },
          length: phrase.stems.length,
        };
    }
  return null;
}

function readTypo(compiled: CompiledCharters, typed: string): Found | null {
  const lex = lexicon();
  for (const candidate of [typed, ...(typed.endsWith("s") ? [typed.slice(0, -1)] : [])])
    for (const known of lex.typos.near(candidate)) {
      if (GENERIC.has(known)) continue;
      const places = placesOf(compiled, stemOf(known));
      if (places.length > 0)
        return { key: stemOf(known), text: typed, places, readAs: known, generic: false };
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
      // How many lines of each role the word reaches: a word more of a role's lines hold says more about it.
      const lines = new Map<number, Map<number, Place>>();
      for (const place of item.places) {
        let byLine = lines.get(place.role);
        if (!byLine) lines.set(place.role, (byLine = new Map()));
        const held = byLine.get(place.line);
        if (!held || rank(place) < rank(held)) byLine.set(place.line, place);
      }
      let total = 0;
      lines.forEach((byLine) => (total += byLine.size));
      lines.forEach((byLine, role) => {
        const deliverable = item.places.some(
          (p) => p.role === role && typeof p.sense === "object" && p.sense.deliverable,
        );
        let weight = byLine.size / total;
        if (deliverable) weight *= DELIVERABLE_WEIGHT;
        if (item.generic) weight *= GENERIC_WEIGHT;
        if (item.readAs) weight *= TYPO_WEIGHT;
        if (fromArea) weight *= AREA_WEIGHT;
        let match = found.find((m) => m.role === role);
        if (!match) found.push((match = { role, score: 0, lines: new Map(), strong: false }));
        match.score += weight;
        if (!fromArea && !item.generic) match.strong = true;
        // The clue is told once, at the line the word reaches most directly.
        const [line, place] = [...byLine].sort((a, b) => rank(a[1]) - rank(b[1]) || a[0] - b[0])[0];
        const clue: Clue = {
          text: item.text,
          line,
          weight,
          sense: place.sense,
          ...(item.readAs ? { readAs: item.readAs } : {}),
          fromArea,
          generic: item.generic,
          deliverable,
        };
        push(match.lines, line, clue);
      });
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
function rank(place: Place): number {
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
  const concept = sense.relation === "synonym" && sense.term === sense.concept ? "" : sense.concept;
  return concept === "" ? typed : `${typed} ${RELATION_WORDS[sense.relation]} ${concept}`;
}

/**
 * "mentions 'process', 'costs' — <charter line>", or for words the lexicon reached, "'warehouse' is a kind of
 * facility — <charter line>": one reason per line reached, the line with most evidence first.
 */
export function evidence(compiled: CompiledCharters, match: RoleMatch): string[] {
  const charter = compiled.charters[match.role];
  return [...match.lines]
    .map(([line, clues]) => ({ line, clues, weight: clues.reduce((sum, c) => sum + c.weight, 0) }))
    .sort((a, b) => b.weight - a.weight || a.line - b.line)
    .map(({ line, clues }) => {
      const mentioned = clues.filter((c) => describe(c, charter.role) === "").map((c) => `'${c.text}'`);
      const parts = [
        ...(mentioned.length ? [`mentions ${mentioned.join(", ")}`] : []),
        ...clues.map((c) => describe(c, charter.role)).filter((text) => text !== ""),
      ];
      const area = clues.every((c) => c.fromArea) ? " (in its area)" : "";
      const where = line < 0 ? "" : ` — ${charter.lines[line]}`;
      return `${[...new Set(parts)].join("; ")}${area}${where}`;
    });
}

/** The evidence, each reason naming the role: "COO: mentions 'process' — <line>". */
export function explain(compiled: CompiledCharters, match: RoleMatch): string[] {
  const role = compiled.charters[match.role].role;
  return evidence(compiled, match).map((reason) => `${role}: ${reason}`);
}
