/**
 * "Suggest owners for these rows" on a matrix that exists: the whole suggested row (docs/domain.md
 * "Suggestions") for rows that have no code yet, in the matrix's kind, written only into their empty code
 * cells. A row with any code, an unreadable one included, is left to the fixes, and a row nothing points to
 * an owner for is left empty: a guess presented as a suggestion is worse than none. Pure; the server writes what this plans.
 */
import { a1 } from "../a1";
import type { CompanyGlossary } from "../suggest/companyGlossary";
import type { CharterMap } from "../suggest/charterInput";
import { chartersFor, pairIndex, suggestOne } from "../suggest/index";
import type { RaciMatrix } from "../types";
import type { FixRows } from "./rows";

export interface SuggestedRow {
  row: number;
  initiative: string;
  owner: string;
  confidence: number;
  reasons: string[];
  /** Every code cell the row gets, in column order. */
  codes: { cell: string; role: string; code: string }[];
}

export interface RowSuggestionPlan {
  rows: SuggestedRow[];
  skipped: { row: number; initiative: string; reason: string }[];
}

/**
 * The suggestions for the rows asked for: `only` limits them to those sheet rows, each while it still holds
 * the initiative named with it; without it, every named row that has no code at all.
 */
export function planRowSuggestions(
  matrix: RaciMatrix,
  charters: CharterMap = new Map(),
  glossary: CompanyGlossary = [],
  only: FixRows | null = null,
): RowSuggestionPlan {
  const roles = matrix.roles.map((r) => r.name);
  const compiled = chartersFor(roles, charters, glossary);
  const pair = matrix.settings.ownerPair ? pairIndex(roles, matrix.settings.ownerPair) : null;
  const plan: RowSuggestionPlan = { rows: [], skipped: [] };
  for (const { name: raw, area, row, cells } of matrix.initiatives) {
    const expected = only ? only.get(row) : undefined;
    if (only && expected === undefined) continue;
    const name = raw.trim();
    const empty = roles.every((_, i) => (cells[i]?.kind ?? "empty") === "empty");
    if (!only && (name === "" || !empty)) continue; // every row without codes: the others are not asked for
    const skip = (reason: string) => plan.skipped.push({ row, initiative: name, reason });
    if (expected !== undefined && expected !== name) {
      skip(
        `row ${row} now holds ${name === "" ? "no name" : `"${name}"`}, not "${expected}": suggest again.`,
      );
      continue;
    }
    if (name === "") {
      skip(`row ${row} has no initiative name to suggest from.`);
      continue;
    }
    if (!empty) {
      skip("it has codes already: Check's fixes settle what is wrong with them.");
      continue;
    }
    const s = suggestOne(compiled, pair, { name, area, codes: roles.map(() => "") }, matrix.settings.kind);
    if (s.owner === null) {
      skip(
        "no word of it points to a role's charter or to a company word: set its codes by hand, or teach the word.",
      );
      continue;
    }
    plan.rows.push({
      row,
      initiative: name,
      owner: s.owner,
      confidence: s.confidence,
      reasons: s.reasons,
      codes: matrix.roles.flatMap((role) =>
        Object.prototype.hasOwnProperty.call(s.assignments, role.name)
          ? [{ cell: a1(row, role.column), role: role.name, code: s.assignments[role.name] }]
          : [],
      ),
    });
  }
  return plan;
}
