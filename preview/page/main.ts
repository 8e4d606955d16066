/**
 * The preview page: menus built from what the add-on's onOpen registered, sheet tabs, the grid, the
 * sidebar panel, toasts and alerts. It follows the server through Server-Sent Events carrying a version
 * number, so edits made in another window show up here within moments.
 */
import type { Menu, MenuItem, Message, PreviewQuestion, PreviewState } from "../protocol";
import { parseRect, rectName } from "./a1";
import { api, clientId, OfflineError } from "./api";
import { SheetGrid } from "./grid";
import { createMenubar, type MenuEntry } from "./menubar";

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}.`);
  return element as T;
}

const ui = {
  title: byId("doc-title"),
  menubar: byId("menubar"),
  notice: byId("notice"),
  noticeText: byId("notice-text"),
  noticeClose: byId<HTMLButtonElement>("notice-close"),
  offline: byId("offline"),
  nameBox: byId("name-box"),
  formula: byId<HTMLInputElement>("formula-input"),
  scroller: byId("grid-scroll"),
  table: byId<HTMLTableElement>("grid"),
  sidebar: byId("sidebar"),
  sidebarTitle: byId("sidebar-title"),
  sidebarClose: byId<HTMLButtonElement>("sidebar-close"),
  sidebarFrame: byId<HTMLIFrameElement>("sidebar-frame"),
  tabs: byId("tabs"),
  toasts: byId("toasts"),
  modal: byId("modal"),
  modalTitle: byId("modal-title"),
  modalText: byId("modal-text"),
  modalButtons: byId("modal-buttons"),
};

let state: PreviewState | null = null;
let lastMessageSeq: number | null = null;
let sidebarSeq: number | null = null;
let dismissedNotice: string | null = null;
let activeCellName = "A1";

const grid = new SheetGrid(ui.scroller, ui.table, {
  load: (sheet, from, count) => api.grid(sheet, from, count),
  selected: (range) => {
    const sheet = grid.sheetName;
    if (sheet) void api.select(sheet, rectName(range)).then(reportFailure);
  },
  edit: (range, values) => {
    const sheet = grid.sheetName;
    if (!sheet) return;
    void api.edit(sheet, rectName(range), values).then((result) => {
      // Not saved: the cell goes back to what the workbook holds, and the message says what was lost.
      if (!result.ok) grid.redraw();
      reportFailure(result, `Not saved: ${rectName(range)} is back to its saved value.`);
    });
  },
  activeCellChanged: (name, cell) => {
    activeCellName = name;
    const selection = grid.selection;
    ui.nameBox.textContent = selection.h === 1 && selection.w === 1 ? name : rectName(selection);
    if (document.activeElement !== ui.formula) ui.formula.value = cell?.e ?? cell?.t ?? "";
  },
  typing: (value) => {
    ui.formula.value = value;
  },
});

const menubar = createMenubar(ui.menubar, () => grid.focusGrid());

// Dialogs and toasts

/** Shows a modal dialog; resolves with the label of the button pressed. */
function dialog(title: string, text: string, buttons: string[] = ["OK"]): Promise<string> {
  ui.modalTitle.textContent = title;
  ui.modalText.textContent = text;
  return new Promise((resolve) => {
    const elements = buttons.map((label, i) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = label;
      if (i === buttons.length - 1) button.className = "primary";
      button.addEventListener("click", () => {
        ui.modal.hidden = true;
        ui.modalButtons.replaceChildren();
        resolve(label);
        grid.focusGrid();
      });
      return button;
    });
    ui.modalButtons.replaceChildren(...elements);
    ui.modal.hidden = false;
    elements[elements.length - 1]?.focus();
  });
}

function toast(title: string, text: string, kind: "toast" | "error", timeoutSeconds = 5): void {
  const element = document.createElement("div");
  element.className = kind === "error" ? "toast error" : "toast";
  element.setAttribute("role", kind === "error" ? "alert" : "status");
  const body = document.createElement("div");
  body.className = "toast-body";
  if (title) {
    const heading = document.createElement("div");
    heading.className = "toast-title";
    heading.textContent = title;
    body.append(heading);
  }
  body.append(document.createTextNode(text));
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "×";
  close.setAttribute("aria-label", "Dismiss");
  close.addEventListener("click", () => element.remove());
  element.append(body, close);
  ui.toasts.append(element);
  const seconds = kind === "error" ? Math.max(timeoutSeconds, 10) : timeoutSeconds;
  if (seconds >= 0) setTimeout(() => element.remove(), Math.max(seconds, 2) * 1000);
}

/**
 * A failure as a toast; but a server that cannot be reached gets one standing message instead (a toast per
 * click would pile up), which goes away as soon as the server answers again.
 */
function reportFailure(result: { ok: boolean; error?: string; offline?: boolean }, lost?: string): void {
  if (result.ok) return showOffline(null);
  if (result.offline) return showOffline(lost ?? null, true);
  toast("Error", result.error ?? "Something went wrong.", "error");
}

let offlineLost: string[] = [];

/** Shows (or, with `down` false, clears) the one "server not reachable" message, with what was lost. */
function showOffline(lost: string | null, down = false): void {
  if (!down) {
    ui.offline.hidden = true;
    offlineLost = [];
    return;
  }
  if (lost && !offlineLost.includes(lost)) offlineLost = [...offlineLost, lost].slice(-3);
  ui.offline.textContent = [
    "The preview server is not reachable: is `npm start` still running? Edits are not saved until it is back.",
    ...offlineLost,
  ].join(" ");
  ui.offline.hidden = false;
}

function showMessages(messages: Message[]): void {
  const fresh = messages.filter((m) => lastMessageSeq === null || m.seq > lastMessageSeq);
  // On first load, messages from before this window opened are history, not news.
  const first = lastMessageSeq === null;
  lastMessageSeq = Math.max(lastMessageSeq ?? 0, ...messages.map((m) => m.seq));
  if (first) return;
  for (const message of fresh) {
    if (message.kind === "alert") void dialog(message.title || "Alert", message.text);
    else toast(message.title, message.text, message.kind, message.timeoutSeconds);
  }
}

/** Apps Script's button names as Sheets labels them. */
const BUTTON_LABELS: Record<string, string> = { YES: "Yes", NO: "No", OK: "OK", CANCEL: "Cancel" };
let questionShown: number | null = null;

/**
 * An alert the add-on is waiting on (Ui.alert with buttons): the call that showed it goes on with the button
 * pressed here.
 */
function showQuestion(question: PreviewQuestion | null): void {
  if (question === null || question.id === questionShown) return;
  questionShown = question.id;
  const labels = question.buttons.map((button) => BUTTON_LABELS[button] ?? button);
  void dialog(question.title || "Question", question.text, labels).then(async (label) => {
    reportFailure(await api.answer(question.id, question.buttons[labels.indexOf(label)]));
  });
}

// Menus: the add-on's, as its onOpen registered them, and the preview's own (menubar.ts draws them).

async function runMenuItem(functionName: string, caption: string): Promise<void> {
  grid.commitEdit();
  const result = await api.run(functionName);
  if (!result.ok) void dialog(`${caption} failed`, result.error);
  await refresh();
}

let menusKey = "";

function menuEntries(items: MenuItem[]): MenuEntry[] {
  return items.map((item) => {
    if (item === "separator") return { caption: "", separator: true };
    if ("items" in item) return { caption: item.caption, submenu: menuEntries(item.items) };
    return { caption: item.caption, action: () => void runMenuItem(item.functionName, item.caption) };
  });
}

function renderMenus(menus: Menu[], hidden: string[]): void {
  const key = JSON.stringify([menus, hidden]);
  if (key === menusKey) return;
  menusKey = key;
  menubar.clear();
  const addonEntries: MenuEntry[] = menus.map((menu) => ({
    caption: menu.title,
    submenu: menuEntries(menu.items),
  }));
  menubar.add("Extensions", addonEntries);
  menubar.add("View", [
    {
      caption: `Hidden sheets (${hidden.length})`,
      submenu: hidden.map((name) => ({ caption: name, action: () => void switchSheet(name) })),
    },
  ]);
  menubar.add("Preview", [
    {
      caption: "Reset workbook…",
      action: () => {
        void dialog(
          "Reset workbook",
          "Start again with an empty spreadsheet? The current workbook file is kept aside, not deleted.",
          ["Cancel", "Reset"],
        ).then(async (choice) => {
          if (choice !== "Reset") return;
          reportFailure(await api.reset());
          await refresh();
        });
      },
    },
  ]);
}

// Sheet tabs

function renderTabs(current: PreviewState): void {
  // As in Sheets, a hidden sheet has no tab; one opened from View › Hidden sheets shows while it is open.
  const shown = current.sheets.filter((sheet) => !sheet.hidden || sheet.name === current.view.sheet);
  const tabs = shown.map((sheet) => {
    const tab = document.createElement("button");
    tab.type = "button";
    tab.className = sheet.hidden ? "tab hidden-sheet" : "tab";
    if (sheet.hidden) tab.title = "A hidden sheet, open from View › Hidden sheets";
    tab.setAttribute("role", "tab");
    tab.textContent = sheet.name;
    tab.setAttribute("aria-selected", String(sheet.name === current.view.sheet));
    if (sheet.tabColor) tab.style.borderBottomColor = sheet.tabColor;
    tab.addEventListener("click", () => void switchSheet(sheet.name));
    return tab;
  });
  ui.tabs.replaceChildren(...tabs);
}

async function switchSheet(name: string): Promise<void> {
  grid.commitEdit();
  reportFailure(await api.select(name, "A1"));
  await refresh();
}

// Sidebar

function renderSidebar(current: PreviewState): void {
  const sidebar = current.sidebar;
  if (!sidebar) {
    ui.sidebar.hidden = true;
    if (sidebarSeq !== null) ui.sidebarFrame.removeAttribute("src");
    sidebarSeq = null;
    return;
  }
  ui.sidebarTitle.textContent = sidebar.title;
  ui.sidebar.hidden = false;
  if (sidebar.seq !== sidebarSeq) {
    sidebarSeq = sidebar.seq;
    // Focus follows the sidebar when it opens, so a keyboard user need not Shift+Tab through every tab.
    ui.sidebarFrame.addEventListener("load", () => focusSidebar(), { once: true });
    ui.sidebarFrame.src = `/sidebar.html?client=${clientId}&seq=${sidebar.seq}`;
  }
}

/** Alt+Shift+S moves between the grid and the sidebar (the grid keeps Tab for moving between cells). */
const isPaneShortcut = (event: KeyboardEvent): boolean =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === "KeyS";

/** Where the focus was in the sidebar when the shortcut left it, so coming back lands there again. */
let sidebarFocus: HTMLElement | null = null;

function focusSidebar(): void {
  const frame = ui.sidebarFrame;
  const inner = frame.contentDocument;
  if (ui.sidebar.hidden || !inner) return;
  frame.focus();
  // The sidebar's own document hears the shortcut too (same origin), to come back to the grid.
  if (!inner.documentElement.dataset.paneShortcut) {
    inner.documentElement.dataset.paneShortcut = "on";
    sidebarFocus = null;
    inner.addEventListener("keydown", (event) => {
      if (!isPaneShortcut(event)) return;
      event.preventDefault();
      // The frame's own element class: an element of another document is no instance of this page's.
      const active = inner.activeElement;
      sidebarFocus = active instanceof (inner.defaultView ?? window).HTMLElement ? active : null;
      window.focus();
      grid.focusGrid();
    });
  }
  // Back where the person was, while that is still shown; else the open panel's tab (a selector list would
  // give the first match in the page, which is always the first tab, whichever panel is open).
  const shown = sidebarFocus?.isConnected === true && sidebarFocus.getClientRects().length > 0;
  const target = shown
    ? sidebarFocus
    : (inner.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ??
      inner.querySelector<HTMLElement>("button, input"));
  target?.focus();
}

document.addEventListener(
  "keydown",
  (event) => {
    if (!isPaneShortcut(event) || ui.sidebar.hidden) return;
    event.preventDefault();
    event.stopPropagation();
    grid.commitEdit();
    focusSidebar();
  },
  true,
);

async function closeSidebar(): Promise<void> {
  ui.sidebar.hidden = true;
  reportFailure(await api.closeSidebar());
  await refresh();
}

ui.sidebarClose.addEventListener("click", () => void closeSidebar());
window.addEventListener("message", (event: MessageEvent<unknown>) => {
  if (event.origin !== window.location.origin || event.source !== ui.sidebarFrame.contentWindow) return;
  const data = event.data;
  if (typeof data !== "object" || data === null || !("source" in data) || data.source !== "gas-shim") return;
  const action = "action" in data ? data.action : null;
  if (action === "close") void closeSidebar();
  else if (action === "focus-editor") grid.focusGrid();
});

// Formula bar: edits the active cell.

ui.formula.addEventListener("keydown", (event) => {
  if (event.key === "Enter") {
    event.preventDefault();
    const sheet = grid.sheetName;
    const range = parseRect(activeCellName);
    if (sheet && range) void api.edit(sheet, activeCellName, [[ui.formula.value]]).then(reportFailure);
    grid.focusGrid();
  } else if (event.key === "Escape") {
    event.preventDefault();
    grid.focusGrid();
  }
});

ui.noticeClose.addEventListener("click", () => {
  dismissedNotice = state?.notice ?? null;
  ui.notice.hidden = true;
});

// Following the server

let refreshing: Promise<void> | null = null;
let refreshAgain = false;

/** Fetches the state and the grid; calls made while one is running are folded into one more. */
function refresh(): Promise<void> {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      refreshAgain = false;
      try {
        await load();
      } catch (error) {
        if (error instanceof OfflineError) showOffline(null, true);
        else toast("Preview", error instanceof Error ? error.message : String(error), "error");
      }
    } while (refreshAgain);
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function load(): Promise<void> {
  const previous = state;
  const current = await api.state();
  state = current;
  ui.title.textContent = current.spreadsheetName;
  document.title = `${current.spreadsheetName} – local preview`;
  if (current.notice && current.notice !== dismissedNotice) {
    ui.noticeText.textContent = current.notice;
    ui.notice.hidden = false;
  } else {
    ui.notice.hidden = true;
  }
  renderMenus(
    current.menus,
    current.sheets.filter((sheet) => sheet.hidden).map((sheet) => sheet.name),
  );
  renderTabs(current);
  renderSidebar(current);
  await grid.show(current.view.sheet, current.dataVersion);
  // Follow the server's selection only when it moved it (a script selected a cell, a sheet was added or
  // deleted); this window's own clicks are already shown, and may be newer than what the server answered.
  const range = parseRect(current.view.range);
  if ((!previous || previous.view.seq !== current.view.seq) && range) grid.select(range);
  showMessages(current.messages);
  showQuestion(current.question);
  document.body.dataset.version = String(current.version);
}

function listen(): void {
  const events = api.events();
  events.addEventListener("version", () => void refresh());
  // EventSource reconnects by itself (for example after the server restarts); catch up when it does.
  events.addEventListener("open", () => {
    showOffline(null);
    void refresh();
  });
  events.addEventListener("error", () => showOffline(null, true));
}

void refresh().then(() => {
  grid.focusGrid();
  listen();
});
