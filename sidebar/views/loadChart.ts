/**
 * Per-role load as horizontal stacked bars (R, A, C, I), built from divs. The bars are decoration for the
 * eye; the numbers beside them are the content, so nothing depends on seeing the colours.
 */
import { codeOf, KINDS } from "../../src/core/kinds";
import type { MatrixKind, Part, RoleLoad } from "../../src/core/types";
import { el, srOnly } from "../dom";

/** The bars' order: the doers, the owners, then the others; a kind shows the parts it has. */
const ORDER: readonly Part[] = ["R", "A", "S", "C", "I"];

/** The bars and numbers of each role's load, in the kind's letters and words (D · Driver in DACI). */
export function loadChart(roles: readonly RoleLoad[], kindName: MatrixKind): HTMLElement {
  const kind = KINDS[kindName];
  const parts = ORDER.filter((part) => kind.parts.includes(part));
  const count = (role: RoleLoad, part: Part): number => role[part] ?? 0;
  const letter = (part: Part): string => codeOf(kind, part);
  const total = (r: RoleLoad): number => parts.reduce((sum, part) => sum + count(r, part), 0);
  const widest = Math.max(1, ...roles.map(total));
  const rows = roles.map((role) => {
    const bar = el("div", { class: "bar", attrs: { "aria-hidden": "true" } });
    for (const part of parts) {
      if (count(role, part) === 0) continue;
      const segment = el("span", { class: `segment segment-${part}` });
      segment.style.width = `${(count(role, part) / widest) * 100}%`;
      bar.appendChild(segment);
    }
    return el(
      "li",
      { class: "load-row" },
      el(
        "div",
        { class: "load-label" },
        el("span", { class: "load-role" }, role.role || "(unnamed role)"),
        el(
          "span",
          { class: "load-numbers", attrs: { "aria-hidden": "true" } },
          parts.map((part) => `${letter(part)} ${count(role, part)}`).join(" · "),
        ),
        srOnly(`: ${parts.map((part) => `${kind.partNames[part]} ${count(role, part)}`).join(", ")}`),
      ),
      bar,
    );
  });
  const legend = el(
    "p",
    { class: "legend", attrs: { "aria-hidden": "true" } },
    ...parts.map((part) =>
      el(
        "span",
        { class: "legend-item" },
        el("span", { class: `swatch segment-${part}` }),
        `${letter(part)} ${kind.partNames[part]}`,
      ),
    ),
  );
  return el(
    "div",
    { class: "load-chart" },
    legend,
    el("ul", { class: "load-list", attrs: { "aria-label": "Initiatives per role and letter" } }, ...rows),
  );
}
