/**
 * The agreement part of Check, for a matrix with the Decision column: "9 of 12 agreed", the rows not yet
 * (or no longer) agreed, each with Show, and a filter that lists only the findings on those rows.
 */
import type { AgreementSummary, Finding } from "../../src/core/types";
import { button, el } from "../dom";

/** The sheet row of an A1 cell ("B12" → 12). */
const rowOf = (cell: string): number => Number(/\d+$/.exec(cell)?.[0] ?? 0);

/** True when the finding is about a row the team has agreed (the filter hides those). */
export function onAgreedRow(agreement: AgreementSummary | undefined, finding: Finding): boolean {
  if (!agreement || !finding.cell || finding.initiative === undefined) return false;
  const open = new Set(agreement.open.map((row) => rowOf(row.cell)));
  return !open.has(rowOf(finding.cell));
}

/** `body` holds the findings; the filter toggles a class on it, so findings shown later follow it too. */
export function agreementSection(
  agreement: AgreementSummary,
  body: HTMLElement,
  show: (cell: string) => void,
): HTMLElement {
  const { agreed, total, open } = agreement;
  const filter = el("input", {
    attrs: { type: "checkbox", "data-focus": "only-open" },
    checked: body.classList.contains("only-open"),
    on: { change: () => body.classList.toggle("only-open", filter.checked) },
  });
  return el(
    "section",
    { class: "agreement" },
    el("h3", {}, `${agreed} of ${total} agreed`),
    open.length === 0
      ? el("p", { class: "muted" }, "Every initiative is agreed.")
      : // Folded, so a long list of open rows does not push the findings out of sight.
        el(
          "details",
          {},
          el("summary", {}, `${open.length} not yet agreed`),
          el(
            "ul",
            { class: "findings", attrs: { "aria-label": "Not yet agreed" } },
            ...open.map((row) =>
              el(
                "li",
                { class: "finding" },
                el(
                  "p",
                  {},
                  row.initiative,
                  el("span", { class: "muted" }, ` · ${row.decision || "no decision"}`),
                ),
                button(`Show ${row.cell}`, () => show(row.cell), { class: "link-button" }),
              ),
            ),
          ),
        ),
    el("label", {}, filter, " Only findings on rows not yet agreed"),
  );
}
