/**
 * The New matrix panel's notes on the pasted list (sidebar/listChecks.ts): what was read as an area, what is
 * repeated, too long or probably meant as a heading, each with a button that edits the list to settle it.
 */
import { describeCheck, isNews, wayOut, type ListCheck } from "../listChecks";
import { button, el, fill } from "../dom";

export function renderPasteChecks(
  into: HTMLElement,
  checks: readonly ListCheck[],
  text: string,
  apply: (text: string) => void,
): void {
  into.hidden = checks.length === 0;
  fill(
    into,
    checks.length
      ? el(
          "ul",
          { class: "list-checks", attrs: { "aria-label": "About the list" } },
          ...checks.map((check, i) => {
            const way = wayOut(check, text);
            return el(
              "li",
              { class: isNews(check) ? "list-check news" : "list-check" },
              el("p", {}, describeCheck(check)),
              button(way.label, () => apply(way.text), {
                class: "link-button",
                attrs: { "data-focus": `list-check-${i}` },
              }),
            );
          }),
        )
      : null,
  );
}
