/**
 * A matrix's change history as the sidebar shows it: each typed code under the role's name and at the cell
 * where that code is now, even after the role was renamed or the initiative moved (the log itself keeps
 * what was true when each line was written), and each fix in words rather than by its rule's name. Entries
 * come newest first, so renames are met before the older lines that still use the old name.
 */
import { a1 } from "./a1";
import { normalizeName } from "./names";
import type { RuleName } from "./types";

export interface HistoryLine {
  initiative: string;
  role: string;
  cell: string;
  old: string;
  new: string;
  /** A change made from the sidebar, in words; "" for a typed code. */
  change: string;
}

export interface MatrixNow {
  roles: readonly { name: string; column: number }[];
  initiatives: readonly { name: string; row: number }[];
}

/** True for the log line of a role rename: its old and new names. */
const isRename = (line: HistoryLine): boolean => line.change !== "" && line.old !== "" && line.new !== "";

export function presentHistory<T extends HistoryLine>(lines: readonly T[], now: MatrixNow): T[] {
  /** Role names met in older lines → their name today. */
  const today = new Map<string, string>();
  const current = (role: string): string => today.get(normalizeName(role)) ?? role;
  const column = new Map(now.roles.map((r) => [normalizeName(r.name), r.column]));
  const rows = new Map<string, number | null>();
  for (const i of now.initiatives) {
    const key = normalizeName(i.name);
    rows.set(key, rows.has(key) ? null : i.row); // two initiatives of one name: no way to tell which
  }
  return lines.map((line) => {
    if (line.change !== "") {
      if (isRename(line)) today.set(normalizeName(line.old), current(line.new));
      return line;
    }
    const role = current(line.role);
    const c = column.get(normalizeName(role));
    const r = rows.get(normalizeName(line.initiative));
    return { ...line, role, cell: c !== undefined && r != null ? a1(r, c) : line.cell };
  });
}

/** What each fix did, in a reader's words: the log names it by its rule ("fix: MULTIPLE_ACCOUNTABLE"). */
const FIX_WORDS: Partial<Record<RuleName, string>> = {
  MULTIPLE_ACCOUNTABLE: "two or more accountable → kept one",
  SHARED_OWNERSHIP: "both owners claimed it → kept the work with one",
  NO_ACCOUNTABLE: "nobody accountable → gave the A",
  NO_RESPONSIBLE: "nobody responsible → gave the R",
};

/** "RACI Matrix for Sheets (fix: NO_ACCOUNTABLE)" → "RACI Matrix for Sheets (fix: nobody accountable → gave the A)". */
export function describeLogUser(user: string): string {
  return user.replace(/\(fix: ([A-Z_]+)\)$/, (whole, rule: string) => {
    const words = Object.prototype.hasOwnProperty.call(FIX_WORDS, rule)
      ? FIX_WORDS[rule as RuleName]
      : undefined;
    return words === undefined ? whole : `(fix: ${words})`;
  });
}
