/**
 * A set of words stored in a few bits per word, for the bundle: a Bloom filter (k hashes into m bits, as
 * Bloom's 1970 paper describes). It never misses a word it holds; it may hold a word it was not given, about
 * once in a hundred. scripts/lexicon.ts builds the ones the engine uses and checks that none of the words the
 * engine knows is such a word, so a mistake can only touch an unknown word (a typo left unread).
 */

/** FNV-1a over the word's UTF-16 units, from a seed: one of the filter's hash functions. */
function hash(word: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export class WordSet {
  private constructor(
    private readonly bits: Uint8Array,
    private readonly hashes: number,
  ) {}

  /** A set of `words` with `bitsPerWord` bits each and the number of hashes that suits it. */
  static of(words: readonly string[], bitsPerWord: number): WordSet {
    const size = Math.max(6, Math.ceil((words.length * bitsPerWord) / 6) * 6);
    const set = new WordSet(new Uint8Array(size), Math.max(1, Math.round(bitsPerWord * Math.LN2)));
    for (const word of words) for (const at of set.places(word)) set.bits[at] = 1;
    return set;
  }

  /** A set as `encode` wrote it: the number of hashes, then the bits, in base 64. */
  static decode(text: string): WordSet {
    const bits = new Uint8Array((text.length - 1) * 6);
    for (let i = 1; i < text.length; i++) {
      const value = DIGITS.indexOf(text[i]);
      for (let b = 0; b < 6; b++) bits[(i - 1) * 6 + b] = (value >> b) & 1;
    }
    return new WordSet(bits, DIGITS.indexOf(text[0]));
  }

  encode(): string {
    let text = DIGITS[this.hashes];
    for (let i = 0; i < this.bits.length; i += 6) {
      let value = 0;
      for (let b = 0; b < 6; b++) value |= this.bits[i + b] << b;
      text += DIGITS[value];
    }
    return text;
  }

  private places(word: string): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.hashes; k++) out.push(hash(word, k) % this.bits.length);
    return out;
  }

  has(word: string): boolean {
    return this.places(word).every((at) => this.bits[at] === 1);
  }
}
