/**
 * Copy as text, with a way out: the text goes on the clipboard, or, where the browser will not copy from the
 * sidebar's frame, into a box below the buttons, selected, for Ctrl+C. Owners and the offsite pack share it.
 */
import { copyText } from "./clipboard";
import type { Context } from "./context";
import { el, fill, focusIfHere, uid } from "./dom";
import type { OwnershipFormat } from "../src/core/suggest/ownershipText";

export const FORMAT_NAMES: Record<OwnershipFormat, string> = { plain: "plain text", markdown: "Markdown" };

export interface CopyBox {
  /** Where the text appears when the browser would not copy; hidden otherwise. Place it under the buttons. */
  readonly manual: HTMLElement;
  /** Copies `text`; `said` is the confirmation ("Copied … as plain text."). */
  copy(text: string, said: string): Promise<void>;
  hide(): void;
}

export function copyBox(ctx: Context): CopyBox {
  const manual = el("div", { class: "copy-manual", attrs: { hidden: true } });
  async function copy(text: string, said: string): Promise<void> {
    manual.hidden = true;
    if (await copyText(text)) {
      ctx.status.succeed(said);
      return;
    }
    const id = uid("copy");
    const area = el("textarea", { id, value: text, attrs: { readonly: true, rows: 8 } });
    fill(
      manual,
      el(
        "label",
        { attrs: { for: id } },
        "The browser would not copy: select this text and copy it (Ctrl+C or ⌘C).",
      ),
      area,
    );
    manual.hidden = false;
    focusIfHere(area);
    area.select();
    ctx.status.fail("Copying was blocked by the browser; the text is below, selected.");
  }
  return { manual, copy, hide: () => (manual.hidden = true) };
}
