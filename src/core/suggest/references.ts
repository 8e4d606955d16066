/**
 * Where a planning-sheet row came from, rather than what the work is: "Next steps (see email thread)", "Item
 * raised at March offsite", "Item 14 (see board pack appendix)", "Ref. AC minute 7.2", "Per Chair's email",
 * "Following the Board's decision to exit: run-off operating model" (what prompted the work, not the work).
 * The words of such a reference say where to look, so they count like generic words (domain.md: a note's
 * references are no clue what the work is): a forum named in a reference does not make the row the forum's.
 */
const REFERENCE =
  /\b(?:see|ref\b\.?|raised (?:at|in)|as discussed (?:at|in)|following)\b[^,;:()–—]*|^\s*per\b.*$/gi;

/** The text without its references, and the references. */
export function splitReferences(text: string): { rest: string; references: string } {
  if (typeof text !== "string" || text.length > 500) return { rest: text, references: "" };
  const references: string[] = [];
  const rest = text.replace(REFERENCE, (reference) => {
    references.push(reference);
    return " ";
  });
  return { rest, references: references.join(" ") };
}
