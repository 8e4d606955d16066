/**
 * An outcome target: a number the work must reach ("Inventory accuracy 99.5% by H2", "Cut AHT from 7:40 to
 * 6:00", "DSO below 45 days", "Halve order entry errors"). Issue 21: an outcome target on an operational
 * measure counts as operations, so it strengthens the operations owner's evidence (never creates it).
 */
const TARGET =
  /\d(?:[\d.,:]*)\s?%|[<>≤≥]\s?\d|\b(?:below|under|above|within|less than|more than|at least|at most)\s+\d|\bfrom\s+[\d.,:£$€]+\S*\s+to\s+[\d.,:£$€]+|\b(?:halve|halving|double|doubling)\b|[−–-]\s?\d+(?:\.\d+)?\s?%|\bby\s+(?:q[1-4]|h[12]|fy\s?\d*|year[- ]end|end of|\d{1,2}\s+[a-z]{3})/i;

/** The text of the target an initiative's name sets, or null. */
export function outcomeTarget(name: string): string | null {
  if (typeof name !== "string" || name.length > 500) return null;
  const match = TARGET.exec(name);
  return match ? match[0].trim() : null;
}
