/**
 * Check › Offsite pack: only the rows the team still has to settle, worst first (disputed, changed since
 * agreed, with a finding, not yet agreed), each with who holds what on it and Show; who holds each role; Copy
 * as text or Markdown; and the printable sheet. Text only ever enters the page as text (dom.ts).
 */
import type { OffsitePack, OffsiteRow } from "../../src/core/api";
import { SETTLE_ORDER } from "../../src/core/offsite/pack";
import {
  formatOffsitePack,
  holderName,
  holdersText,
  SETTLE_TITLES,
  settleLine,
} from "../../src/core/offsite/text";
import type { OwnershipFormat } from "../../src/core/suggest/ownershipText";
import type { Context } from "../context";
import { copyBox, FORMAT_NAMES } from "../copyBox";
import { button, el, fill, uid, type Child } from "../dom";
import type { CheckActions } from "./checkActions";
import { notAMatrix } from "./notAMatrix";

/** Reads the pack of the active matrix into `body`, with its buttons wired. */
export function offsiteLoader(
  ctx: Context,
  body: HTMLElement,
  check: CheckActions,
): { load(): Promise<void> } {
  const copier = copyBox(ctx);
  async function load(): Promise<void> {
    let pack: OffsitePack;
    try {
      pack = await ctx.quiet.getOffsitePack();
    } catch (error) {
      fill(body, notAMatrix(ctx, error instanceof Error ? error.message : String(error)));
      return;
    }
    copier.hide();
    fill(
      body,
      ...offsiteSection(pack, copier.manual, {
        show: (cell) => void check.showCell(pack.sheetName, cell),
        copy: (format) =>
          void copier.copy(
            formatOffsitePack(pack, format),
            `Copied the offsite pack of “${pack.sheetName}” as ${FORMAT_NAMES[format]}.`,
          ),
        print: () => void print(),
      }),
    );
  }
  async function print(): Promise<void> {
    try {
      const made = await ctx.server.makeOffsitePack();
      ctx.forget();
      ctx.status.succeed(
        `“${made.sheetName}” lists the ${made.rows} ${made.rows === 1 ? "row" : "rows"} of “${made.matrix}” ` +
          "still to settle; print it with File › Print.",
      );
    } catch {
      // The alert region says why.
    }
  }
  return { load };
}

export interface OffsiteActions {
  show(cell: string): void;
  copy(format: OwnershipFormat): void;
  /** Makes (or rewrites) the printable sheet and opens it. */
  print(): void;
}

export function offsiteSection(pack: OffsitePack, manual: HTMLElement, actions: OffsiteActions): Child[] {
  return [
    el(
      "p",
      { class: "sheet-line" },
      "Offsite pack of ",
      el("strong", {}, `“${pack.sheetName}”`),
      `: ${settleLine(pack)}`,
    ),
    el(
      "div",
      { class: "actions copy-actions" },
      button("Copy as text", () => actions.copy("plain"), { attrs: { "data-focus": "offsite-plain" } }),
      button("Copy as Markdown", () => actions.copy("markdown"), {
        attrs: { "data-focus": "offsite-markdown" },
      }),
      button("Make the printable sheet", () => actions.print(), { attrs: { "data-focus": "offsite-print" } }),
    ),
    manual,
    el(
      "details",
      { class: "offsite-people" },
      el("summary", {}, "Who holds each role"),
      el(
        "ul",
        {},
        ...pack.people.map((p) => el("li", {}, p.heldBy === "" ? `${p.role}: nobody named` : holderName(p))),
      ),
    ),
    ...SETTLE_ORDER.map((reason) => {
      const rows = pack.rows.filter((row) => row.reason === reason);
      if (rows.length === 0) return null;
      const id = uid("settle");
      return el(
        "section",
        { class: "owner-role offsite-group", attrs: { "aria-labelledby": id } },
        el("h3", { id }, `${SETTLE_TITLES[reason]} (${rows.length})`),
        el("ul", { class: "findings" }, ...rows.map((row) => rowItem(row, actions))),
      );
    }),
  ];
}

function rowItem(row: OffsiteRow, actions: OffsiteActions): HTMLElement {
  const holders = holdersText(row);
  return el(
    "li",
    { class: "finding offsite-row" },
    el(
      "p",
      {},
      el("strong", {}, row.initiative || `Row ${row.row} (no name)`),
      row.area ? ` (${row.area})` : "",
      row.decision ? el("span", { class: "muted" }, ` · ${row.decision}`) : null,
    ),
    el("p", { class: "muted" }, holders === "" ? "No codes yet" : holders),
    row.signOff ? el("p", { class: "muted" }, row.signOff) : null,
    row.findings.length > 0 ? el("ul", {}, ...row.findings.map((f) => el("li", {}, f.message))) : null,
    button(`Show ${row.cell}`, () => actions.show(row.cell), { class: "link-button" }),
  );
}
