/**
 * The generated lexicon (scripts/lexicon.ts → src/core/suggest/lexiconTable.ts): fresh, traceable to WordNet 3.1
 * or the glossary, small enough for the bundle, and free of generic words.
 */
import { inputsHash, makeLexicon } from "../../../scripts/lexicon";
import { GENERIC_WORDS } from "../../../src/core/suggest/generic";
import { LEXICON_SOURCES } from "../../../src/core/suggest/lexiconSources";
import {
  FALSE_FRIEND_FORMS,
  FALSE_FRIENDS,
  LEXICON,
  LEXICON_INPUTS,
  LEXICON_LINES,
  LEXICON_PACKED,
  REAL_NEIGHBOURS,
} from "../../../src/core/suggest/lexiconTable";
import { lexicon } from "../../../src/core/suggest/lexicon";
import fc from "fast-check";
import { pack, unpack } from "../../../src/core/suggest/packed";
import { decodeTable } from "../../../src/core/suggest/lexiconTypes";
import { packWords, unpackWords } from "../../../src/core/suggest/typos";
import { WordSet } from "../../../src/core/suggest/wordSet";
import { loadWordNet, type SynsetId } from "../../../scripts/lexicon/wordnet";

const ENTRIES = decodeTable(LEXICON, LEXICON_LINES);
/** Each table line's source, by the line's position: the entries of one line share it. */
const SOURCES = LEXICON_SOURCES.split(" ");
const ROW_SOURCES = LEXICON.split("\n").flatMap((row, i) =>
  row
    .split("|")
    .slice(1)
    .map(() => SOURCES[i]),
);

describe("the lexicon table", () => {
  it("was made from the current seeds, glossary, charters and generator (npm run lexicon remakes it)", () => {
    expect(LEXICON_INPUTS).toBe(inputsHash());
  });

  it("is exactly what the generator makes from WordNet 3.1 and the glossary", () => {
    const made = makeLexicon();
    expect(made).toEqual({
      lines: LEXICON_LINES,
      table: LEXICON,
      sources: SOURCES.map((s) => (s === "-" ? "" : s)),
      realNeighbours: REAL_NEIGHBOURS,
      falseFriends: FALSE_FRIENDS,
      falseFriendForms: FALSE_FRIEND_FORMS,
    });
  }, 120_000);

  it("says where every group of words comes from: a WordNet synset holding its concept, or the glossary", () => {
    const wordnet = loadWordNet();
    expect(ROW_SOURCES).toHaveLength(ENTRIES.length);
    ENTRIES.forEach(({ concept, source, relation }, i) => {
      if (source === "glossary") {
        expect(ROW_SOURCES[i]).toBe("-");
        expect(["abbreviation", "term"]).toContain(relation);
        return;
      }
      expect(["synonym", "kind", "part", "form"]).toContain(relation);
      const synset = wordnet.synset(ROW_SOURCES[i] as SynsetId);
      expect(synset.words.map((w) => w.toLowerCase().replace(/_/g, " "))).toContain(concept);
    });
  }, 120_000);

  it("reaches ordinary operations vocabulary through kinds, synonyms and derived forms", () => {
    const reached = (word: string) =>
      ENTRIES.filter((e) => e.words.split("|").includes(word)).map(
        (e) => `${e.line} ${e.relation} ${e.concept}`,
      );
    expect(reached("laptop")).toContain("COO/3 kind portable computer");
    expect(reached("lorry")).toContain("COO/3 kind truck");
    expect(reached("storehouse")).toContain("COO/3 synonym storehouse");
    expect(reached("forklift")).toContain("COO/3 synonym forklift");
    expect(reached("3PL")).toContain("COO/3 abbreviation third-party logistics");
  });

  it("lists words with a lexicon word's stem that are other words, and not the lexicon's own forms", () => {
    const { falseFriends } = lexicon();
    for (const word of ["boarding", "community", "important"]) expect(falseFriends.has(word)).toBe(true);
    for (const word of ["offices", "automated", "spend", "warehouses"])
      expect(falseFriends.has(word)).toBe(false);
  });

  it("holds no generic word, and the real words next to its words are listed so typos are never read into them", () => {
    const words = new Set(ENTRIES.flatMap((e) => e.words.toLowerCase().split("|")));
    for (const generic of GENERIC_WORDS) expect(words.has(generic)).toBe(false);
    expect(WordSet.decode(REAL_NEIGHBOURS).has("sending")).toBe(true); // one edit from "vending"
  });

  it("bundles the table deflated in 91 printable characters, which reads back as the table", () => {
    expect(unpack(LEXICON_PACKED)).toBe(LEXICON);
    expect(LEXICON_PACKED.length).toBeLessThan(LEXICON.length * 0.7);
    // Nothing a string literal or an inline <script> would have to escape.
    expect(LEXICON_PACKED).toMatch(/^[ -~]*$/);
    expect(LEXICON_PACKED).not.toMatch(/["\\`<]/);
    for (const text of ["", "a", "ab", "abc", "3PL|a=DC\n0é"]) expect(unpack(pack(text))).toBe(text);
    // Every length of deflated bytes, whatever the padding of the last two characters.
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => unpack(pack(text)) === text));
  });

  it("packs sorted words by the letters each shares with the one before, and unpacks them as they were", () => {
    const sorted = ["contact", "contract", "contractor", "cost", "costs", "z"];
    expect(packWords(sorted)).toBe("0contact4ract8or2st4s0z");
    expect(unpackWords(packWords(sorted))).toEqual(sorted);
  });
});
