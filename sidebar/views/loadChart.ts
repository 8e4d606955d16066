/**
 * Per-role load as horizontal stacked bars (R, A, C, I), built from divs. The bars are decoration for the
 * eye; the numbers beside them are the content, so nothing depends on seeing the colours.
 */
import type { RoleLoad } from "../../src/core/types";
import { el, srOnly } from "../dom";

const LETTERS = ["R", "A", "C", "I"] as const;
const NAMES: Record<(typeof LETTERS)[number], string> = {
  R: "Responsible",
  A: "Accountable",
  C: "Consulted",
  I: "Informed",
};

export function loadChart(roles: readonly RoleLoad[]): HTMLElement {
  const total = (r: RoleLoad): number => r.R + r.A + r.C + r.I;
  const widest = Math.max(1, ...roles.map(total));
  const rows = roles.map((role) => {
    const bar = el("div", { class: "bar", attrs: { "aria-hidden": "true" } });
    for (const letter of LETTERS) {
      if (role[letter] === 0) continue;
      const segment = el("span", { class: `segment segment-${letter}` });
      segment.style.width = `${(role[letter] / widest) * 100}%`;
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
          LETTERS.map((l) => `${l} ${role[l]}`).join(" · "),
        ),
        srOnly(`: ${LETTERS.map((l) => `${NAMES[l]} ${role[l]}`).join(", ")}`),
      ),
      bar,
    );
  });
  const legend = el(
    "p",
    { class: "legend", attrs: { "aria-hidden": "true" } },
    ...LETTERS.map((l) =>
      el("span", { class: "legend-item" }, el("span", { class: `swatch segment-${l}` }), `${l} ${NAMES[l]}`),
    ),
  );
  return el(
    "div",
    { class: "load-chart" },
    legend,
    el("ul", { class: "load-list", attrs: { "aria-label": "Initiatives per role and letter" } }, ...rows),
  );
}
