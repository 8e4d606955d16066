/**
 * Check: the analysis of the active sheet, findings grouped by severity and rule, each with a Show button
 * that selects its cell, and the load per role. One round trip per check.
 */
import type { Finding, Report } from "../../src/core/types";
import type { Context, View } from "../context";
import { button, el, fill, uid } from "../dom";
import { notAMatrix } from "./notAMatrix";
import { countLabel, groupFindings, SEVERITY_LABELS, SEVERITY_ORDER, type RuleGroup } from "../findings";
import { loadChart } from "./loadChart";

/** Findings listed per rule at first, and how many each "Show more" adds: a 20,000-row matrix can have that many gaps. */
const FIRST_PAGE = 25;
const MORE_PAGE = 100;

export function checkView(ctx: Context): View {
  const body = el("div", { class: "check-body" }, el("p", { class: "muted" }, "Checking…"));
  const recheck = button(
    "Re-check",
    () => {
      ctx.status.clear();
      void load();
    },
    { class: "primary", attrs: { "data-focus": "recheck" } },
  );
  const panel = el(
    "section",
    { id: "panel-check", class: "panel" },
    el("div", { class: "panel-head" }, el("h2", {}, "Check"), recheck),
    body,
  );

  async function load(): Promise<void> {
    try {
      render(await ctx.quiet.analyzeMatrix());
    } catch (error) {
      fill(body, notAMatrix(ctx, error instanceof Error ? error.message : String(error)));
    }
  }

  function render(report: Report): void {
    const { counts } = report;
    const problems = counts.error + counts.warning + counts.info;
    fill(
      body,
      el("p", { class: "sheet-line" }, "Checked ", el("strong", {}, `“${report.sheetName}”`), "."),
      problems === 0
        ? el(
            "p",
            { class: "all-clear" },
            el("span", { attrs: { "aria-hidden": "true" } }, "✓ "),
            "No problems found",
          )
        : el(
            "ul",
            { class: "summary", attrs: { "aria-label": "Summary" } },
            ...SEVERITY_ORDER.map((s) =>
              el(
                "li",
                { class: `badge badge-${s}${counts[s] === 0 ? " zero" : ""}` },
                el("span", { attrs: { "aria-hidden": "true" } }, `${SEVERITY_LABELS[s].icon} `),
                countLabel(s, counts[s]),
              ),
            ),
          ),
      ...groupFindings(report.findings).map((group) =>
        el(
          "section",
          { class: `severity severity-${group.severity}` },
          el(
            "h3",
            {},
            el("span", { attrs: { "aria-hidden": "true" } }, `${SEVERITY_LABELS[group.severity].icon} `),
            `${capitalised(SEVERITY_LABELS[group.severity].many)} (${group.count})`,
          ),
          ...group.rules.map((rule) => ruleGroup(report.sheetName, rule)),
        ),
      ),
      report.roles.length
        ? el("section", { class: "load" }, el("h3", {}, "Load per role"), loadChart(report.roles))
        : null,
    );
  }

  function ruleGroup(sheetName: string, group: RuleGroup): HTMLElement {
    const list = el("ul", { class: "findings" });
    let shown = 0;
    const more = button("", () => {
      const first = shown;
      showMore();
      // Keyboard users continue from the first finding just added.
      list.children[first]?.querySelector("button")?.focus();
    });
    const showMore = (): void => {
      const next = group.findings.slice(shown, shown + (shown === 0 ? FIRST_PAGE : MORE_PAGE));
      for (const finding of next) list.appendChild(findingItem(sheetName, finding));
      shown += next.length;
      const left = group.findings.length - shown;
      more.hidden = left <= 0;
      fill(more, `Show ${Math.min(left, MORE_PAGE)} more`);
    };
    showMore();
    return el(
      "details",
      { class: "rule", attrs: { open: true } },
      el("summary", {}, group.title, el("span", { class: "muted" }, ` (${group.findings.length})`)),
      list,
      more,
    );
  }

  function findingItem(sheetName: string, finding: Finding): HTMLElement {
    const text = el("p", { id: uid("finding") }, finding.message);
    const cell = finding.cell;
    return el(
      "li",
      { class: "finding" },
      text,
      cell
        ? button(
            `Show ${cell}`,
            async () => {
              try {
                await ctx.server.selectCell(sheetName, cell);
                ctx.status.succeed(`Selected ${cell} in “${sheetName}”.`);
              } catch {
                // The alert region says why.
              }
            },
            { class: "link-button", attrs: { "aria-describedby": text.id } },
          )
        : null,
    );
  }

  return { panel, show: () => void load() };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
