/**
 * Terms read as written rather than by stems: abbreviations ("S&OP", "3PL", "SOC 2", "IT" but not "it") and
 * terms whose little words matter ("all-hands", "order of business"). The text is cut into tokens (letters and
 * digits, "&" inside a token or standing for "and"), and runs of up to the longest term's tokens are looked up:
 * a few map reads per word, whatever the size of the glossary.
 */
import type { Sense } from "./lexicon";

const TOKEN = /[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)*|&/gu;

/** The tokens of a text; a lone "&" is "and". */
export function tokens(text: string): string[] {
  return (text.match(TOKEN) ?? []).map((token) => (token === "&" ? "and" : token));
}

export interface LiteralFound {
  /** As written in the text. */
  text: string;
  /** The term's key ("S&OP", "all hands"). */
  key: string;
  senses: readonly Sense[];
}

/** A token without a plural "s" or a number after it ("3PLs", "DC2"), or null when it has none. */
function bare(token: string): string | null {
  const last = token.charCodeAt(token.length - 1);
  if (token.length < 3 || (last !== 115 && (last < 48 || last > 57))) return null; // not "s" nor a digit
  if (/^\d+$/.test(token)) return null;
  const stripped = token.replace(/(?<=[\p{L}\d&]{2})(?:s|\d+)$/u, "");
  return stripped === token ? null : stripped;
}

/** The longest literal starting at token `at`, as written, in lower case, or with its last token bare. */
function longestAt(
  list: readonly string[],
  at: number,
  literals: ReadonlyMap<string, readonly Sense[]>,
  longest: number,
): { found: LiteralFound; length: number } | null {
  for (let n = Math.min(longest, list.length - at); n >= 1; n--) {
    const run = list.slice(at, at + n).join(" ");
    const keys = [run, run.toLowerCase()];
    const stripped = bare(list[at + n - 1]);
    if (stripped !== null) {
      const key = [...list.slice(at, at + n - 1), stripped].join(" ");
      keys.push(key, key.toLowerCase());
    }
    for (const key of keys) {
      const senses = literals.get(key);
      if (senses !== undefined) return { found: { text: run, key, senses }, length: n };
    }
  }
  return null;
}

/**
 * The literals of a text, and the text left for reading by stems (the tokens no literal covered). `starts`
 * holds the first token of every literal key: most tokens start none, and cost one or two set reads.
 */
export function findLiterals(
  text: string,
  literals: ReadonlyMap<string, readonly Sense[]>,
  starts: ReadonlySet<string>,
  longest: number,
): { found: LiteralFound[]; rest: string } {
  const list = tokens(text);
  const found: LiteralFound[] = [];
  const rest: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const token = list[i];
    // A literal starts here only with a first token of one, as written, in lower case, or bare ("3PLs").
    const stripped = bare(token);
    const candidate =
      starts.has(token) ||
      starts.has(token.toLowerCase()) ||
      (stripped !== null && (starts.has(stripped) || starts.has(stripped.toLowerCase())));
    const match = candidate ? longestAt(list, i, literals, longest) : null;
    if (match === null) rest.push(token);
    else {
      found.push(match.found);
      i += match.length - 1;
    }
  }
  return { found, rest: rest.join(" ") };
}
