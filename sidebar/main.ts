/** The sidebar: its panels behind a tablist, talking to the server through one typed client. */
import type { ActiveSheet } from "../src/core/api";
import type { Context, View, ViewName } from "./context";
import { el, fill } from "./dom";
import { ADDON_VERSION } from "../src/core/version";
import { createClient, scriptRun } from "./server";
import { createStatus } from "./status";
import { createTabs } from "./tabs";
import { chartersView } from "./views/charters";
import { watchChanges } from "./watch";
import { checkView } from "./views/check";
import { editView } from "./views/edit";
import { newMatrixView } from "./views/newMatrix";
import { ownershipView } from "./views/ownership";
import { settingsView } from "./views/settings";

function start(app: HTMLElement): void {
  const panels = el("div", { class: "panels" });
  const status = createStatus(panels);
  const server = createClient(scriptRun, status);
  const quiet = createClient(scriptRun, status, { reportErrors: false });
  const background = createClient(scriptRun, status, { reportErrors: false, busy: false });
  let initial: ActiveSheet | null = null;

  const ctx: Context = {
    server,
    quiet,
    background,
    status,
    // Opened by a button in another panel, whose focus would be lost in the hidden panel: focus the tab.
    open: (view) => tabs.select(view, { focus: true }),
    activeSheet() {
      const known = initial;
      initial = null;
      return known ? Promise.resolve(known) : server.describeActiveSheet();
    },
    forget() {
      initial = null;
      // The sheet's token moved, and the panel reads the sheet again itself: a re-read by the watcher on top
      // would only lock the panel's buttons a second time, under a click or the focus meant for them.
      watcher.rebase();
    },
  };

  const views: Record<ViewName, View> = {
    new: newMatrixView(ctx),
    check: checkView(ctx),
    edit: editView(ctx),
    owners: ownershipView(ctx),
    charters: chartersView(ctx),
    settings: settingsView(ctx),
  };
  const labels: Record<ViewName, string> = {
    new: "New matrix",
    check: "Check",
    edit: "Edit",
    owners: "Owners",
    charters: "Charters",
    settings: "Settings",
  };
  const names = Object.keys(views) as ViewName[];
  const tabs = createTabs(
    names.map((key) => ({ key, label: labels[key], panel: views[key].panel })),
    (key, byUser) => {
      // A message about what happened in another panel would only confuse here.
      if (byUser) status.clear();
      // A panel opens at its top, whatever the previous one was scrolled to (a long New matrix form, say).
      window.scrollTo(0, 0);
      views[key].show();
      if (views[key].refresh) watcher.rebase();
    },
  );
  // Follows the sheet while a panel that shows it is open; a background call, so nothing looks busy.
  const watcher = watchChanges({
    token: () => scriptRun("getChangeToken", []),
    watching: () => views[tabs.current].refresh !== undefined,
    // Not while a call of the panel's own is running: its answer redraws the panel and places focus.
    changed: () => !panels.hasAttribute("aria-busy") && (views[tabs.current].refresh?.() ?? true),
    doc: document,
  });
  for (const key of names) panels.appendChild(views[key].panel);

  fill(
    app,
    el("h1", { class: "sr-only" }, "RACI Matrix for Sheets"),
    el("div", { class: "top" }, tabs.list, status.root),
    panels,
    el("footer", { class: "version" }, `RACI Matrix for Sheets ${ADDON_VERSION}`),
  );

  // The menu item that opened the sidebar decides the first panel ("Check this matrix" opens Check).
  server
    .getSidebarState()
    .then(({ view, ...active }) => {
      initial = active;
      tabs.select(view === "help" ? "new" : view);
    })
    .catch(() => tabs.select("new"));
}

const app = document.getElementById("app");
if (app) start(app);
