/**
 * What the columns of a RACI table's header are: the name column (what the table calls its rows), the
 * columns people keep between it and the roles (Notes, Owner, Status, Due date…: never roles, never
 * written), and the roles. One reading, shared by adoption (finding a table) and every read of a matrix
 * (detect.ts), so the two always agree on which columns are roles.
 */
import { parseAnyKind } from "../codes";
import { normalizeName } from "../names";
import { builtInCharter } from "../suggest/charters";
import type { CellValue } from "../types";
import { HEADER_LABELS } from "./layout";

/**
 * What the name column of a RACI table is called: the add-on writes "Initiative"; the common templates say
 * "Task", "Activity", "Deliverable", "Project", "Workstream" or "Decision". "Initiative" wins when a row has
 * several.
 */
export const NAME_LABELS = [
  HEADER_LABELS.initiative,
  "Task",
  "Tasks",
  "Activity",
  "Activities",
  "Deliverable",
  "Deliverables",
  "Project",
  "Projects",
  "Workstream",
  "Workstreams",
  "Decision",
  "Decisions",
  "Work item",
  "Step",
] as const;

/** The headers named in a refusal, in the order people meet them. */
export const NAME_LABELS_SHOWN = [
  "Initiative",
  "Task",
  "Activity",
  "Project",
  "Workstream",
  "Deliverable",
  "Decision",
];

/** Headers of the columns trackers keep beside a task's name: never a role, wherever they stand. */
export const NON_ROLE_LABELS = [
  "Notes",
  "Note",
  "Comments",
  "Comment",
  "Remarks",
  "Description",
  "Details",
  "Owner",
  "Owners",
  HEADER_LABELS.status,
  "Due date",
  "Due",
  "Deadline",
  "Date",
  "Start date",
  "End date",
  "Priority",
  "Progress",
  "Link",
  "ID",
  "#",
] as const;

/** The non-role headers named in a refusal. */
export const NON_ROLE_LABELS_SHOWN = ["Notes", "Owner", "Status", "Due date", "Priority", "Comments"];

/**
 * Reading the matrix back would take a role called "Initiative" or "Status" for that column, one called
 * "Task" or "Project" for another table's name column, and one called "Notes" or "Owner" for a column
 * people keep before the roles.
 */
export function reservedRoleProblem(name: string): string | null {
  const clash = [HEADER_LABELS.status, ...NAME_LABELS, ...NON_ROLE_LABELS].find((label) =>
    isLabel(name, label),
  );
  if (clash === undefined) return null;
  return clash === HEADER_LABELS.status || clash === HEADER_LABELS.initiative
    ? `"${clash}" is a column of the matrix; call the role something else.`
    : `"${clash}" names a column of its own in a RACI table, not a role; call the role something else.`;
}

export const isLabel = (value: CellValue, label: string): boolean =>
  typeof value === "string" && normalizeName(value) === normalizeName(label);

/** One lookup per cell, whatever the number of labels: every read of a matrix asks this of its header rows. */
const inLabels = (labels: readonly string[]) => {
  const keys = new Set(labels.map(normalizeName));
  return (value: CellValue): boolean => typeof value === "string" && keys.has(normalizeName(value));
};
export const isNameLabel = inLabels(NAME_LABELS);
const isNonRoleLabel = inLabels(NON_ROLE_LABELS);

export const cellText = (value: CellValue): string =>
  value === null || value === undefined ? "" : value instanceof Date ? "date" : String(value).trim();

/**
 * The columns (0-based) of a header row that may name a table's rows, in the order to try them: an
 * "Initiative" cell first, then every other name header left to right; where name headers stand side by
 * side ("Step | Task"), the rightmost of them.
 */
export function nameCandidates(row: CellValue[]): number[] {
  const named = row.flatMap((value, c) => (isNameLabel(value) ? [c] : []));
  const initiative = named.filter((c) => isLabel(row[c], HEADER_LABELS.initiative));
  const others = named.filter((c) => !initiative.includes(c) && !isNameLabel(row[c + 1]));
  return [...initiative, ...others];
}

/**
 * A column between the name and the roles that is not a role: a tracker's own header (Notes, Owner,
 * Status, Due date…), or a column that holds something in the table's rows but not one RACI code (someone's
 * "Priority: High", a budget, a date) under a header that is no known role title. `rows` are the table's
 * rows that may be initiatives (0-based sheet rows of `values`).
 */
export function isNonRoleColumn(
  header: CellValue,
  values: readonly CellValue[][],
  rows: readonly number[],
  column: number,
): boolean {
  if (isNonRoleLabel(header)) return true;
  if (builtInCharter(cellText(header)) !== undefined) return false;
  let filled = false;
  for (const r of rows) {
    const parsed = parseAnyKind(values[r]?.[column]);
    if (parsed.kind === "code") return false;
    if (parsed.kind === "invalid") filled = true;
  }
  return filled;
}

/** The first role column (0-based, before `end`) of the table named at column `name`: past its non-role columns. */
export function firstRoleColumnOf(
  values: readonly CellValue[][],
  header: number,
  name: number,
  end: number,
  rows: readonly number[],
): number {
  let c = name + 1;
  while (c < end && isNonRoleColumn(values[header][c], values, rows, c)) c++;
  return c;
}
