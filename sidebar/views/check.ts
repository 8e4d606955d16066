/**
 * Check: the analysis of the active sheet, findings grouped by severity and rule, each with a Show button
 * that selects its cell, and the load per role. Each finding with a safe fix says in words what the fix
 * would change (from previewFixes, asked alongside the analysis), with Fix for its row, Fix per rule and Fix all;
 * the others say why there is none. After a fix, Undo puts the cells back.
 */
import type { Finding, Report } from "../../src/core/types";
import type { Context, View } from "../context";
import { button, el, fill, uid } from "../dom";
import { notAMatrix } from "./notAMatrix";
import type { FixChange } from "../../src/core/api";
import {
  fixLookup,
  rowFixLookup,
  type FindingFix,
  type FixPreview,
  type RowFix,
} from "../../src/core/fix/lookup";
import {
  changeCells,
  countLabel,
  groupFindings,
  SEVERITY_LABELS,
  SEVERITY_ORDER,
  type RuleGroup,
} from "../findings";
import { loadChart } from "./loadChart";
import { agreementSection, onAgreedRow } from "./agreement";
import { shorthandBox } from "./shorthand";

/** Findings listed per rule at first, and how many each "Show more" adds: a 20,000-row matrix can have that many gaps. */
const FIRST_PAGE = 25;
const MORE_PAGE = 100;

export function checkView(ctx: Context): View {
  /** The sheet whose last fix can be undone from here, if any. */
  let undoable: string | null = null;
  let fixOf: (finding: Finding) => FindingFix = () => ({ kind: "unknown" });
  let rowFixOf: (finding: Finding) => RowFix | null = () => null;
  /** How many cells "Fix these" writes for a rule (the server plans each rule's fix on its own). */
  let fixesFor: (rule: string) => number = () => 0;
  let agreement: Report["agreement"];
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
      // Both read the active sheet; asked together, they cost one wait. A preview that fails hides the fixes only.
      const [report, preview] = await Promise.all([
        ctx.quiet.analyzeMatrix(),
        ctx.quiet.previewFixes().catch(() => null),
      ]);
      render(report, preview && preview.sheetName === report.sheetName ? preview : null);
    } catch (error) {
      fill(body, notAMatrix(ctx, error instanceof Error ? error.message : String(error)));
    }
  }

  async function fix(sheetName: string, rules?: string[], rows?: RowFix[]): Promise<void> {
    // One row: the server fixes it only while it still holds the initiative shown here.
    const only = rows?.map(({ row, initiative }) => ({ row, initiative }));
    await rewrite(
      sheetName,
      () => ctx.server.fixFindings(sheetName, rules, only),
      (n) =>
        n === 0
          ? "Nothing to change: the matrix changed since the check. See the findings below."
          : `Changed ${n} ${n === 1 ? "cell" : "cells"} in “${sheetName}”; each change is in the change log.`,
    );
  }

  /** Converts the codes left as shorthand, in one write; Undo puts them back like a fix. */
  async function convert(sheetName: string): Promise<void> {
    await rewrite(
      sheetName,
      () => ctx.server.convertCodes(sheetName),
      (n) =>
        n === 0
          ? "Nothing to convert: the codes changed since the check."
          : `Converted ${n} ${n === 1 ? "code" : "codes"} in “${sheetName}” to R, A, A/R, C or I; each change is in the change log.`,
    );
  }

  /** A fix or a conversion: says what changed, keeps it for Undo, and checks again. */
  async function rewrite(
    sheetName: string,
    call: () => Promise<{ changes: unknown[]; undoable?: boolean }>,
    said: (changed: number) => string,
  ): Promise<void> {
    try {
      const result = await call();
      const n = result.changes.length;
      undoable = n > 0 && result.undoable !== false ? sheetName : undoable;
      ctx.forget();
      ctx.status.succeed(
        said(n) + (n > 0 && result.undoable === false ? " This change was too large to keep for Undo." : ""),
      );
    } catch {
      return; // the alert region says why
    }
    await load();
    focusFirst(["undo", "recheck"]);
  }

  async function undo(sheetName: string): Promise<void> {
    try {
      const result = await ctx.server.undoFixes(sheetName);
      undoable = null;
      ctx.forget();
      const back = `Put back ${result.restored} ${result.restored === 1 ? "cell" : "cells"}`;
      ctx.status.succeed(
        result.skipped > 0
          ? `${back}; ${result.skipped} changed by someone since the fix, so they stay as they are.`
          : `${back} as they were before the fix.`,
      );
    } catch {
      return;
    }
    await load();
    focusFirst(["fix-all", "recheck"]);
  }

  function focusFirst(keys: string[]): void {
    for (const key of keys) {
      const target = panel.querySelector<HTMLElement>(`[data-focus="${key}"]`);
      if (target) {
        target.focus();
        return;
      }
    }
  }

  function render(report: Report, preview: FixPreview | null): void {
    const { counts } = report;
    agreement = report.agreement;
    const problems = counts.error + counts.warning + counts.info;
    fixOf = preview ? fixLookup(preview) : () => ({ kind: "unknown" });
    rowFixOf = preview ? rowFixLookup(preview) : () => null;
    fixesFor = (rule) => preview?.byRule?.[rule] ?? 0;
    const changes = preview?.changes.length ?? 0;
    fill(
      body,
      el("p", { class: "sheet-line" }, "Checked ", el("strong", {}, `“${report.sheetName}”`), "."),
      report.agreement
        ? agreementSection(report.agreement, body, (cell) => void showCell(report.sheetName, cell))
        : null,
      // The preview answers only for a sheet the add-on may write: a look-alike table gets the line, no button.
      report.shorthand
        ? shorthandBox(report.shorthand, preview ? () => void convert(report.sheetName) : null)
        : null,
      undoable === report.sheetName
        ? el(
            "div",
            { class: "fix-box" },
            el("p", {}, "Not what you wanted? Undo puts back every cell the last fix wrote."),
            button("Undo the fix", () => void undo(report.sheetName), { attrs: { "data-focus": "undo" } }),
          )
        : null,
      changes > 0
        ? el(
            "div",
            { class: "fix-box" },
            el(
              "p",
              {},
              `${changes} ${changes === 1 ? "change" : "changes"} would fix findings below, each explained under its finding.`,
            ),
            button(
              `Fix all (${changes} ${changes === 1 ? "change" : "changes"})`,
              () => void fix(report.sheetName),
              {
                class: "primary",
                attrs: { "data-focus": "fix-all" },
              },
            ),
          )
        : null,
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
    const summaryId = uid("rule");
    const fixes = fixesFor(group.rule);
    return el(
      "details",
      { class: "rule", attrs: { open: true } },
      el(
        "summary",
        { id: summaryId },
        group.title,
        el("span", { class: "muted" }, ` (${group.findings.length})`),
      ),
      fixes > 0
        ? button(
            `Fix these (${fixes} ${fixes === 1 ? "change" : "changes"})`,
            () => void fix(sheetName, [group.rule]),
            { attrs: { "aria-describedby": summaryId, "data-focus": `fix-${group.rule}` } },
          )
        : null,
      list,
      more,
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

  function findingItem(sheetName: string, finding: Finding): HTMLElement {
    const text = el("p", { id: uid("finding") }, finding.message);
    const cell = finding.cell;
    const found = fixOf(finding);
    const shown = found.kind === "changes" || found.kind === "together" ? found.changes : [];
    const rowFix = shown.length > 0 ? rowFixOf(finding) : null;
    return el(
      "li",
      { class: onAgreedRow(agreement, finding) ? "finding agreed-row" : "finding" },
      el("div", { class: "finding-text" }, text, fixText(found), rowFix ? alsoOnRow(shown, rowFix) : null),
      rowFix
        ? button("Fix", () => void fix(sheetName, undefined, [rowFix]), {
            attrs: {
              "aria-label": `Fix: ${rowFix.initiative || `row ${rowFix.row}`}`,
              "aria-describedby": text.id,
              "data-focus": `fix-row-${rowFix.row}`,
            },
          })
        : null,
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

  /** After a change in the sheet: the same check, with focus kept on the button of the same name. */
  function refresh(): boolean {
    const active = document.activeElement;
    const nameOf = (b: HTMLButtonElement) => b.getAttribute("aria-label") ?? b.textContent;
    const label = active instanceof HTMLButtonElement && body.contains(active) ? nameOf(active) : null;
    void load().then(() => {
      const again = Array.from(body.querySelectorAll("button")).find((b) => nameOf(b) === label);
      if (label !== null) again?.focus();
    });
    return true;
  }

  return { panel, show: () => void load(), refresh };
}

/** The proposed fix in words, under the finding. */
function fixText(found: FindingFix): HTMLElement | null {
  const change = (c: FindingFix & { kind: "changes" | "together" }) =>
    c.changes.map((one) =>
      el("li", {}, one.reason, " ", el("span", { class: "muted" }, `(${changeCells(one)})`)),
    );
  switch (found.kind) {
    case "changes":
      return el(
        "div",
        { class: "fix" },
        el("p", { class: "fix-label" }, "Fix:"),
        el("ul", {}, ...change(found)),
      );
    case "together":
      return el(
        "div",
        { class: "fix" },
        el("p", { class: "fix-label" }, "Settled by this row's other fix:"),
        el("ul", {}, ...change(found)),
      );
    case "none":
      return el("p", { class: "fix no-fix" }, "No safe fix: ", found.reason);
    default:
      return null;
  }
}

/** The row's other planned changes, which its "Fix" applies with this finding's: nothing done unseen. */
function alsoOnRow(shown: readonly FixChange[], rowFix: RowFix): HTMLElement | null {
  const others = rowFix.changes.filter((c) => !shown.includes(c));
  if (others.length === 0) return null;
  return el(
    "div",
    { class: "fix" },
    el("p", { class: "fix-label" }, "Fix also changes, on this row:"),
    el(
      "ul",
      {},
      ...others.map((one) =>
        el("li", {}, one.reason, " ", el("span", { class: "muted" }, `(${changeCells(one)})`)),
      ),
    ),
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
