/** The New matrix panel's preview: what Generate will create, in counts and the first initiatives by area. */
import { TEMPLATES } from "../../src/core/templates";
import { el, fill } from "../dom";
import { ownerNames, type BuiltSpec, type Draft } from "../specDraft";

/** How many initiatives the preview lists before summing up the rest. */
const SHOWN = 8;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

function codesLine(built: BuiltSpec): string {
  if (built.fromTemplate) return "Codes: from the template.";
  const all = built.spec.initiatives ?? [];
  const withCodes = all.filter((i) => i.assignments !== undefined).length;
  if (withCodes === 0)
    return "Codes: none yet; choose Suggest owners, or fill in R, A, C and I in the sheet.";
  return `Codes: ${withCodes} of ${plural(all.length, "initiative")}.`;
}

export function renderPreview(into: HTMLElement, draft: Draft, built: BuiltSpec): void {
  const { initiatives } = built.parsed;
  const roles = draft.roles.map((r) => r.name.trim()).filter(Boolean);
  const areas = new Map<string, string[]>();
  for (const i of initiatives) {
    const names = areas.get(i.area);
    if (names) names.push(i.name);
    else areas.set(i.area, [i.name]);
  }
  const namedAreas = [...areas.keys()].filter(Boolean).length;
  const sheet = draft.title.trim() || TEMPLATES[draft.template].title;
  const pair = ownerNames(draft);

  let budget = SHOWN;
  const groups = [...areas].flatMap(([area, names]) => {
    if (budget <= 0) return [];
    const shown = names.slice(0, budget);
    budget -= shown.length;
    return [
      el(
        "li",
        {},
        el(
          "span",
          { class: "area" },
          area || "No area",
          el("span", { class: "muted" }, ` (${names.length})`),
        ),
        el("ul", {}, ...shown.map((name) => el("li", {}, name))),
      ),
    ];
  });
  const hidden = initiatives.length - SHOWN;
  const extra = built.parsed.extraColumns;

  fill(
    into,
    el("p", {}, "Sheet: ", el("strong", {}, sheet)),
    el(
      "p",
      { class: "counts" },
      `${plural(roles.length, "role")} · ${plural(initiatives.length, "initiative")} · ${plural(namedAreas, "area")}`,
    ),
    roles.length ? el("p", {}, "Roles: ", roles.join(", ")) : null,
    el("p", {}, "Owner pair: ", pair ? `${pair[0]} and ${pair[1]}` : "none"),
    initiatives.length
      ? el("p", { class: "muted" }, codesLine(built))
      : el("p", { class: "muted" }, "No initiatives yet: the sheet has empty rows ready for them."),
    groups.length ? el("ul", { class: "areas" }, ...groups) : null,
    hidden > 0 ? el("p", { class: "muted" }, `…and ${plural(hidden, "more initiative")}.`) : null,
    extra.length
      ? el(
          "p",
          { class: "muted" },
          `Only the first two columns were used on line${extra.length === 1 ? "" : "s"} ${extra.join(", ")}.`,
        )
      : null,
  );
}
