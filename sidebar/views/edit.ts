/**
 * Edit the active matrix: add, rename and remove roles; add, remove and move initiatives. Each change is one
 * server call (which keeps every typed code and re-applies the highlighting), then the matrix is read again.
 */
import type { ActiveMatrix, ActiveSheet, Context, View } from "../context";
import { button, el, fill, focusKey, uid } from "../dom";
import { notAMatrix } from "./notAMatrix";
import { initiativesSection } from "./editInitiatives";
import { rolesSection } from "./editRoles";
import type { EditSession, Pending } from "./editSession";

export function editView(ctx: Context): View {
  let matrix: ActiveMatrix | null = null;
  let pending: Pending = null;
  const body = el("div", { class: "edit-body" }, el("p", { class: "muted" }, "Reading the sheet…"));
  const reload = button("Reload", () => void load(ctx.server.describeActiveSheet()), {
    attrs: { "aria-label": "Reload from the active sheet", title: "Read the active sheet again" },
  });
  const panel = el(
    "section",
    { id: "panel-edit", class: "panel" },
    el("div", { class: "panel-head" }, el("h2", {}, "Edit"), reload),
    body,
  );

  const session: EditSession = {
    ctx,
    get pending() {
      return pending;
    },
    filter: "",
    change,
    setPending(next, focus) {
      pending = next;
      render(focus);
    },
    render,
    confirmItem,
  };

  async function load(source: Promise<ActiveSheet>): Promise<void> {
    let state: ActiveSheet;
    try {
      state = await source;
    } catch {
      return; // the alert region says why
    }
    matrix = state.matrix;
    pending = null;
    if (matrix) return render();
    fill(
      body,
      notAMatrix(
        ctx,
        `Sheet “${state.activeSheet}” is not a RACI matrix. Open a matrix sheet and choose Reload, or create one.`,
      ),
    );
  }

  async function change(
    work: (sheetName: string) => Promise<unknown>,
    done: string,
    focus: (after: ActiveMatrix) => string[],
  ): Promise<void> {
    if (!matrix) return;
    const sheetName = matrix.sheetName;
    try {
      await work(sheetName);
    } catch {
      return;
    }
    ctx.forget();
    let state: ActiveSheet;
    try {
      state = await ctx.server.describeActiveSheet(sheetName);
    } catch {
      return;
    }
    matrix = state.matrix;
    pending = null;
    render(matrix ? focus(matrix) : []);
    ctx.status.succeed(done);
  }

  function render(focus: string[] = []): void {
    if (!matrix) return;
    fill(
      body,
      el(
        "p",
        { class: "sheet-line" },
        "Editing ",
        el("strong", {}, `“${matrix.sheetName}”`),
        ". Codes already typed stay where they are.",
      ),
      rolesSection(session, matrix),
      initiativesSection(session, matrix),
    );
    focusKey(body, focus);
  }

  function confirmItem(question: string, confirm: () => void, back: string): HTMLElement {
    const id = uid("confirm");
    return el(
      "li",
      { class: "confirm" },
      el(
        "div",
        { attrs: { role: "group", "aria-labelledby": id } },
        el("p", { id }, question),
        el(
          "div",
          { class: "actions" },
          button("Remove", confirm, { class: "danger", attrs: { "data-focus": "confirm-remove" } }),
          button("Cancel", () => session.setPending(null, [back]), {
            attrs: { "data-focus": "confirm-cancel" },
          }),
        ),
      ),
    );
  }

  return { panel, show: () => void load(ctx.activeSheet()) };
}
