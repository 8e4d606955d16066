/**
 * What New matrix points out in a pasted list before anything is sent, each with a one-click way out, and the
 * edits of the pasted text those ways out make. Pure, so it is tested without a browser.
 */
import { normalizeName } from "../src/core/names";
import type { PasteResult } from "./parsePaste";

/** Longer names wrap onto many lines in the sheet's Initiative column: a row as tall as a paragraph. */
export const LONG_NAME = 100;

export type ListCheck =
  /** A heading line read as the area of the lines below it. */
  | { kind: "heading"; line: number; area: string; lines: number }
  /** A heading line whose area no initiative has. */
  | { kind: "emptyHeading"; line: number; area: string }
  /** The same initiative again (case and spaces ignored, as DUPLICATE_INITIATIVE compares names). */
  | { kind: "duplicate"; line: number; name: string; first: number }
  /** A line without an area that names an area of other lines: most likely meant as its heading. */
  | { kind: "areaName"; line: number; name: string }
  | { kind: "long"; line: number; name: string; shorter: string };

/** Everything worth a look in the list, in the order of its lines. */
export function checkList(parsed: PasteResult): ListCheck[] {
  const areas = new Set(parsed.initiatives.map((i) => normalizeName(i.area)).filter((a) => a !== ""));
  const checks: ListCheck[] = parsed.headings.flatMap((h): ListCheck[] => {
    if (h.lines > 0) return [{ kind: "heading", line: h.line, area: h.area, lines: h.lines }];
    // A heading over lines that name its area themselves is harmless; one whose area nothing has is not.
    return areas.has(normalizeName(h.area)) ? [] : [{ kind: "emptyHeading", line: h.line, area: h.area }];
  });
  const seen = new Map<string, number>();
  // In the order of the lines (the preview groups them by area), so "first" is the earlier line.
  const lines = [...parsed.initiatives].sort((a, b) => a.line - b.line);
  for (const { name, area, line, heading } of lines) {
    const key = normalizeName(name);
    const first = seen.get(key);
    if (first !== undefined) checks.push({ kind: "duplicate", line, name, first });
    else seen.set(key, line);
    // Under a heading or not, a line that named no area of its own.
    if ((area === "" || heading !== undefined) && areas.has(key))
      checks.push({ kind: "areaName", line, name });
    if (name.length > LONG_NAME) checks.push({ kind: "long", line, name, shorter: shortened(name) });
  }
  return checks.sort((a, b) => a.line - b.line);
}

/** What a check says, in a person's words. */
export function describeCheck(check: ListCheck): string {
  switch (check.kind) {
    case "heading":
      return `${check.area}: read as an area for the ${check.lines === 1 ? "line" : `${check.lines} lines`} below.`;
    case "emptyHeading":
      return `Line ${check.line}, “${check.area}:”, reads as an area heading, but no initiative is below it.`;
    case "duplicate":
      return `Line ${check.line} repeats line ${check.first}: “${check.name}”.`;
    case "areaName":
      return `Line ${check.line}, “${check.name}”, is also the name of an area: a heading, perhaps?`;
    case "long":
      return `Line ${check.line} is ${check.name.length} characters; names over ${LONG_NAME} make a row several lines tall.`;
  }
}

/** The way out a check offers: its button's label, and the pasted text it leaves. */
export function wayOut(check: ListCheck, text: string): { label: string; text: string } {
  switch (check.kind) {
    case "heading":
      return {
        label: "Keep it as an initiative",
        text: editLine(text, check.line, (raw) => raw.replace(/\s*:\s*$/, "")),
      };
    case "emptyHeading":
      return { label: "Remove the line", text: editLine(text, check.line, () => null) };
    case "duplicate":
      return { label: `Remove line ${check.line}`, text: editLine(text, check.line, () => null) };
    case "areaName":
      return { label: "Make it an area", text: editLine(text, check.line, (raw) => `${raw.trimEnd()}:`) };
    case "long":
      return {
        label: `Shorten to “${check.shorter}”`,
        text: editLine(text, check.line, (raw) => raw.replace(check.name, check.shorter)),
      };
  }
}

/** Whether a check is only news (a heading was read as meant), not something to settle before Generate. */
export const isNews = (check: ListCheck): boolean => check.kind === "heading";

const LINE_BREAK = /\r\n|\r|\n/;

/** The text with one line (1-based) rewritten, or removed when `edit` gives null. Line breaks become "\n". */
function editLine(text: string, line: number, edit: (raw: string) => string | null): string {
  const lines = text.split(LINE_BREAK);
  const edited = edit(lines[line - 1] ?? "");
  if (edited === null) lines.splice(line - 1, 1);
  else lines[line - 1] = edited;
  return lines.join("\n");
}

/** Where a long name can end: after its first clause, else at the last word that fits. */
const CLAUSE_END = /[.;:!?](?=\s)|\s[-–—(]/g;

/** The name cut to at most LONG_NAME characters, at a clause's end or a word's, without a dangling mark. */
export function shortened(name: string): string {
  const room = name.slice(0, LONG_NAME + 1);
  const clauses = [...room.matchAll(CLAUSE_END)].map((m) => m.index ?? 0).filter((i) => i >= 20);
  const words = room.lastIndexOf(" ");
  const end = clauses[0] ?? (words > 0 ? words : LONG_NAME);
  return name
    .slice(0, end)
    .replace(/[\s,;:.\-–—(]+$/, "")
    .trim();
}
