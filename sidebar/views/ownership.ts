/**
 * Who owns what: for each role of the active matrix, its charter, then what it is accountable and
 * responsible for, grouped by area, with the rows its charter does not mention flagged in words. "Copy as
 * text" puts the same in plain text or Markdown on the clipboard, for a one-to-one or a board pack. "All
 * matrices" shows every matrix of the spreadsheet together (portfolio.ts), and copies that instead.
 */
import type { Portfolio } from "../../src/core/api";
import { formatPortfolio } from "../../src/core/portfolio/text";
import type { OwnershipItem, OwnershipReport, RoleOwnership } from "../../src/core/suggest/ownership";
import { formatOwnership, type OwnershipFormat } from "../../src/core/suggest/ownershipText";
import { copyBox, FORMAT_NAMES } from "../copyBox";
import { scopeChoice } from "../form";
import type { Context, View } from "../context";
import { button, el, fill, uid } from "../dom";
import { notAMatrix } from "./notAMatrix";
import { portfolioDetails, portfolioSummary } from "./portfolio";

type Scope = "matrix" | "all";
const SCOPES: { value: Scope; label: string }[] = [
  { value: "matrix", label: "This matrix" },
  { value: "all", label: "All matrices" },
];

export function ownershipView(ctx: Context): View {
  let scope: Scope = "matrix";
  /** What Copy as text copies: the matrix's report or the portfolio, whichever is shown. */
  let shown: { kind: "matrix"; report: OwnershipReport } | { kind: "all"; portfolio: Portfolio } | null =
    null;
  const body = el("div", { class: "owners-body" }, el("p", { class: "muted" }, "Reading the matrix…"));
  const copier = copyBox(ctx);
  const manual = copier.manual;
  const refresh = button("Refresh", () => void load(), { attrs: { "data-focus": "owners-refresh" } });
  const scopes = scopeChoice("owners-scope", "Show", SCOPES, scope, (value) => {
    scope = value;
    void load();
  });
  const panel = el(
    "section",
    { id: "panel-owners", class: "panel" },
    el("div", { class: "panel-head" }, el("h2", {}, "Who owns what"), refresh),
    scopes,
    body,
  );

  async function load(): Promise<void> {
    try {
      if (scope === "all") {
        const portfolio = await ctx.quiet.getPortfolio();
        shown = { kind: "all", portfolio };
        renderPortfolio(portfolio);
        // The overview sheet, when there is one, catches up with matrices renamed, resized or removed since
        // it was written (it writes nothing when it is current).
        await ctx.quiet.refreshOverview().catch(() => null);
        return;
      }
      const report = await ctx.quiet.getOwnership();
      shown = { kind: "matrix", report };
      render(report);
    } catch (error) {
      shown = null;
      fill(body, notAMatrix(ctx, error instanceof Error ? error.message : String(error)));
    }
  }

  async function copy(format: OwnershipFormat): Promise<void> {
    if (!shown) return;
    const [text, what] =
      shown.kind === "all"
        ? [formatPortfolio(shown.portfolio, format), "all matrices"]
        : [formatOwnership(shown.report, format), `“${shown.report.sheetName}”`];
    await copier.copy(text, `Copied who owns what in ${what} as ${FORMAT_NAMES[format]}.`);
  }

  function copyActions(): HTMLElement {
    return el(
      "div",
      { class: "actions copy-actions" },
      button("Copy as text", () => void copy("plain"), { attrs: { "data-focus": "copy-plain" } }),
      button("Copy as Markdown", () => void copy("markdown"), { attrs: { "data-focus": "copy-markdown" } }),
    );
  }

  function renderPortfolio(portfolio: Portfolio): void {
    copier.hide();
    fill(
      body,
      portfolioSummary(portfolio),
      ...(portfolio.matrices.length > 0 ? [copyActions(), manual] : []),
      ...portfolioDetails(portfolio, {
        show: (sheetName, cell) => void showCell(sheetName, cell),
        overview: () => void openOverview(),
      }),
    );
  }

  async function showCell(sheetName: string, cell: string): Promise<void> {
    try {
      await ctx.server.selectCell(sheetName, cell);
      ctx.status.succeed(`Selected ${cell} in “${sheetName}”.`);
    } catch {
      // The alert region says why.
    }
  }

  async function openOverview(): Promise<void> {
    try {
      const result = await ctx.server.makeOverview();
      ctx.status.succeed(
        `“${result.sheetName}” shows ${result.roles} ${result.roles === 1 ? "role" : "roles"} across ` +
          `${result.matrices} ${result.matrices === 1 ? "matrix" : "matrices"}; its numbers follow every edit.`,
      );
    } catch {
      // The alert region says why.
    }
  }

  function render(r: OwnershipReport): void {
    copier.hide();
    fill(
      body,
      el("p", { class: "sheet-line" }, "Roles of ", el("strong", {}, `“${r.sheetName}”`), "."),
      copyActions(),
      manual,
      ...r.roles.map((role) => roleSection(role, r.headings)),
      el(
        "p",
        { class: "hint" },
        "A role is flagged when it owns work its charter does not mention. ",
        button("Edit charters", () => ctx.open("charters"), { class: "link-button" }),
      ),
    );
  }

  function roleSection(role: RoleOwnership, headings: OwnershipReport["headings"]): HTMLElement {
    const id = uid("owner");
    const outside = [...role.accountable, ...role.responsible].filter((i) => i.outsideCharter).length;
    return el(
      "section",
      { class: "owner-role", attrs: { "aria-labelledby": id } },
      el("h3", { id }, role.role, role.heldBy ? el("span", { class: "held-by" }, ` (${role.heldBy})`) : null),
      el(
        "p",
        { class: "muted owner-counts" },
        `${headings.owner} ${role.accountable.length} · ${headings.doer.toLowerCase()} ${role.responsible.length}`,
        outside > 0 ? ` · ${outside} outside its charter` : "",
      ),
      role.charter.length
        ? el(
            "details",
            { class: "owner-charter" },
            el(
              "summary",
              {},
              `Charter (${role.charter.length} ${role.charter.length === 1 ? "line" : "lines"})`,
            ),
            el("ul", {}, ...role.charter.map((line) => el("li", {}, line))),
          )
        : el("p", { class: "muted" }, "No charter, so nothing is flagged."),
      itemList(headings.owner, role.accountable),
      itemList(headings.doer, role.responsible),
    );
  }

  function itemList(title: string, items: readonly OwnershipItem[]): HTMLElement {
    if (items.length === 0) return el("p", { class: "owner-none" }, `${title}: nothing.`);
    return el(
      "div",
      { class: "owner-list" },
      el("h4", {}, title),
      ...byArea(items).map(([area, list]) =>
        el(
          "div",
          { class: "owner-area" },
          area ? el("p", { class: "owner-area-name" }, area) : null,
          el("ul", {}, ...list.map(item)),
        ),
      ),
    );
  }

  function item(i: OwnershipItem): HTMLElement {
    return el(
      "li",
      { class: i.outsideCharter ? "owner-item outside" : "owner-item" },
      i.initiative || `Row ${i.row} (no name)`,
      " ",
      el("span", { class: "code-chip" }, i.code),
      ...(i.decision !== undefined
        ? [" ", el("span", { class: "decision-chip" }, i.decision || "No decision")]
        : []),
      i.outsideCharter
        ? el(
            "span",
            { class: "outside-flag" },
            el("span", { attrs: { "aria-hidden": "true" } }, " ⚑"),
            " outside its charter",
          )
        : null,
    );
  }

  return { panel, show: () => void load() };
}

/** Items grouped by area, in order of first appearance; items without an area form a group of their own. */
function byArea(items: readonly OwnershipItem[]): [string, OwnershipItem[]][] {
  const groups = new Map<string, OwnershipItem[]>();
  for (const i of items) {
    const list = groups.get(i.area);
    if (list) list.push(i);
    else groups.set(i.area, [i]);
  }
  return [...groups];
}
