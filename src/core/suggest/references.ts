/**
 * Where a planning-sheet row came from, rather than what the work is. The words of such a reference say where
 * to look, so they count like generic words (domain.md: a note's references are no clue what the work is): a
 * forum named in a reference does not make the row the forum's. Tried in this order at each place in the text:
 */
const REFERENCES: readonly RegExp[] = [
  // A row that is a pointer: "Ref: SteerCo pack v3, slide 14".
  /^\s*ref[.:].*$/,
  // Where to look, what prompted the work, where it was decided or went, where it came from, up to the next
  // punctuation: "(see email thread)", "Ref. AC minute 7.2", "Item raised at March offsite", "Topic raised by
  // Chairman", "(decided at March ELT)", "Following the Board's decision to exit: run-off operating model",
  // "Deferred to Nov trustees", "Item carried over from March offsite", "(moved from old tracker)", "As
  // discussed w/ OP".
  /\b(?:see|ref\b\.?|(?:raised|decided|agreed|approved) (?:at|in|by)|as discussed (?:at|in|with|w\/\s*)|following|(?:deferred|postponed|parked) (?:to|until|till)|(?:carried|rolled|moved|copied) (?:over )?from)\b[^,;:()–—]*/,
  // "Per Chair's email", "As per last ExCo minutes".
  /^\s*(?:as )?per\b.*$/,
  // Where it was written down or raised: "Item from CEO mail 12/3", "from offsite parking lot", "Item from
  // sponsor call", "Open point from board dinner", "Item from 3/12 L10" (EOS's weekly meeting).
  /\bfrom\b(?=[^,;:()–—]*\b(?:e?mails?|minutes|notes|thread|parking lot|calls?|meetings?|dinners?|lunch|L10)\b)[^,;:()–—]*/,
  // A deal named as when the work is ("post-acquisition", "after merger", "post add-on", "post
  // carve-out", "post-close"): the work follows the deal, it is not the deal. Not before the integration it
  // names: "post-merger integration" is a programme.
  /\b(?:post|after(?: the)?)[- ]?(?:merger|acquisition|acq|deal|close|closing|carve[- ]?out|add[- ]?on|transaction)\b(?![^,;:()–—]*\bint[a-z]*gration)/,
  // A numbered line, row, slide, page or tab of another document: "Line 42".
  /\b(?:line|row|slide|page|tab)\s*#?\d+\b/,
];
const REFERENCE = new RegExp(REFERENCES.map((r) => r.source).join("|"), "gi");

/**
 * An operation's code name ("Op. Northern Light", "Operation Lighthouse"): the capitalised words after "Op." or
 * "Operation" name it and say nothing of the work, like a "Project Falcon" (issue 21: code names get no owner);
 * so does a ticket key ("OPS-1187", "TRANS-214"), though not a standard's number ("ISO-9001").
 */
const CODE_NAME =
  /\b(?:Op\.|Operation)(?:\s+\p{Lu}[\p{L}'-]*){1,3}|\b(?!(?:ISO|SOC|IEC|BS|EN|PCI)-)\p{Lu}{2,}-\d{2,}\b/gu;

/** The text without its references and code names, and those. */
export function splitReferences(text: string): { rest: string; references: string } {
  if (typeof text !== "string" || text.length > 500) return { rest: text, references: "" };
  const references: string[] = [];
  const keep = (reference: string) => {
    references.push(reference);
    return " ";
  };
  const rest = text.replace(REFERENCE, keep).replace(CODE_NAME, keep);
  return { rest, references: references.join(" ") };
}
