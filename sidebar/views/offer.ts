/**
 * A Settings group that offers one addition to a matrix made before it (never made silently): what it adds,
 * and a button that makes it, then re-reads the matrix and says what changed.
 */
import type { Context } from "../context";
import { button, el } from "../dom";

export interface Offer {
  legend: string;
  description: string;
  label: string;
  make: () => Promise<unknown>;
  done: string;
}

export function offerGroup(ctx: Context, offer: Offer, reload: () => Promise<void>): HTMLElement {
  return el(
    "fieldset",
    { class: "group" },
    el("legend", {}, offer.legend),
    el("p", { class: "muted" }, offer.description),
    button(offer.label, async () => {
      try {
        await offer.make();
        ctx.forget();
        await reload(); // first: the re-read redraws the panel
        ctx.status.succeed(offer.done);
      } catch {
        // The alert region says why.
      }
    }),
  );
}
