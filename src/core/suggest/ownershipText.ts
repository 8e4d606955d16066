/**
 * "Copy as text" for Who owns what: per role, what it is accountable and responsible for (in the kind's words:
 * what it approves and drives, in DACI), grouped by area, with the rows outside its charter marked. The
 * charters themselves are left out: they are the same in every copy, and the panel shows them. An A/R row is
 * listed once, under Accountable for, with its [A/R]. Plain text for a message or a one-to-one; Markdown for a
 * board pack. User text is escaped in Markdown, so a name cannot turn into markup.
 */
import type { OwnershipItem, OwnershipReport } from "./ownership";

export type OwnershipFormat = "plain" | "markdown";

const OUTSIDE = "outside its charter";

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, "\\$&");
}

function byArea(items: readonly OwnershipItem[]): [string, OwnershipItem[]][] {
  const groups = new Map<string, OwnershipItem[]>();
  for (const item of items) {
    const list = groups.get(item.area) ?? [];
    list.push(item);
    groups.set(item.area, list);
  }
  return [...groups];
}

export function formatOwnership(report: OwnershipReport, format: OwnershipFormat = "plain"): string {
  const md = format === "markdown";
  const esc = md ? escapeMarkdown : (t: string) => t;
  const out: string[] = [
    md ? `# Who owns what — ${esc(report.sheetName)}` : `Who owns what — ${report.sheetName}`,
  ];
  for (const role of report.roles) {
    // The person holding the role, when the people row names one: "COO (Dana Lee)".
    const held = role.heldBy ? ` (${role.heldBy})` : "";
    out.push("", md ? `## ${esc(role.role + held)}` : `${role.role.toUpperCase()}${held}`);
    for (const [title, items] of [
      [report.headings.owner, role.accountable],
      [report.headings.doer, role.responsible.filter((item) => item.code !== "A/R")],
    ] as const) {
      if (items.length === 0) {
        out.push(md ? `**${title}:** nothing` : `${title}: nothing`);
        continue;
      }
      out.push(md ? `**${title}:**` : `${title}:`);
      for (const [area, list] of byArea(items)) {
        const indent = area === "" ? "" : "  ";
        if (area !== "") out.push(md ? `- ${esc(area)}` : `  ${area}`);
        for (const item of list) {
          const flag = item.outsideCharter ? ` (${OUTSIDE})` : "";
          const name = item.initiative === "" ? `row ${item.row}` : item.initiative;
          const decision = item.decision === undefined ? "" : ` · ${item.decision || "no decision"}`;
          out.push(`${indent}${md ? "- " : "  - "}${esc(name)} [${item.code}]${esc(decision)}${flag}`);
        }
      }
    }
  }
  return out.join("\n");
}
