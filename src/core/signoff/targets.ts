/**
 * The rows a caller asks to mark Agreed (markAgreed's second parameter), each as the caller read it: its
 * initiative, its Decision and its codes in words. A row that no longer reads so is refused, never agreed by
 * surprise.
 */
import { MAX_INITIATIVES } from "../limits";

export interface AgreeTarget {
  row: number;
  initiative: string;
  decision: string;
  codes: string;
}

const EXAMPLE = '[{ "row": 10, "initiative": "Budget", "decision": "Proposed", "codes": "CEO A · COO R" }]';

/** The rows asked for, or an Error naming the field at fault. */
export function readAgreeTargets(value: unknown): AgreeTarget[] {
  const fail = (message: string): never => {
    throw new Error(`Nothing was changed: ${message}`);
  };
  if (!Array.isArray(value) || value.length === 0)
    return fail(`rows must list the rows to agree, as Check read them, e.g. ${EXAMPLE}.`);
  if (value.length > MAX_INITIATIVES) return fail(`rows lists more than ${MAX_INITIATIVES} rows.`);
  const seen = new Set<number>();
  return value.map((item: unknown, i): AgreeTarget => {
    if (typeof item !== "object" || item === null) return fail(`rows[${i}] must be a row as Check read it.`);
    const { row, initiative, decision, codes } = item as Record<string, unknown>;
    if (typeof row !== "number" || !Number.isInteger(row) || row < 1)
      return fail(`rows[${i}].row must be a sheet row number (a whole number, 1 or more).`);
    if (seen.has(row)) return fail(`rows[${i}]: row ${row} is listed twice.`);
    seen.add(row);
    for (const [field, text] of Object.entries({ initiative, decision, codes }))
      if (typeof text !== "string") return fail(`rows[${i}].${field} must be text, as Check read it.`);
    return {
      row,
      initiative: (initiative as string).trim(),
      decision: (decision as string).trim(),
      codes: codes as string,
    };
  });
}
