/**
 * Where a planning-sheet row came from, rather than what the work is: "Next steps (see email thread)", "Item
 * raised at March offsite", "Topic raised by Chairman", "Item 14 (see board pack appendix)", "Ref. AC minute
 * 7.2", "Per Chair's email", "As per last ExCo minutes", "Following the Board's decision to exit: run-off
 * operating model" (what prompted the work, not the work), "(decided at March ELT)", "Deferred to Nov
 * trustees" (where it went, not what it is), "Item from CEO mail 12/3", "from offsite parking lot" (where it
 * was written down: a mail, minutes, notes, a parking lot), "Item carried over from March offsite", "Ref: SteerCo
 * pack v3, slide 14", "Line 42 (moved from old tracker)" (a numbered line, row, slide, page or tab). The words of such a reference say where to look,
 * so they count like generic words (domain.md: a note's references are no clue what the work is): a forum
 * named in a reference does not make the row the forum's.
 */
const REFERENCE =
  /^\s*ref[.:].*$|\b(?:see|ref\b\.?|(?:raised|decided|agreed|approved) (?:at|in|by)|as discussed (?:at|in)|following|(?:deferred|postponed|parked) (?:to|until|till)|(?:carried|rolled|moved|copied) (?:over )?from)\b[^,;:()–—]*|^\s*(?:as )?per\b.*$|\bfrom\b(?=[^,;:()–—]*\b(?:e?mails?|minutes|notes|thread|parking lot)\b)[^,;:()–—]*|\b(?:line|row|slide|page|tab)\s*#?\d+\b/gi;

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
