/**
 * Reading a typo into a known word (issue 21): a word one edit away (one letter added, dropped, changed, or two
 * neighbouring letters swapped) from a known word of TYPO_MIN_LENGTH letters or more is read as that word,
 * unless it is a real word itself. Found through the words' one-deletion variants (the "symmetric delete"
 * method), so a lookup costs a few map reads, not a scan of the vocabulary.
 */

/** Shorter known words are too close to each other ("cost", "post", "most") for a typo to be read safely. */
export const TYPO_MIN_LENGTH = 6;

/** Optimal string alignment distance: edits, with a swap of two neighbouring letters as one edit. */
export function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** The word and each way of dropping one of its letters. */
export function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export class TypoIndex {
  private readonly byDeletion = new Map<string, string[]>();

  constructor(known: Iterable<string>) {
    for (const word of known) {
      if (word.length < TYPO_MIN_LENGTH || !/^[a-z]+$/.test(word)) continue;
      for (const variant of deletions(word)) {
        const list = this.byDeletion.get(variant);
        if (list === undefined) this.byDeletion.set(variant, [word]);
        else if (!list.includes(word)) list.push(word);
      }
    }
  }

  /** The known words one edit away from `word`, in the order they were given. */
  near(word: string): string[] {
    if (word.length < TYPO_MIN_LENGTH - 1 || word.length > 30) return [];
    const found: string[] = [];
    for (const variant of deletions(word))
      for (const known of this.byDeletion.get(variant) ?? [])
        if (!found.includes(known) && known !== word && osaDistance(word, known) === 1) found.push(known);
    return found;
  }
}

/** The words typos are read into: every word of the given terms, phrases and lines, in lower case. */
export function vocabulary(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const word of text.toLowerCase().split(/[^a-z]+/)) if (word) out.add(word);
  return out;
}

/**
 * Sorted lower-case words packed for the bundle: each word is the number of letters it shares with the one
 * before (0–9) and the rest of it, with no separator ("contact contract" → "0contact4ract").
 */
export function packWords(sorted: readonly string[]): string {
  let before = "";
  return sorted
    .map((word) => {
      let shared = 0;
      while (shared < 9 && shared < word.length - 1 && word[shared] === before[shared]) shared++;
      before = word;
      return shared + word.slice(shared);
    })
    .join("");
}

export function unpackWords(packed: string): string[] {
  const out: string[] = [];
  for (const [, shared, rest] of packed.matchAll(/(\d)([a-z]+)/g))
    out.push((out.length ? out[out.length - 1].slice(0, Number(shared)) : "") + rest);
  return out;
}
