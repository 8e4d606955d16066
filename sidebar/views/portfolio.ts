/**
 * Who owns what › All matrices: the initiatives two matrices give to different owners (each with Show for
 * both of its cells), the roles overloaded across them, each role's load and share, each person's, and the
 * overview sheet. Rendering only: the Owners panel loads the portfolio and copies it as text.
 */
import type { Portfolio, PortfolioFinding } from "../../src/core/api";
import { button, el, uid, type Child } from "../dom";

export interface PortfolioActions {
  /** Selects a cell in its sheet. */
  show(sheetName: string, cell: string): void;
  /** Makes (or rewrites) the overview sheet and opens it. */
  overview(): void;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The line naming the matrices, or saying there is none. */
export function portfolioSummary(portfolio: Portfolio): HTMLElement {
  const sheets = portfolio.matrices.map((m) => m.sheetName);
  if (sheets.length === 0) {
    return el("p", { class: "muted" }, "This spreadsheet has no matrix yet: make one from New matrix.");
  }
  const initiatives = portfolio.matrices.reduce((n, m) => n + m.initiatives, 0);
  return el(
    "p",
    { class: "sheet-line" },
    `${sheets.length} ${sheets.length === 1 ? "matrix" : "matrices"}, ${initiatives} initiatives: `,
    ...sheets.flatMap((name, i) => [i > 0 ? ", " : "", el("strong", {}, `“${name}”`)]),
    ".",
  );
}

/** The findings across matrices, each role's and each person's load, and the overview sheet. */
export function portfolioDetails(portfolio: Portfolio, actions: PortfolioActions): Child[] {
  if (portfolio.matrices.length === 0) return [];
  const conflicts = portfolio.findings.filter((f) => f.rule === "CONFLICTING_OWNERS");
  const overloaded = portfolio.findings.filter((f) => f.rule === "ROLE_OVERLOADED");
  return [
    findingList("Conflicting owners", conflicts, actions, "No initiative has two different owners."),
    findingList("Overloaded roles", overloaded, actions, null),
    rolesTable(portfolio),
    peopleTable(portfolio),
    el(
      "section",
      { class: "owner-role" },
      el("h3", {}, "Overview sheet"),
      el(
        "p",
        { class: "hint" },
        "A sheet with a row per role and a column per matrix: live counts of R or A, and a chart. " +
          "It follows every edit without the add-on.",
      ),
      el(
        "div",
        { class: "actions" },
        button("Open the overview sheet", () => actions.overview(), { attrs: { "data-focus": "overview" } }),
      ),
    ),
  ];
}

function findingList(
  title: string,
  findings: readonly PortfolioFinding[],
  actions: PortfolioActions,
  none: string | null,
): HTMLElement | null {
  if (findings.length === 0) return none === null ? null : el("p", { class: "owner-none" }, none);
  const id = uid("portfolio");
  return el(
    "section",
    { class: "owner-role portfolio-findings", attrs: { "aria-labelledby": id } },
    el("h3", { id }, `${title} (${findings.length})`),
    el(
      "ul",
      {},
      ...findings.map((finding) =>
        el(
          "li",
          { class: "portfolio-finding" },
          el("p", {}, finding.message),
          el(
            "div",
            { class: "actions" },
            showButton(finding.sheetName, finding.cell, actions),
            finding.other ? showButton(finding.other.sheetName, finding.other.cell, actions) : null,
          ),
        ),
      ),
    ),
  );
}

function showButton(
  sheetName: string,
  cell: string | undefined,
  actions: PortfolioActions,
): HTMLElement | null {
  if (cell === undefined) return null;
  return button(`Show ${cell} in “${sheetName}”`, () => actions.show(sheetName, cell));
}

function table(caption: string, head: string[], rows: (string | number)[][]): HTMLElement {
  return el(
    "table",
    { class: "code-grid portfolio-table" },
    el("caption", {}, caption),
    el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { attrs: { scope: "col" } }, h)))),
    el(
      "tbody",
      {},
      ...rows.map(([first, ...rest]) =>
        el("tr", {}, el("th", { attrs: { scope: "row" } }, first), ...rest.map((cell) => el("td", {}, cell))),
      ),
    ),
  );
}

function rolesTable(portfolio: Portfolio): HTMLElement {
  return table(
    "Each role in all matrices (Owns: share of all initiatives where it holds R or A)",
    ["Role", "Owns", "A", "R", "C", "I", "In"],
    portfolio.roles.map((r) => [r.role, percent(r.share), r.A, r.R, r.C, r.I, r.matrices.join(", ")]),
  );
}

function peopleTable(portfolio: Portfolio): HTMLElement | null {
  if (portfolio.people.length === 0) return null;
  return table(
    "Each person, from the Held by rows",
    ["Person", "Roles", "A", "R", "C", "I"],
    portfolio.people.map((p) => [p.person, p.roles.join(", "), p.A, p.R, p.C, p.I]),
  );
}
