/**
 * "Copy as text" for the offsite pack: who holds each role, then the rows to settle, group by group, each with
 * who holds what on it and what is wrong with it. Plain text for a message; Markdown for an agenda, with every
 * user text escaped so a name cannot turn into markup.
 */
import type { OffsitePack, OffsiteRow, SettleReason } from "../api";
import { escapeMarkdown, type OwnershipFormat } from "../suggest/ownershipText";
import { SETTLE_ORDER } from "./pack";

/** Each group's title, as the pack, the sidebar and the printable sheet name it. */
export const SETTLE_TITLES: Record<SettleReason, string> = {
  disputed: "Disputed",
  changed: "Changed since agreed",
  finding: "With a finding to settle",
  open: "Not yet agreed",
};

/** "A/R" before "A" before "R"…: owners first, then the doers, then the rest, in the order people read a row. */
const CODE_ORDER = ["A/R", "A", "D", "R", "S", "C", "I"];

/** A role as the room knows it: "COO (Dana Lee)", or "COO" when nobody is named. */
export const holderName = ({ role, heldBy }: { role: string; heldBy: string }): string =>
  heldBy === "" ? role : `${role} (${heldBy})`;

/** "A: CEO (Jo Park) · R: COO (Dana Lee), Department heads · C: Chief of Staff", codes a kind lacks left out. */
export function holdersText(row: OffsiteRow, esc: (text: string) => string = (t) => t): string {
  const byCode = new Map<string, string[]>();
  for (const holder of row.holders)
    byCode.set(holder.code, [...(byCode.get(holder.code) ?? []), esc(holderName(holder))]);
  const rank = (code: string) => (CODE_ORDER.includes(code) ? CODE_ORDER.indexOf(code) : CODE_ORDER.length);
  return [...byCode]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([code, names]) => `${esc(code)}: ${names.join(", ")}`)
    .join(" · ");
}

/** "7 of 12 initiatives to settle." */
export function settleLine(pack: OffsitePack): string {
  return pack.rows.length === 0
    ? `Nothing to settle: all ${pack.initiatives} initiatives are agreed, with no finding.`
    : `${pack.rows.length} of ${pack.initiatives} initiatives to settle.`;
}

export function formatOffsitePack(pack: OffsitePack, format: OwnershipFormat = "plain"): string {
  const md = format === "markdown";
  const esc = md ? escapeMarkdown : (t: string) => t;
  const title = `Offsite pack — ${esc(pack.sheetName)}`;
  const out = [
    md ? `# ${title}` : title,
    settleLine(pack),
    "",
    md ? "## Who holds each role" : "Who holds each role",
  ];
  for (const person of pack.people) {
    const held = person.heldBy === "" ? "nobody named" : esc(person.heldBy);
    out.push(`${md ? "- " : "  "}${esc(person.role)}: ${held}`);
  }
  for (const reason of SETTLE_ORDER) {
    const rows = pack.rows.filter((row) => row.reason === reason);
    if (rows.length === 0) continue;
    const heading = `${SETTLE_TITLES[reason]} (${rows.length})`;
    out.push("", md ? `## ${heading}` : heading);
    for (const row of rows) out.push(...rowLines(row, md, esc));
  }
  return out.join("\n");
}

function rowLines(row: OffsiteRow, md: boolean, esc: (text: string) => string): string[] {
  const name = row.initiative === "" ? `row ${row.row} (no name)` : row.initiative;
  const area = row.area === "" ? "" : ` (${esc(row.area)})`;
  const decision = row.decision === "" ? "" : ` · ${esc(row.decision)}`;
  const head = md ? `- **${esc(name)}**${area}${decision}` : `  - ${name}${area}${decision}`;
  const indent = md ? "  - " : "      ";
  const holders = holdersText(row, esc);
  return [
    head,
    `${indent}${holders === "" ? "No codes yet" : holders}`,
    ...(row.signOff === "" ? [] : [`${indent}${esc(row.signOff)}`]),
    ...row.findings.map((finding) => `${indent}${esc(finding.message)}`),
  ];
}
