/**
 * The rows a caller limits a fix to (fixFindings/previewFixes' third parameter), each with the initiative the
 * caller saw there: a row that holds another initiative by the time of the fix is not fixed by surprise.
 */

/** Sheet row → the initiative's name (trimmed) the caller expects on it. */
export type FixRows = ReadonlyMap<number, string>;

const EXAMPLE = '[{ "row": 5, "initiative": "Reduce cloud costs" }]';

/** The rows asked for, or a message naming the bad field. Undefined/null means every row. */
export function readFixRows(
  value: unknown,
): { ok: true; rows: FixRows | null } | { ok: false; message: string } {
  if (value === undefined || value === null) return { ok: true, rows: null };
  if (!Array.isArray(value))
    return { ok: false, message: `rows must be a list of rows and their initiatives, e.g. ${EXAMPLE}.` };
  const rows = new Map<number, string>();
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== "object" || item === null)
      return { ok: false, message: `rows[${i}] must be a row and its initiative, e.g. ${EXAMPLE}.` };
    const { row, initiative } = item as { row?: unknown; initiative?: unknown };
    if (typeof row !== "number" || !Number.isInteger(row) || row < 1)
      return {
        ok: false,
        message: `rows[${i}].row must be a sheet row number (a whole number, 1 or more), not ${shown(row)}.`,
      };
    if (typeof initiative !== "string")
      return {
        ok: false,
        message: `rows[${i}].initiative must be the initiative's name as text, not ${shown(initiative)}.`,
      };
    const name = initiative.trim();
    if (rows.has(row) && rows.get(row) !== name)
      return { ok: false, message: `rows[${i}]: row ${row} is listed twice, with two initiatives.` };
    rows.set(row, name);
  }
  return { ok: true, rows };
}

function shown(value: unknown): string {
  if (value === undefined) return "missing";
  const text = typeof value === "string" ? `"${value}"` : String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
