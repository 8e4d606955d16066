/**
 * The findings of a check, grouped by severity and then by rule, each with a Show button that selects its
 * cell; under each finding with a safe fix, what the fix would change, with Fix for its row; per rule, Fix
 * these; findings without a safe fix say why.
 */
import type { FixChange } from "../../src/core/api";
import type { FindingFix, RowFix } from "../../src/core/fix/lookup";
import type { AgreementSummary, Finding, MatrixKind } from "../../src/core/types";
import { button, el, fill, focusIfHere, uid } from "../dom";
import { changeCells, groupFindings, SEVERITY_LABELS, type RuleGroup } from "../findings";
import { isUnsure } from "../reasons";
import { onAgreedRow } from "./agreement";
import type { CheckActions } from "./checkActions";

/** Findings listed per rule at first, and how many each "Show more" adds: a 20,000-row matrix can have that many gaps. */
const FIRST_PAGE = 25;
const MORE_PAGE = 100;

/** What the fix preview says about each finding, and the agreement its rows are in. */
export interface FindingContext {
  sheetName: string;
  fixOf: (finding: Finding) => FindingFix;
  rowFixOf: (finding: Finding) => RowFix | null;
  /** How many cells "Fix these" writes for a rule (the server plans each rule's fix on its own). */
  fixesFor: (rule: string) => number;
  agreement: AgreementSummary | undefined;
  actions: CheckActions;
  /** The matrix's kind, whose words the rules' titles use. */
  kind: MatrixKind;
}

/** One section per severity, error first, each with its rules' groups. */
export function findingSections(findings: readonly Finding[], context: FindingContext): HTMLElement[] {
  return groupFindings(findings, context.kind).map((group) =>
    el(
      "section",
      { class: `severity severity-${group.severity}` },
      el(
        "h3",
        {},
        el("span", { attrs: { "aria-hidden": "true" } }, `${SEVERITY_LABELS[group.severity].icon} `),
        `${capitalised(SEVERITY_LABELS[group.severity].many)} (${group.count})`,
      ),
      ...group.rules.map((rule) => ruleGroup(rule, context)),
    ),
  );
}

function ruleGroup(group: RuleGroup, context: FindingContext): HTMLElement {
  const list = el("ul", { class: "findings" });
  let shown = 0;
  const more = button("", () => {
    const first = shown;
    showMore();
    // Keyboard users continue from the first finding just added.
    focusIfHere(list.children[first]?.querySelector("button"));
  });
  const showMore = (): void => {
    const next = group.findings.slice(shown, shown + (shown === 0 ? FIRST_PAGE : MORE_PAGE));
    for (const finding of next) list.appendChild(findingItem(finding, context));
    shown += next.length;
    const left = group.findings.length - shown;
    more.hidden = left <= 0;
    fill(more, `Show ${Math.min(left, MORE_PAGE)} more`);
  };
  showMore();
  const summaryId = uid("rule");
  const fixes = context.fixesFor(group.rule);
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
          () => void context.actions.fix(context.sheetName, [group.rule]),
          { attrs: { "aria-describedby": summaryId, "data-focus": `fix-${group.rule}` } },
        )
      : null,
    list,
    more,
  );
}

function findingItem(
  finding: Finding,
  { sheetName, fixOf, rowFixOf, agreement, actions }: FindingContext,
): HTMLElement {
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
      ? button("Fix", () => void actions.fix(sheetName, undefined, [rowFix]), {
          attrs: {
            "aria-label": `Fix: ${rowFix.initiative || `row ${rowFix.row}`}`,
            "aria-describedby": text.id,
            "data-focus": `fix-row-${rowFix.row}`,
          },
        })
      : null,
    cell
      ? button(`Show ${cell}`, () => void actions.showCell(sheetName, cell), {
          class: "link-button",
          attrs: { "aria-describedby": text.id },
        })
      : null,
  );
}

/** One proposed change in words; "check this one" when the suggestion it follows is unsure. */
function changeItem(one: FixChange): HTMLElement {
  const unsure = one.confidence !== undefined && isUnsure(one.confidence);
  return el(
    "li",
    {},
    unsure ? el("span", { class: "check-this" }, "check this one") : null,
    unsure ? " " : null,
    one.reason,
    " ",
    el("span", { class: "muted" }, `(${changeCells(one)})`),
  );
}

/** The proposed fix in words, under the finding. */
function fixText(found: FindingFix): HTMLElement | null {
  const change = (c: FindingFix & { kind: "changes" | "together" }) => c.changes.map(changeItem);
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
    el("ul", {}, ...others.map(changeItem)),
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
