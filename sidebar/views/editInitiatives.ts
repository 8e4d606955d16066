/** The Edit panel's initiatives: the list with move and remove buttons, a filter, and Add initiative. */
import { MAX_NAME_LENGTH } from "../../src/core/limits";
import type { ActiveMatrix } from "../../src/core/api";
import { el, focusIfHere, iconButton, uid } from "../dom";
import { field } from "../form";
import { nameKey, type EditSession } from "./editSession";
import { historyDetails } from "./history";

/** Initiatives listed at once; the filter finds the others in a long matrix. */
const LISTED = 100;

export function initiativesSection(session: EditSession, m: ActiveMatrix): HTMLElement {
  const areas = [...new Set(m.initiatives.map((i) => i.area).filter(Boolean))];
  const listId = uid("areas");
  const areaInput = el("input", {
    id: "edit-new-area",
    attrs: { type: "text", maxlength: MAX_NAME_LENGTH, autocomplete: "off", list: listId },
  });
  const nameInput = el("input", {
    id: "edit-new-initiative",
    attrs: {
      type: "text",
      maxlength: MAX_NAME_LENGTH,
      autocomplete: "off",
      "data-focus": "add-initiative",
    },
  });
  const areaField = field("Area (optional)", areaInput);
  const nameField = field("New initiative", nameInput);
  const add = (event: Event): void => {
    event.preventDefault();
    const name = nameInput.value.trim();
    const area = areaInput.value.trim();
    const problem =
      name === ""
        ? "Enter the initiative's name."
        : m.initiatives.some((i) => nameKey(i.name) === nameKey(name))
          ? `There is already an initiative “${name}”.`
          : null;
    nameField.errors.show(problem ? [problem] : []);
    if (problem) return focusIfHere(nameInput);
    void session.change(
      (s) => session.ctx.server.addInitiative(s, name, area),
      `Added the initiative “${name}”.`,
      () => ["add-initiative"],
    );
  };

  const { filter } = session;
  const matching = filter
    ? m.initiatives.filter((i) => nameKey(`${i.area} ${i.name}`).includes(nameKey(filter)))
    : m.initiatives;
  const listed = matching.slice(0, LISTED);
  const filterInput = el("input", {
    attrs: { type: "search", autocomplete: "off", "data-focus": "filter" },
    value: filter,
    on: {
      input: () => {
        session.filter = filterInput.value;
        session.render(["filter"]);
      },
    },
  });
  const unlisted = matching.length - listed.length;

  return el(
    "section",
    { class: "group-section", attrs: { "aria-labelledby": "edit-initiatives-heading" } },
    el("h3", { id: "edit-initiatives-heading" }, `Initiatives (${m.initiatives.length})`),
    m.initiatives.length > 15 || filter ? field("Find an initiative", filterInput).root : null,
    listed.length
      ? el(
          "ol",
          { class: "edit-list" },
          ...listed.map((initiative) => initiativeItem(session, m, initiative)),
        )
      : el("p", { class: "muted" }, filter ? "No initiative matches." : "No initiatives yet."),
    unlisted > 0 ? el("p", { class: "muted" }, `${unlisted} more not listed: narrow the search.`) : null,
    el(
      "form",
      { class: "add-form", attrs: { novalidate: true }, on: { submit: add } },
      areaField.root,
      el("datalist", { id: listId }, ...areas.map((area) => el("option", { attrs: { value: area } }))),
      nameField.root,
      el("button", { class: "secondary", attrs: { type: "submit" } }, "Add initiative"),
    ),
  );
}

function initiativeItem(
  session: EditSession,
  m: ActiveMatrix,
  initiative: ActiveMatrix["initiatives"][number],
): HTMLElement {
  const { name, area, row } = initiative;
  const position = m.initiatives.indexOf(initiative);
  const { pending } = session;
  if (pending?.kind === "remove-initiative" && pending.row === row) {
    return session.confirmItem(
      `Remove the initiative “${name}” and its codes?`,
      () => {
        const next = m.initiatives[position + 1] ?? m.initiatives[position - 1];
        void session.change(
          (s) => session.ctx.server.removeInitiative(s, name, row),
          `Removed the initiative “${name}”.`,
          () => (next ? [`ini-remove:${nameKey(next.name)}`, "add-initiative"] : ["add-initiative"]),
        );
      },
      `ini-remove:${nameKey(name)}`,
    );
  }
  const label = name || `Unnamed initiative in row ${row}`;
  // Changes name the row as well as the name: the server refuses if someone moved the row meanwhile.
  const move = (direction: "up" | "down"): void => {
    void session.change(
      (s) => session.ctx.server.moveInitiative(s, name, direction, row),
      `Moved “${name}” ${direction}.`,
      () => [
        `ini-${direction}:${nameKey(name)}`,
        `ini-${direction === "up" ? "down" : "up"}:${nameKey(name)}`,
      ],
    );
  };
  return el(
    "li",
    {},
    el(
      "div",
      { class: "row" },
      el("span", { class: "item-name" }, label, area ? el("span", { class: "item-area" }, area) : null),
      iconButton("↑", `Move ${label} up`, () => move("up"), {
        focus: `ini-up:${nameKey(name)}`,
        disabled: position === 0,
      }),
      iconButton("↓", `Move ${label} down`, () => move("down"), {
        focus: `ini-down:${nameKey(name)}`,
        disabled: position === m.initiatives.length - 1,
      }),
      iconButton(
        "✕",
        `Remove ${label}`,
        () => session.setPending({ kind: "remove-initiative", initiative: name, row }, ["confirm-cancel"]),
        { focus: `ini-remove:${nameKey(name)}` },
      ),
    ),
    name ? historyDetails(session.ctx, m.sheetName, name) : null,
  );
}
