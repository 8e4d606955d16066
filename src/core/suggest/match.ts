/**
 * Scoring an initiative against the charters of a matrix's roles. A word counts for a role when its stem is in
 * one of the role's charter lines; a word shared by several charters says less about who owns the work, so it
 * is split between them (weight 1/n). Words of the initiative's name count fully, words of its area half:
 * an area such as "Operations" is a hint, the name says what the work is.
 */
import { builtInCharter, type RolePart } from "./charters";
import { words, type Word } from "./words";

export type CharterSource = "matrix" | "built-in" | "none";

export interface RoleCharter {
  role: string;
  lines: readonly string[];
  part: RolePart;
  source: CharterSource;
}

interface Posting {
  role: number;
  line: number;
  /** 1 / the number of roles whose charter has the stem. */
  weight: number;
}

/** The charters of one matrix, compiled once and used for every initiative. */
export interface CompiledCharters {
  charters: readonly RoleCharter[];
  postings: ReadonlyMap<string, readonly Posting[]>;
}

/** One role's match: its score and, per charter line, the initiative's words that matched it. */
export interface RoleMatch {
  role: number;
  score: number;
  lines: Map<number, string[]>;
}

const AREA_WEIGHT = 0.5;
/**
 * Less than this is no evidence: one word that half the charters share (or an area word alone) says too little
 * to name an owner, and a guess presented as a suggestion is worse than none.
 */
export const MIN_EVIDENCE = 0.5;

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

export function compileCharters(charters: readonly RoleCharter[]): CompiledCharters {
  // stem → (role → first line holding it)
  const found = new Map<string, Map<number, number>>();
  charters.forEach((charter, role) =>
    charter.lines.forEach((line, lineIndex) => {
      for (const word of words(line)) {
        let byRole = found.get(word.stem);
        if (!byRole) found.set(word.stem, (byRole = new Map()));
        if (!byRole.has(role)) byRole.set(role, lineIndex);
      }
    }),
  );
  const postings = new Map<string, Posting[]>();
  found.forEach((byRole, stem) => {
    const weight = 1 / byRole.size;
    postings.set(
      stem,
      [...byRole].map(([role, line]) => ({ role, line, weight })),
    );
  });
  return { charters, postings };
}

/** The roles the initiative's words point to, best first (ties in role order). Empty: no evidence. */
export function matchInitiative(compiled: CompiledCharters, name: string, area: string): RoleMatch[] {
  const ranked = rankRoles(compiled, name, area);
  return ranked.length > 0 && ranked[0].score >= MIN_EVIDENCE ? ranked : [];
}

// Areas repeat on many rows: their words are worked out once per distinct area.
const areaWords = new Map<string, Word[]>();

function wordsOfArea(area: string): Word[] {
  let found = areaWords.get(area);
  if (found === undefined) {
    if (areaWords.size > 10_000) areaWords.clear();
    areaWords.set(area, (found = words(area)));
  }
  return found;
}

/** Every role whose charter shares a word with the initiative, however weakly, best first. */
export function rankRoles(compiled: CompiledCharters, name: string, area: string): RoleMatch[] {
  const found: RoleMatch[] = []; // few per initiative: a list beats a map
  const seen: string[] = [];
  const add = (list: readonly Word[], factor: number) => {
    for (const word of list) {
      if (seen.includes(word.stem)) continue;
      seen.push(word.stem);
      const postings = compiled.postings.get(word.stem);
      if (!postings) continue;
      for (const { role, line, weight } of postings) {
        let match = found.find((m) => m.role === role);
        if (!match) found.push((match = { role, score: 0, lines: new Map() }));
        match.score += weight * factor;
        const matched = match.lines.get(line);
        if (matched) matched.push(word.text);
        else match.lines.set(line, [word.text]);
      }
    }
  };
  add(words(name), 1);
  if (area !== "") add(wordsOfArea(area), AREA_WEIGHT);
  return found.sort((a, b) => b.score - a.score || a.role - b.role);
}

/** "mentions 'process', 'costs' — <the charter line>", one per matched line, the line with most words first. */
export function evidence(compiled: CompiledCharters, match: RoleMatch): string[] {
  const lines = compiled.charters[match.role].lines;
  return [...match.lines]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .map(([line, matched]) => `mentions ${matched.map((w) => `'${w}'`).join(", ")} — ${lines[line]}`);
}

/** The evidence, each reason naming the role: "COO: mentions 'process' — <line>". */
export function explain(compiled: CompiledCharters, match: RoleMatch): string[] {
  const role = compiled.charters[match.role].role;
  return evidence(compiled, match).map((reason) => `${role}: ${reason}`);
}

/** 0..1: how much the text says (score) and how clearly it says this role rather than the next best. */
export function confidenceOf(matches: readonly RoleMatch[]): number {
  if (matches.length === 0) return 0;
  const best = matches[0].score;
  const next = matches.length > 1 ? matches[1].score : 0;
  const strength = Math.min(1, best / 2);
  const margin = (best - next) / best;
  return Math.max(0.05, Math.round(100 * (0.2 + 0.8 * strength * (0.4 + 0.6 * margin))) / 100);
}
