/**
 * The agreement part of Check, for a matrix with the Decision column: "9 of 12 agreed", the rows not yet
 * (or no longer) agreed, each with Show and a tick box, whom a row still waits for when both owners sign off,
 * Mark Agreed for the rows ticked (or selected in the sheet) as the role the person chooses, and a filter that
 * lists only the findings on those rows.
 */
import type { AgreementSummary, Finding, OpenRow } from "../../src/core/types";
import { button, el, uid } from "../dom";

/** The sheet row of an A1 cell ("B12" → 12). */
const rowOf = (cell: string): number => Number(/\d+$/.exec(cell)?.[0] ?? 0);

/** True when the finding is about a row the team has agreed (the filter hides those). */
export function onAgreedRow(agreement: AgreementSummary | undefined, finding: Finding): boolean {
  if (!agreement || !finding.cell || finding.initiative === undefined) return false;
  const open = new Set(agreement.open.map((row) => rowOf(row.cell)));
  return !open.has(rowOf(finding.cell));
}

export interface AgreementActions {
  show(cell: string): void;
  /** Marks these rows Agreed, as this role (null: the person did not say). */
  agree(rows: OpenRow[], as: string | null): void;
  /** The matrix's rows selected in the sheet. */
  selectedRows(): Promise<number[]>;
}

/** The role the person last agreed as, kept while the sidebar is open ("" for not said). */
const chosen = { role: "" };

/**
 * What the person unfolded and ticked, kept when the panel is drawn again (a colleague's edit re-checks the
 * sheet): a row is known by its number and initiative, so a row that moved is not ticked unasked.
 */
const kept = { unfolded: false, ticked: new Set<string>() };
const keyOf = (row: { row: number; initiative: string }): string => `${row.row}\n${row.initiative}`;

/** `body` holds the findings; the filter toggles a class on it, so findings shown later follow it too. */
export function agreementSection(
  agreement: AgreementSummary,
  body: HTMLElement,
  roles: readonly string[],
  actions: AgreementActions,
): HTMLElement {
  const { agreed, total, open } = agreement;
  const filter = el("input", {
    attrs: { type: "checkbox", "data-focus": "only-open" },
    checked: body.classList.contains("only-open"),
    on: { change: () => body.classList.toggle("only-open", filter.checked) },
  });
  const tick = (i: number, on: boolean): void => {
    ticks[i].checked = on;
    if (on) kept.ticked.add(keyOf(open[i]));
    else kept.ticked.delete(keyOf(open[i]));
  };
  const ticks = open.map((row, i) =>
    el("input", {
      id: uid("agree"),
      attrs: { type: "checkbox" },
      checked: kept.ticked.has(keyOf(row)),
      on: { change: () => tick(i, ticks[i].checked) },
    }),
  );
  const ticked = () => open.filter((_, i) => ticks[i].checked);
  const asId = uid("agree-as");
  const as = el("select", {
    id: asId,
    on: { change: () => (chosen.role = as.value) },
  });
  for (const [value, label] of [["", "Not said"], ...roles.map((role) => [role, role])])
    as.append(el("option", { attrs: { value } }, label));
  as.value = roles.includes(chosen.role) ? chosen.role : "";
  const details = el(
    "details",
    {},
    el("summary", {}, `${open.length} not yet agreed`),
    el(
      "ul",
      { class: "findings", attrs: { "aria-label": "Not yet agreed" } },
      ...open.map((row, i) =>
        el(
          "li",
          { class: "finding" },
          el(
            "p",
            {},
            ticks[i],
            el("label", { attrs: { for: ticks[i].id } }, row.initiative),
            el("span", { class: "muted" }, ` · ${row.decision || "no decision"}`),
          ),
          row.waiting ? el("p", { class: "muted" }, row.waiting) : null,
          button(`Show ${row.cell}`, () => actions.show(row.cell), { class: "link-button" }),
        ),
      ),
    ),
    el(
      "div",
      { class: "agree-box" },
      el("label", { attrs: { for: asId } }, "Agree as"),
      as,
      el(
        "div",
        { class: "actions" },
        button(
          "Tick the rows selected in the sheet",
          () =>
            void actions.selectedRows().then((rows) => {
              const selected = new Set(rows);
              open.forEach((row, i) => tick(i, selected.has(row.row)));
            }),
          { attrs: { "data-focus": "tick-selected" } },
        ),
        button(
          "Mark ticked rows Agreed",
          () => {
            const rows = ticked();
            // Once Agreed they leave the list; should one reopen later, it comes back unticked.
            for (const row of rows) kept.ticked.delete(keyOf(row));
            actions.agree(rows, as.value === "" ? null : as.value);
          },
          {
            class: "primary",
            attrs: { "data-focus": "mark-agreed" },
          },
        ),
      ),
    ),
  );
  details.open = kept.unfolded;
  details.addEventListener("toggle", () => (kept.unfolded = details.open));
  return el(
    "section",
    { class: "agreement" },
    el("h3", {}, `${agreed} of ${total} agreed`),
    // Folded, so a long list of open rows does not push the findings out of sight.
    open.length === 0 ? el("p", { class: "muted" }, "Every initiative is agreed.") : details,
    el("label", {}, filter, " Only findings on rows not yet agreed"),
  );
}
