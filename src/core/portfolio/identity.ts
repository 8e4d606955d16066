/**
 * When two matrices mean the same role or the same initiative (domain.md "Across matrices"), and which of the
 * spellings people used the portfolio shows.
 */
import { normalizeName } from "../names";
import { builtInCharter } from "../suggest/charters";

/**
 * A role's identity across matrices: its built-in charter when its name is a charter's title or alias
 * ("CoS" is the Chief of Staff), else its name with case and spacing ignored. undefined for an unnamed column.
 */
export function roleKey(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === "") return undefined;
  const charter = builtInCharter(trimmed);
  // Prefixes keep a role literally named like a charter key from colliding with it.
  return charter ? `charter:${charter.title}` : `name:${normalizeName(trimmed)}`;
}

/** An initiative's identity across matrices: case, spacing and punctuation ignored. "" when it has no name. */
export function initiativeKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Code-unit order: unlike localeCompare, the same in Apps Script, Node and every browser. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The spellings one merged name was written in, and the one to show: the most used, then `preferred` (a
 * charter's own title), then the first in code-unit order, so the choice never depends on the matrices' order.
 */
export class Spellings {
  private readonly counts = new Map<string, number>();

  constructor(private readonly preferred?: string) {}

  add(spelling: string): void {
    const text = spelling.trim();
    this.counts.set(text, (this.counts.get(text) ?? 0) + 1);
  }

  best(): string {
    const rank = (text: string) => (text === this.preferred ? 0 : 1);
    const [best] = [...this.counts].sort(([a, m], [b, n]) => n - m || rank(a) - rank(b) || byText(a, b));
    return best?.[0] ?? "";
  }
}

/** The spellings of a role, its built-in charter's title preferred on a tie ("Chief of Staff" over "CoS"). */
export function roleSpellings(name: string): Spellings {
  return new Spellings(builtInCharter(name)?.title);
}
