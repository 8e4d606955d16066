/**
 * Check: the analysis of the active sheet, findings grouped by severity and rule, each with a Show button
 * that selects its cell, and the load per role. Each finding with a safe fix says in words what the fix
 * would change (from previewFixes, asked alongside the analysis), with Fix for its row, Fix per rule and Fix all;
 * the others say why there is none. After a fix, Undo puts the cells back. The findings are drawn by
 * checkFindings.ts, and what the buttons write is in checkActions.ts; Suggest owners for rows is suggestRows.ts.
 * Offsite pack shows only the rows still to settle instead (offsite.ts).
 */
import { fixLookup, rowFixLookup, type FixPreview } from "../../src/core/fix/lookup";
import type { Report } from "../../src/core/types";
import type { Context, View } from "../context";
import { button, el, fill, focusIfHere } from "../dom";
import { countLabel, SEVERITY_LABELS, SEVERITY_ORDER } from "../findings";
import { notAMatrix } from "./notAMatrix";
import { loadChart } from "./loadChart";
import { agreementSection } from "./agreement";
import { shorthandBox } from "./shorthand";
import { checkActions } from "./checkActions";
import { findingSections } from "./checkFindings";
import { suggestRowsBox } from "./suggestRows";
import { offsiteLoader } from "./offsite";

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
  // Pressed, the panel shows the offsite pack instead of the findings; in the head, so the findings keep the
  // panel's first screen.
  let offsiteShown = false;
  const offsiteToggle = button(
    "Offsite pack",
    () => {
      offsiteShown = !offsiteShown;
      offsiteToggle.setAttribute("aria-pressed", String(offsiteShown));
      ctx.status.clear();
      void load();
    },
    { attrs: { "aria-pressed": "false", "data-focus": "offsite-toggle" } },
  );
  const panel = el(
    "section",
    { id: "panel-check", class: "panel" },
    el(
      "div",
      { class: "panel-head" },
      el("h2", {}, "Check"),
      el("div", { class: "actions" }, offsiteToggle, recheck),
    ),
    body,
  );
  const actions = checkActions(ctx, load, focusFirst);
  const offsite = offsiteLoader(ctx, body, actions);
  // Kept across re-checks, so a preview of suggested rows stays while the sheet is watched.
  const suggestRows = suggestRowsBox(ctx, actions);

  async function load(): Promise<void> {
    if (offsiteShown) return offsite.load();
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

  function focusFirst(keys: string[]): void {
    for (const key of keys) {
      const target = panel.querySelector<HTMLElement>(`[data-focus="${key}"]`);
      if (target) {
        focusIfHere(target);
        return;
      }
    }
  }

  function render(report: Report, preview: FixPreview | null): void {
    const { counts, sheetName } = report;
    const problems = counts.error + counts.warning + counts.info;
    const changes = preview?.changes.length ?? 0;
    fill(
      body,
      el("p", { class: "sheet-line" }, "Checked ", el("strong", {}, `“${sheetName}”`), "."),
      report.agreement
        ? agreementSection(
            report.agreement,
            body,
            report.roles.map((r) => r.role),
            {
              show: (cell) => void actions.showCell(sheetName, cell),
              agree: (rows, as) => void actions.agree(sheetName, rows, as),
              selectedRows: () => ctx.server.getSelectedRows(sheetName).catch(() => []),
            },
          )
        : null,
      // The preview answers only for a sheet the add-on may write: a look-alike table gets the line, no button.
      report.shorthand
        ? shorthandBox(
            report.shorthand,
            report.kind,
            preview ? () => void actions.convert(sheetName, report.kind) : null,
          )
        : null,
      // The server says whether this person's last fix can still be undone: not after Remove add-on data,
      // nor once everyone has changed the rows it wrote.
      (preview?.undoCells ?? 0) > 0
        ? el(
            "div",
            { class: "fix-box" },
            el(
              "p",
              {},
              `Not what you wanted? Undo puts back the ${preview?.undoCells === 1 ? "cell" : `${preview?.undoCells} cells`} your last fix wrote.`,
            ),
            button("Undo the fix", () => void actions.undo(sheetName), { attrs: { "data-focus": "undo" } }),
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
              () => void actions.fix(sheetName),
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
      ...findingSections(report.findings, {
        sheetName,
        fixOf: preview ? fixLookup(preview) : () => ({ kind: "unknown" }),
        rowFixOf: preview ? rowFixLookup(preview) : () => null,
        fixesFor: (rule) => preview?.byRule?.[rule] ?? 0,
        agreement: report.agreement,
        actions,
        kind: report.kind,
      }),
      preview ? suggestRows.root : null,
      report.roles.length
        ? el(
            "section",
            { class: "load" },
            el("h3", {}, "Load per role"),
            loadChart(report.roles, report.kind),
          )
        : null,
    );
    suggestRows.show(sheetName);
  }

  /** After a change in the sheet: the same check, with focus kept on the button of the same name. */
  function refresh(): boolean {
    const active = document.activeElement;
    const nameOf = (b: HTMLButtonElement) => b.getAttribute("aria-label") ?? b.textContent;
    const label = active instanceof HTMLButtonElement && body.contains(active) ? nameOf(active) : null;
    void load().then(() => {
      const again = Array.from(body.querySelectorAll("button")).find((b) => nameOf(b) === label);
      if (label !== null) focusIfHere(again);
    });
    return true;
  }

  return { panel, show: () => void load(), refresh };
}
