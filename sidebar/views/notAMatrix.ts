/** What a panel shows when the active sheet is not a matrix: why, and a way to create one. */
import type { Context } from "../context";
import { button, el } from "../dom";

export function notAMatrix(ctx: Context, message: string): HTMLElement {
  return el(
    "div",
    { class: "empty-state" },
    el("p", {}, message),
    button("Create a matrix", () => ctx.open("new"), { class: "primary" }),
  );
}
