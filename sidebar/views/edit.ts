/**
 * Edit the active matrix: add, rename and remove roles; add, remove and move initiatives. Each change is one
 * server call (which keeps every typed code and re-applies the highlighting), then the matrix is read again.
 */
import type { ActiveMatrix, ActiveSheet } from "../../src/core/api";
import type { Context, View } from "../context";
import { button, el, fill, focusIfHere, focusKey, uid } from "../dom";
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

  async function load(source: Promise<ActiveSheet>, focus: string[] = [], background = false): Promise<void> {
    let state: ActiveSheet;
    try {
      state = await source;
    } catch {
      return; // the alert region says why
    }
    // A re-read the person did not ask for never closes a confirmation or a field they opened meanwhile.
    if (background && (pending !== null || typing())) return;
    matrix = state.matrix;
    pending = null;
    if (matrix) return render(focus);
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
      // Refused (another window renamed or removed what this list showed, say): the alert says why; show
      // the matrix as it is now, with the confirmation closed. The sheet changed, and this is its reading.
      ctx.forget();
      await load(ctx.quiet.describeActiveSheet(sheetName));
      focusIfHere(reload);
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
    // Histories open before stay open (and read the log again) when the list is drawn anew.
    const open = new Set(
      Array.from(body.querySelectorAll<HTMLDetailsElement>("details.history[open]")).map(
        (d) => d.dataset.initiative,
      ),
    );
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
    for (const details of Array.from(body.querySelectorAll<HTMLDetailsElement>("details.history"))) {
      if (open.has(details.dataset.initiative)) details.open = true;
    }
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

  /** Re-reads the sheet after it changed elsewhere, unless the person is in the middle of something here. */
  function typing(): boolean {
    const active = document.activeElement;
    return (
      (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) &&
      panel.contains(active) &&
      active.value !== ""
    );
  }

  function refresh(): boolean {
    if (pending !== null || typing()) return false;
    const active = document.activeElement;
    const key = active instanceof HTMLElement && panel.contains(active) ? active.dataset.focus : undefined;
    void load(ctx.quiet.describeActiveSheet(), key ? [key] : [], true);
    return true;
  }

  return { panel, show: () => void load(ctx.activeSheet()), refresh };
}
