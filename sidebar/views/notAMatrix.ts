/**
 * What a panel shows when the active sheet is not a matrix: why, a way to create one, and a way to make a
 * RACI table the user already keeps there a live matrix: a preview of what will be added first (computed
 * by the server), then Adopt.
 */
import type { Context } from "../context";
import { button, el, fill, focusIfHere } from "../dom";

export function notAMatrix(ctx: Context, message: string): HTMLElement {
  const adoption = el("div", { class: "adoption", attrs: { "aria-live": "polite" } });
  const offer = button("Make this table a live matrix", () => void preview());

  async function preview(): Promise<void> {
    let found;
    try {
      found = await ctx.quiet.previewAdoption();
    } catch (error) {
      fill(
        adoption,
        el("p", { attrs: { role: "alert" } }, error instanceof Error ? error.message : String(error)),
      );
      return;
    }
    const { sheetName, roles, initiatives, adds, understood } = found;
    const adopt = button("Adopt", () => void confirm(sheetName), { class: "primary" });
    fill(
      adoption,
      el("h3", {}, `Adopt “${sheetName}”`),
      el("p", {}, `Roles: ${roles.join(", ")}. Initiatives: ${initiatives}.`),
      el("ul", {}, ...understood.map((line) => el("li", {}, line))),
      el("p", {}, "Adopting adds:"),
      el("ul", {}, ...adds.map((line) => el("li", {}, line))),
      adopt,
      button("Cancel", () => fill(adoption)),
    );
    focusIfHere(adopt);
  }

  async function confirm(sheetName: string): Promise<void> {
    try {
      const result = await ctx.server.adoptMatrix(sheetName);
      ctx.forget();
      ctx.status.succeed(
        `“${result.sheetName}” is now a live matrix with ${result.initiatives} initiatives.`,
      );
      fill(adoption);
      ctx.open("check");
    } catch {
      // the alert region says why
    }
  }

  return el(
    "div",
    { class: "empty-state" },
    el("p", {}, message),
    button("Create a matrix", () => ctx.open("new"), { class: "primary" }),
    offer,
    adoption,
  );
}
