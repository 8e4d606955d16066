/**
 * The preview page: menus built from what the add-on's onOpen registered, sheet tabs, the grid, the
 * sidebar panel, toasts and alerts. It follows the server through Server-Sent Events carrying a version
 * number, so edits made in another window show up here within moments.
 */
import type { Menu, MenuItem, Message, PreviewState } from "../protocol";
import { parseRect, rectName } from "./a1";
import { api, clientId } from "./api";
import { SheetGrid } from "./grid";

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
let openMenu: HTMLElement | null = null;
let activeCellName = "A1";

const grid = new SheetGrid(ui.scroller, ui.table, {
  load: (sheet, from, count) => api.grid(sheet, from, count),
  selected: (range) => {
    const sheet = grid.sheetName;
    if (sheet) void api.select(sheet, rectName(range)).then(reportFailure);
  },
  edit: (range, values) => {
    const sheet = grid.sheetName;
    if (sheet) void api.edit(sheet, rectName(range), values).then(reportFailure);
  },
  activeCellChanged: (name, cell) => {
    activeCellName = name;
    const selection = grid.selection;
    ui.nameBox.textContent = selection.h === 1 && selection.w === 1 ? name : rectName(selection);
    if (document.activeElement !== ui.formula) ui.formula.value = cell?.e ?? cell?.t ?? "";
  },
});

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

function reportFailure(result: { ok: boolean; error?: string }): void {
  if (!result.ok) toast("Error", result.error ?? "Something went wrong.", "error");
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

// Menus

function closeMenus(): void {
  for (const button of Array.from(ui.menubar.querySelectorAll("[aria-expanded='true']"))) {
    button.setAttribute("aria-expanded", "false");
  }
  for (const list of Array.from(ui.menubar.querySelectorAll<HTMLElement>(".menu-list"))) list.hidden = true;
  openMenu = null;
}

interface MenuEntry {
  caption: string;
  action?: () => void;
  submenu?: MenuEntry[];
  separator?: boolean;
}

function buildList(entries: MenuEntry[], label: string): HTMLUListElement {
  const list = document.createElement("ul");
  list.className = "menu-list";
  list.setAttribute("role", "menu");
  list.setAttribute("aria-label", label);
  list.hidden = true;
  if (entries.length === 0) {
    const empty = document.createElement("li");
    empty.className = "menu-empty";
    empty.textContent = "No add-on menu yet";
    list.append(empty);
  }
  for (const entry of entries) {
    const li = document.createElement("li");
    li.setAttribute("role", "none");
    if (entry.separator) {
      li.className = "menu-separator";
      li.setAttribute("role", "separator");
      list.append(li);
      continue;
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = "menu-item";
    button.setAttribute("role", "menuitem");
    button.textContent = entry.caption;
    li.append(button);
    if (entry.submenu) {
      const sub = buildList(entry.submenu, entry.caption);
      button.setAttribute("aria-haspopup", "menu");
      button.setAttribute("aria-expanded", "false");
      const open = (): void => {
        for (const other of Array.from(list.querySelectorAll<HTMLElement>(":scope > li > .menu-list")))
          other.hidden = true;
        for (const other of Array.from(list.querySelectorAll(":scope > li > .menu-item"))) {
          other.setAttribute("aria-expanded", "false");
        }
        sub.hidden = false;
        button.setAttribute("aria-expanded", "true");
      };
      button.addEventListener("click", open);
      button.addEventListener("mouseenter", open);
      li.append(sub);
    } else {
      const action = entry.action;
      button.addEventListener("click", () => {
        closeMenus();
        action?.();
      });
    }
    list.append(li);
  }
  return list;
}

function addMenu(title: string, entries: MenuEntry[]): void {
  const wrapper = document.createElement("div");
  wrapper.className = "menu";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "menu-button";
  button.textContent = title;
  button.setAttribute("aria-haspopup", "menu");
  button.setAttribute("aria-expanded", "false");
  const list = buildList(entries, title);
  button.addEventListener("click", (event) => {
    event.stopPropagation();
    const wasOpen = openMenu === wrapper;
    closeMenus();
    if (wasOpen) return;
    list.hidden = false;
    button.setAttribute("aria-expanded", "true");
    openMenu = wrapper;
  });
  wrapper.append(button, list);
  ui.menubar.append(wrapper);
}

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

function renderMenus(menus: Menu[]): void {
  const key = JSON.stringify(menus);
  if (key === menusKey) return;
  menusKey = key;
  ui.menubar.replaceChildren();
  const addonEntries: MenuEntry[] = menus.map((menu) => ({
    caption: menu.title,
    submenu: menuEntries(menu.items),
  }));
  addMenu("Extensions", addonEntries);
  addMenu("Preview", [
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

document.addEventListener("click", (event) => {
  if (openMenu && event.target instanceof Node && !openMenu.contains(event.target)) closeMenus();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && openMenu) closeMenus();
});

// Sheet tabs

function renderTabs(current: PreviewState): void {
  const tabs = current.sheets.map((sheet) => {
    const tab = document.createElement("button");
    tab.type = "button";
    tab.className = "tab";
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
    ui.sidebarFrame.src = `/sidebar.html?client=${clientId}&seq=${sidebar.seq}`;
  }
}

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
        toast("Preview", error instanceof Error ? error.message : String(error), "error");
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
  renderMenus(current.menus);
  renderTabs(current);
  renderSidebar(current);
  await grid.show(current.view.sheet, current.dataVersion);
  // Follow the server's selection only when it moved it (a script selected a cell, a sheet was added or
  // deleted); this window's own clicks are already shown, and may be newer than what the server answered.
  const range = parseRect(current.view.range);
  if ((!previous || previous.view.seq !== current.view.seq) && range) grid.select(range);
  showMessages(current.messages);
  document.body.dataset.version = String(current.version);
}

function listen(): void {
  const events = api.events();
  events.addEventListener("version", () => void refresh());
  // EventSource reconnects by itself (for example after the server restarts); catch up when it does.
  events.addEventListener("open", () => void refresh());
}

void refresh().then(() => {
  grid.focusGrid();
  listen();
});
