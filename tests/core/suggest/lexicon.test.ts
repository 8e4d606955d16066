/**
 * The generated lexicon (scripts/lexicon.ts → src/core/suggest/lexiconTable.ts): fresh, traceable to WordNet 3.1
 * or the glossary, small enough for the bundle, and free of generic words.
 */
import { inputsHash, makeLexicon } from "../../../scripts/lexicon";
import { GENERIC_WORDS } from "../../../src/core/suggest/generic";
import {
  LEXICON_GROUPS,
  LEXICON_INPUTS,
  LEXICON_LINES,
  REAL_NEIGHBOURS,
} from "../../../src/core/suggest/lexiconTable";
import { decodeGroup } from "../../../src/core/suggest/lexiconTypes";
import { loadWordNet, type SynsetId } from "../../../scripts/lexicon/wordnet";

const ENTRIES = LEXICON_GROUPS.map((group) => decodeGroup(group, LEXICON_LINES));

describe("the lexicon table", () => {
  it("was made from the current seeds, glossary, charters and generator (npm run lexicon remakes it)", () => {
    expect(LEXICON_INPUTS).toBe(inputsHash());
  });

  it("is exactly what the generator makes from WordNet 3.1 and the glossary", () => {
    expect(makeLexicon()).toEqual({
      lines: LEXICON_LINES,
      groups: LEXICON_GROUPS,
      realNeighbours: REAL_NEIGHBOURS,
    });
  }, 120_000);

  it("says where every group of words comes from: a WordNet synset holding its concept, or the glossary", () => {
    const wordnet = loadWordNet();
    for (const { concept, source, relation } of ENTRIES) {
      if (source === "glossary") {
        expect(["abbreviation", "term"]).toContain(relation);
        continue;
      }
      expect(["synonym", "kind", "form"]).toContain(relation);
      const lemmas = wordnet.synset(source as SynsetId).words.map((w) => w.toLowerCase().replace(/_/g, " "));
      expect(lemmas).toContain(concept);
    }
  }, 120_000);

  it("reaches ordinary operations vocabulary through kinds, synonyms and derived forms", () => {
    const reached = (word: string) =>
      ENTRIES.filter((e) => e.words.split("|").includes(word)).map(
        (e) => `${e.line} ${e.relation} ${e.concept}`,
      );
    expect(reached("laptop")).toContain("COO/3 kind portable computer");
    expect(reached("lorry")).toContain("COO/3 kind truck");
    expect(reached("storehouse")).toContain("COO/3 synonym storehouse");
    expect(reached("stocktake")).toContain("COO/3 kind stocktaking");
    expect(reached("3PL")).toContain("COO/3 abbreviation third-party logistics");
  });

  it("holds no generic word, and the real words next to its words are listed so typos are never read into them", () => {
    const words = new Set(ENTRIES.flatMap((e) => e.words.toLowerCase().split("|")));
    for (const generic of GENERIC_WORDS) expect(words.has(generic)).toBe(false);
    expect(REAL_NEIGHBOURS.split(" ")).toContain("contact"); // one edit from "contract"
  });
});
