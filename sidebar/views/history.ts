/**
 * An initiative's change history, from the change log: who changed which code, when, old → new. Loaded
 * only when the reader opens it, so the list of initiatives costs no extra round trip.
 */
import type { Context } from "../context";
import { el, fill } from "../dom";

export function historyDetails(ctx: Context, sheetName: string, initiative: string): HTMLElement {
  const list = el("div", { class: "history-list", attrs: { "aria-live": "polite" } });
  let loaded = false;
  const details = el(
    "details",
    {
      class: "history",
      attrs: { "data-initiative": initiative },
      on: {
        toggle: () => {
          if (!details.open || loaded) return;
          loaded = true;
          fill(list, el("p", { class: "muted" }, "Reading the change log…"));
          ctx.quiet.getChangeLog(sheetName, initiative).then(
            (entries) =>
              fill(
                list,
                entries.length
                  ? el(
                      "ol",
                      {},
                      ...entries.map((entry) =>
                        el(
                          "li",
                          {},
                          el(
                            "time",
                            { attrs: { datetime: entry.time } },
                            new Date(entry.time).toLocaleString(),
                          ),
                          entry.change
                            ? ` ${entry.user || "Someone"}: ${entry.change}.`
                            : ` ${entry.user || "Someone"}: ${entry.role} (${entry.cell}) ${entry.old || "empty"} → ${entry.new || "empty"}`,
                        ),
                      ),
                    )
                  : el("p", { class: "muted" }, "No change recorded yet."),
              ),
            (error: unknown) => {
              loaded = false;
              fill(
                list,
                el(
                  "p",
                  { class: "message error", attrs: { role: "alert" } },
                  error instanceof Error ? error.message : String(error),
                ),
              );
            },
          );
        },
      },
    },
    el("summary", {}, "History"),
    list,
  );
  return details;
}
