/**
 * Who holds each role, in Settings: a field per role, saved by setPeople, which writes only the names changed
 * here (it is sent what the panel read), or, on a matrix made before the people row, an offer to add it (never
 * added silently). Names are shown and sent as text only.
 */
import { MAX_NAME_LENGTH } from "../../src/core/limits";
import type { ActiveMatrix } from "../../src/core/api";
import type { Context } from "../context";
import { el } from "../dom";
import { field } from "../form";
import { offerGroup } from "./offer";

/** The People group of Settings; `reload` re-reads the matrix after a change. */
export function peopleGroup(ctx: Context, matrix: ActiveMatrix, reload: () => Promise<void>): HTMLElement {
  const { sheetName } = matrix;
  if (!matrix.people) {
    return offerGroup(
      ctx,
      {
        legend: "People",
        description:
          "Add a row under the header naming who holds each role (Dana Lee as COO, say). Check and Who owns what then name them.",
        label: "Add people row",
        make: () => ctx.server.addPeopleRow(sheetName),
        done: `Added the people row to “${sheetName}”.`,
      },
      reload,
    );
  }
  const fields = matrix.people.map(({ role, heldBy }) => {
    const input = el("input", {
      attrs: { type: "text", autocomplete: "off", maxlength: MAX_NAME_LENGTH },
    });
    input.value = heldBy;
    return { role, heldBy, field: field(`Who holds ${role}`, input) };
  });
  const form = el(
    "form",
    {
      class: "people-form",
      on: { submit: (event) => (event.preventDefault(), void save()) },
    },
    el("fieldset", { class: "group" }, el("legend", {}, "People"), ...fields.map((f) => f.field.root)),
    el("div", { class: "actions" }, el("button", { attrs: { type: "submit" } }, "Save names")),
  );

  async function save(): Promise<void> {
    const people: Record<string, string> = {};
    // What the panel read, so the server writes only the names changed here and refuses one that someone
    // changed in the sheet meanwhile, naming its cell.
    const seen: Record<string, string> = {};
    for (const f of fields) {
      people[f.role] = f.field.control.value;
      seen[f.role] = f.heldBy;
    }
    try {
      const result = await ctx.server.setPeople(sheetName, people, seen);
      ctx.forget();
      await reload(); // first: the re-read clears the status line
      ctx.status.succeed(
        result.changed === 0
          ? "The names were already as shown."
          : `Saved ${result.changed === 1 ? "1 name" : `${result.changed} names`} in “${sheetName}”.`,
      );
    } catch {
      // The alert region says why.
    }
  }
  return form;
}
