/**
 * Words as the suggestion engine compares them: lower case, British and American spellings merged, then reduced
 * to a Porter stem (the `stemmer` package), so "optimise", "optimizing" and "optimization" are one word, and so
 * are "onboard" and "onboarding". A few verb/noun pairs Porter keeps apart ("decide"/"decision") are merged
 * by a small table. Pure and deterministic; text of other scripts simply yields stems no charter holds.
 */
// The file itself: the add-on bundles for platform "neutral", which reads no package "main" field.
import { stemmer } from "stemmer/index.js";

/** A word as it appeared (for reasons) and its comparable form. */
export interface Word {
  text: string;
  stem: string;
}

/** Words that say nothing about who should own the work. */
const STOPWORDS = new Set(
  (
    "a an and or the of for to in on at by with from into onto over under per via vs as is are be been being it " +
    "its this that these those our their his her your we they them us all any each every some more most other " +
    "new next first last q1 q2 q3 q4 h1 h2 fy annual yearly quarterly monthly weekly " +
    "company companies business work works working make makes making get gets getting set sets keep keeps " +
    "do does doing done help helps how what who when where why which up out off about across within " +
    "also than then"
  ).split(" "),
);

/** Words longer than this are not English words (URLs, IDs, pasted blobs): skipped, never stemmed. */
const MAX_WORD = 30;
/** Enough words for any initiative name; a 500-character line is cut here, so its cost stays bounded. */
const MAX_WORDS = 60;

/** -ise spellings that are not British forms of -ize (and so must not become -ize). */
const ISE_WORDS = new Set(
  (
    "advertise advise rise compromise concise devise enterprise exercise expertise franchise " +
    "improvise noise praise precise premise promise raise revise supervise surprise wise"
  ).split(" "),
);

/** "a:b c:d" → a Map from a to b: the tables below are data, kept compact for the Apps Script bundle. */
function pairs(text: string): ReadonlyMap<string, string> {
  return new Map(text.split(" ").map((pair) => pair.split(":") as [string, string]));
}

/** Whole-word British spellings the suffix rules below do not reach. */
const BRITISH = pairs(
  "programme:program programmes:program centre:center centres:center licence:license licences:license " +
    "defence:defense catalogue:catalog cheque:check cheques:check enrolment:enrollment fulfil:fulfill " +
    "fulfilment:fulfillment travelling:traveling modelling:modeling labelling:labeling cancelled:canceled " +
    "cancelling:canceling " +
    // Porter makes "executive" and "execution" one stem; the executives are people, execution is work. And
    // "production" and "product": making things is not the thing made.
    "executive:exec executives:exec execs:exec production:produce productions:produce " +
    // And "marketing", the department, is not the "markets" the CEO decides to enter.
    "marketing:mktg",
);

/** Stems of one idea that Porter keeps apart: verb and noun, or two spellings of one root. */
const SAME_ROOT = pairs(
  "decis:decid analysi:analyz analys:analyz analyt:analyz analyst:analyz organ:organiz reorgan:organiz " +
    "optimum:optim ineffici:effici inefficiencie:effici priorit:prioriti financ:financi operat:oper " +
    "strateg:strategi strategist:strategi automat:autom scalabl:scale scalabil:scale",
);

/** British -ise/-our/-yse forms in their American spelling; other words unchanged. */
export function americanSpelling(word: string): string {
  const whole = BRITISH.get(word);
  if (whole !== undefined) return whole;
  if (word.endsWith("our") || word.endsWith("ours")) {
    // colour, behaviour, labour, favour; but not "four", "hour", "tour", "your", "pour", "sour"
    if (word.length > 5 && !word.endsWith("hour") && !word.endsWith("hours"))
      return word.replace(/our(s?)$/, "or$1");
  }
  const ise = /^(.{3,}?)is(e|es|ed|ing|ation|ations|ational|er|ers|able)$/.exec(word);
  if (ise && !ISE_WORDS.has(`${ise[1]}ise`) && !isIseWord(ise[1])) return `${ise[1]}iz${ise[2]}`;
  const yse = /^(.+)ys(e|es|ed|ing)$/.exec(word);
  if (yse) return `${yse[1]}yz${yse[2]}`;
  return word;
}

/** "advertising", "supervisor", "otherwise"… keep their s: their -ise root is one of ISE_WORDS. */
function isIseWord(root: string): boolean {
  for (const word of ISE_WORDS) if (word.length > 3 && `${root}ise`.endsWith(word)) return true;
  return false;
}

// Stemming the same words over and over (20,000 initiatives share a small vocabulary): remember them.
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The comparable form of one lower-case word. */
export function stemOf(word: string): string {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const stemmed = stemmer(americanSpelling(word));
  const stem = SAME_ROOT.get(stemmed) ?? stemmed;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, stem);
  return stem;
}

// Letters and digits of any script, with an inner apostrophe ("company's"); "day-to-day" splits into its words.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
const NON_ASCII = /[^ -~]/; // outside printable ASCII
const LETTERS = /^[a-z]+$/;
const DIGITS = /^\d+$/;

/** The meaningful words of a text, in order, without stopwords; at most MAX_WORDS of them. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  if (typeof text !== "string" || text === "") return out;
  // NFKC only where it can matter: most initiative names are plain ASCII, and normalising 20,000 costs.
  const lower = (NON_ASCII.test(text) ? text.normalize("NFKC") : text).toLowerCase();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lower); match !== null && out.length < MAX_WORDS; match = WORD.exec(lower)) {
    let word = match[0];
    if (word.endsWith("'s")) word = word.slice(0, -2);
    if (word.length < 2 || word.length > MAX_WORD || STOPWORDS.has(word) || DIGITS.test(word)) continue;
    out.push({ text: word, stem: LETTERS.test(word) ? stemOf(word) : word });
  }
  return out;
}
