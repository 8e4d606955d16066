/** The Edit panel's roles: the list with Rename and Remove, the rename form, and Add role. */
import { MAX_ROLE_NAME_LENGTH } from "../../src/core/limits";
import type { ActiveMatrix } from "../../src/core/api";
import { button, el, focusIfHere, iconButton, uid } from "../dom";
import { field } from "../form";
import { nameKey, type EditSession } from "./editSession";

/** Said next to every role name field: the server refuses longer names too (src/core/limits.ts). */
const ROLE_LENGTH_HINT = `Up to ${MAX_ROLE_NAME_LENGTH} characters, so the header stays one row tall.`;

/** The problem with a name too long for a header, or null. */
function tooLong(name: string): string | null {
  return name.length > MAX_ROLE_NAME_LENGTH
    ? `${name.length} characters: a role name has at most ${MAX_ROLE_NAME_LENGTH}. Shorten it.`
    : null;
}

export function rolesSection(session: EditSession, m: ActiveMatrix): HTMLElement {
  const input = el("input", {
    id: "edit-new-role",
    attrs: { type: "text", autocomplete: "off", "data-focus": "add-role" },
  });
  const newRole = field("New role", input, ROLE_LENGTH_HINT);
  const add = (event: Event): void => {
    event.preventDefault();
    const name = input.value.trim();
    const problem =
      name === ""
        ? "Enter the new role's name."
        : (tooLong(name) ??
          (m.roles.some((r) => nameKey(r) === nameKey(name)) ? `There is already a role “${name}”.` : null));
    newRole.errors.show(problem ? [problem] : []);
    if (problem) return focusIfHere(input);
    void session.change(
      (s) => session.ctx.server.addRole(s, name),
      `Added the role “${name}”.`,
      () => ["add-role"],
    );
  };
  return el(
    "section",
    { class: "group-section", attrs: { "aria-labelledby": "edit-roles-heading" } },
    el("h3", { id: "edit-roles-heading" }, `Roles (${m.roles.length})`),
    el("ul", { class: "edit-list" }, ...m.roles.map((role, i) => roleItem(session, m, role, i))),
    el(
      "form",
      { class: "add-form inline", attrs: { novalidate: true }, on: { submit: add } },
      newRole.root,
      el("button", { class: "secondary", attrs: { type: "submit" } }, "Add role"),
    ),
  );
}

function roleItem(session: EditSession, m: ActiveMatrix, role: string, i: number): HTMLElement {
  const { pending } = session;
  if (pending?.kind === "rename" && nameKey(pending.role) === nameKey(role))
    return renameForm(session, m, role);
  if (pending?.kind === "remove-role" && nameKey(pending.role) === nameKey(role)) {
    return session.confirmItem(
      `Remove the role “${role}” and its column of codes?`,
      () => {
        const next = m.roles[i + 1] ?? m.roles[i - 1];
        void session.change(
          (s) => session.ctx.server.removeRole(s, role),
          `Removed the role “${role}”.`,
          () => (next ? [`role-remove:${nameKey(next)}`, "add-role"] : ["add-role"]),
        );
      },
      `role-remove:${nameKey(role)}`,
    );
  }
  return el(
    "li",
    {},
    el(
      "div",
      { class: "row" },
      el("span", { class: "item-name" }, role),
      // Who holds it, from the people row (named in Settings › People): renaming the role keeps them.
      heldBy(m, i) ? el("span", { class: "held-by" }, `(${heldBy(m, i)})`) : null,
      button("Rename", () => session.setPending({ kind: "rename", role }, ["rename-input"]), {
        class: "link-button",
        attrs: { "aria-label": `Rename ${role}`, "data-focus": `role-rename:${nameKey(role)}` },
      }),
      iconButton(
        "✕",
        `Remove ${role}`,
        () => session.setPending({ kind: "remove-role", role }, ["confirm-cancel"]),
        {
          focus: `role-remove:${nameKey(role)}`,
          disabled: m.roles.length === 1,
        },
      ),
    ),
  );
}

function renameForm(session: EditSession, m: ActiveMatrix, role: string): HTMLElement {
  const input = el("input", {
    attrs: { type: "text", autocomplete: "off", "data-focus": "rename-input" },
    value: role,
    on: {
      keydown: (event) => {
        if (event.key === "Escape") session.setPending(null, [`role-rename:${nameKey(role)}`]);
      },
    },
  });
  const renamed = field(`New name for ${role}`, input, ROLE_LENGTH_HINT);
  const everywhere = el("input", { id: uid("rename-everywhere"), attrs: { type: "checkbox" } });
  const save = (event: Event): void => {
    event.preventDefault();
    const name = input.value.trim();
    const problem =
      name === ""
        ? "Enter a name."
        : (tooLong(name) ??
          (m.roles.some((r) => nameKey(r) === nameKey(name) && nameKey(r) !== nameKey(role))
            ? `There is already a role “${name}”.`
            : null));
    renamed.errors.show(problem ? [problem] : []);
    if (problem) return focusIfHere(input);
    if (name === role) return session.setPending(null, [`role-rename:${nameKey(role)}`]);
    const all = everywhere.checked;
    void session.change(
      (s) => session.ctx.server.renameRole(s, role, name, all),
      all
        ? `Renamed “${role}” to “${name}” in every matrix that had it.`
        : m.settings.ownerPair?.some((owner) => nameKey(owner) === nameKey(role))
          ? `Renamed “${role}” to “${name}” (header and owner pair).`
          : `Renamed “${role}” to “${name}”.`,
      () => [`role-rename:${nameKey(name)}`],
    );
  };
  return el(
    "li",
    { class: "inline-form" },
    el(
      "form",
      { attrs: { novalidate: true }, on: { submit: save } },
      renamed.root,
      el(
        "label",
        { class: "checkbox", attrs: { for: everywhere.id } },
        everywhere,
        " Also in every other matrix of this spreadsheet (someone left, say)",
      ),
      el(
        "div",
        { class: "actions" },
        el("button", { class: "primary", attrs: { type: "submit" } }, "Save"),
        button("Cancel", () => session.setPending(null, [`role-rename:${nameKey(role)}`])),
      ),
    ),
  );
}

/** The person the people row names for role i, or "". */
function heldBy(m: ActiveMatrix, i: number): string {
  return m.people?.[i]?.heldBy ?? "";
}
