/**
 * The preview's menubar, built from entries: a WAI-ARIA menubar
 * (https://www.w3.org/WAI/ARIA/apg/patterns/menubar/). Left and Right move along the bar, Down (or Enter,
 * Space) opens a menu on its first item; in a menu Up, Down, Home and End move, Right opens a submenu, Left
 * or Escape goes back one level, and Escape on the top level returns to the bar.
 */

export interface MenuEntry {
  caption: string;
  action?: () => void;
  submenu?: MenuEntry[];
  separator?: boolean;
}

export interface Menubar {
  /** Adds a menu to the bar; `empty` is what an empty menu says. */
  add(title: string, entries: MenuEntry[], empty?: string): void;
  /** Removes every menu. */
  clear(): void;
}

/** The menubar in `bar`; `beforeAction` runs after a menu closes and before its item's action. */
export function createMenubar(bar: HTMLElement, beforeAction: () => void): Menubar {
  let openMenu: HTMLElement | null = null;

  function closeMenus(): void {
    for (const button of Array.from(bar.querySelectorAll("[aria-expanded='true']"))) {
      button.setAttribute("aria-expanded", "false");
    }
    for (const list of Array.from(bar.querySelectorAll<HTMLElement>(".menu-list"))) list.hidden = true;
    openMenu = null;
  }

  const itemsOf = (list: HTMLElement): HTMLButtonElement[] =>
    Array.from(list.querySelectorAll<HTMLButtonElement>(":scope > li > .menu-item"));

  const menuButtons = (): HTMLButtonElement[] =>
    Array.from(bar.querySelectorAll<HTMLButtonElement>(":scope > .menu > .menu-button"));

  /** Opens the menubar menu at `index` (wrapping), focusing its first item when `focusFirst`. */
  function openBarMenu(index: number, focusFirst: boolean): void {
    const buttons = menuButtons();
    const button = buttons[(index + buttons.length) % buttons.length];
    const wrapper = button?.parentElement;
    const list = wrapper?.querySelector<HTMLElement>(":scope > .menu-list");
    if (!button || !wrapper || !list) return;
    closeMenus();
    list.hidden = false;
    button.setAttribute("aria-expanded", "true");
    openMenu = wrapper;
    if (focusFirst) itemsOf(list)[0]?.focus();
    else button.focus();
  }

  function buildList(entries: MenuEntry[], label: string, empty = "No add-on menu yet"): HTMLUListElement {
    const list = document.createElement("ul");
    list.className = "menu-list";
    list.setAttribute("role", "menu");
    list.setAttribute("aria-label", label);
    list.hidden = true;
    if (entries.length === 0) {
      const none = document.createElement("li");
      none.className = "menu-empty";
      none.textContent = empty;
      list.append(none);
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
      button.tabIndex = -1;
      button.textContent = entry.caption;
      li.append(button);
      if (entry.submenu) {
        const sub = buildList(entry.submenu, entry.caption, "None");
        button.setAttribute("aria-haspopup", "menu");
        button.setAttribute("aria-expanded", "false");
        const open = (): void => {
          for (const other of Array.from(list.querySelectorAll<HTMLElement>(":scope > li > .menu-list")))
            other.hidden = true;
          for (const other of itemsOf(list)) {
            if (other.hasAttribute("aria-haspopup")) other.setAttribute("aria-expanded", "false");
          }
          sub.hidden = false;
          button.setAttribute("aria-expanded", "true");
        };
        button.addEventListener("click", (event) => {
          open();
          // Opened from the keyboard (a click with no mouse): go into the submenu.
          if (event.detail === 0) itemsOf(sub)[0]?.focus();
        });
        button.addEventListener("mouseenter", open);
        li.append(sub);
      } else {
        const action = entry.action;
        button.addEventListener("click", () => {
          closeMenus();
          beforeAction();
          action?.();
        });
      }
      list.append(li);
    }
    list.addEventListener("keydown", (event) => onMenuKey(event, list));
    return list;
  }

  function onMenuKey(event: KeyboardEvent, list: HTMLElement): void {
    const items = itemsOf(list);
    const current = items.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return; // the key is for a submenu's own handler
    const parentItem = list.parentElement?.querySelector<HTMLButtonElement>(":scope > .menu-item") ?? null;
    const barIndex = menuButtons().findIndex((b) => b.parentElement === openMenu);
    const moveTo = (i: number): void => items[(i + items.length) % items.length]?.focus();
    const item = items[current];
    switch (event.key) {
      case "ArrowDown":
        moveTo(current + 1);
        break;
      case "ArrowUp":
        moveTo(current - 1);
        break;
      case "Home":
        moveTo(0);
        break;
      case "End":
        moveTo(items.length - 1);
        break;
      case "ArrowRight":
        if (item.hasAttribute("aria-haspopup")) item.click();
        else openBarMenu(barIndex + 1, true);
        break;
      case "ArrowLeft":
      case "Escape":
        if (parentItem) {
          list.hidden = true;
          parentItem.setAttribute("aria-expanded", "false");
          parentItem.focus();
        } else if (event.key === "ArrowLeft") {
          openBarMenu(barIndex - 1, true);
        } else {
          const button = openMenu?.querySelector<HTMLButtonElement>(":scope > .menu-button");
          closeMenus();
          button?.focus();
        }
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  function add(title: string, entries: MenuEntry[], empty?: string): void {
    const wrapper = document.createElement("div");
    wrapper.className = "menu";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "menu-button";
    button.textContent = title;
    button.setAttribute("aria-haspopup", "menu");
    button.setAttribute("aria-expanded", "false");
    const list = buildList(entries, title, empty);
    button.addEventListener("click", (event) => {
      event.stopPropagation();
      const wasOpen = openMenu === wrapper;
      closeMenus();
      if (wasOpen) return;
      const index = menuButtons().indexOf(button);
      openBarMenu(index, event.detail === 0);
    });
    button.addEventListener("keydown", (event) => {
      const index = menuButtons().indexOf(button);
      const moves: Record<string, () => void> = {
        ArrowDown: () => openBarMenu(index, true),
        ArrowRight: () => (openMenu ? openBarMenu(index + 1, false) : menuButtons()[index + 1]?.focus()),
        ArrowLeft: () => (openMenu ? openBarMenu(index - 1, false) : menuButtons()[index - 1]?.focus()),
      };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      move();
    });
    wrapper.append(button, list);
    bar.append(wrapper);
  }

  document.addEventListener("click", (event) => {
    if (openMenu && event.target instanceof Node && !openMenu.contains(event.target)) closeMenus();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && openMenu) closeMenus();
  });

  return { add, clear: () => bar.replaceChildren() };
}
