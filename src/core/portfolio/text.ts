/**
 * "Copy as text" for Who owns what across all matrices: the one-pager a Chief of Staff hands the CEO. The
 * conflicts and overloads first, then each role's load and share, then each person's. Plain text for a
 * message; Markdown for a board pack, with user text escaped so a name cannot turn into markup.
 */
import { escapeMarkdown, type OwnershipFormat } from "../suggest/ownershipText";
import type { Portfolio, PortfolioFinding } from "../api";

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

type Load = { A: number; R: number; C: number; I: number };

/** "A 5 · R 6 · C 2 · I 1" */
function loadText(load: Load): string {
  return `A ${load.A} · R ${load.R} · C ${load.C} · I ${load.I}`;
}

/** The A, R, C and I cells of a Markdown table row. */
function loadCells(load: Load): string[] {
  return [load.A, load.R, load.C, load.I].map(String);
}

const SECTIONS: { title: string; rule: PortfolioFinding["rule"] }[] = [
  { title: "Conflicting owners", rule: "CONFLICTING_OWNERS" },
  { title: "Overloaded roles", rule: "ROLE_OVERLOADED" },
];

export function formatPortfolio(portfolio: Portfolio, format: OwnershipFormat = "plain"): string {
  const md = format === "markdown";
  const esc = md ? escapeMarkdown : (t: string) => t;
  const sheets = portfolio.matrices.map((m) => m.sheetName);
  const initiatives = portfolio.matrices.reduce((n, m) => n + m.initiatives, 0);
  const title = `Who owns what — all ${sheets.length} matrices`;
  const out = [md ? `# ${title}` : title, `${esc(sheets.join(", "))} (${initiatives} initiatives)`];
  for (const { title, rule } of SECTIONS) {
    const found = portfolio.findings.filter((f) => f.rule === rule);
    if (found.length === 0) continue;
    out.push("", md ? `## ${title}` : title);
    for (const finding of found) out.push(`${md ? "- " : "  - "}${esc(finding.message)}`);
  }
  out.push("", md ? "## Roles" : "Roles (owns: the share of all initiatives where it holds R or A)");
  if (md) {
    out.push("| Role | Owns | A | R | C | I | Matrices |", "|---|---:|---:|---:|---:|---:|---|");
    for (const role of portfolio.roles) {
      const cells = [esc(role.role), percent(role.share), ...loadCells(role), esc(role.matrices.join(", "))];
      out.push(`| ${cells.join(" | ")} |`);
    }
  } else {
    for (const role of portfolio.roles) {
      const sheetsIn = role.matrices.join(", ");
      out.push(`  ${role.role}: owns ${percent(role.share)} · ${loadText(role)} · in ${sheetsIn}`);
    }
  }
  if (portfolio.people.length === 0) return out.join("\n");
  out.push("", md ? "## People" : "People");
  if (md) out.push("| Person | Roles | A | R | C | I |", "|---|---|---:|---:|---:|---:|");
  for (const person of portfolio.people) {
    const roles = person.roles.join(", ");
    out.push(
      md
        ? `| ${[esc(person.person), esc(roles), ...loadCells(person)].join(" | ")} |`
        : `  ${person.person} (${roles}): ${loadText(person)}`,
    );
  }
  return out.join("\n");
}
