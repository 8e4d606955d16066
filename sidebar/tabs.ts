/**
 * The panel switcher, as a WAI-ARIA tablist: arrow keys, Home and End move between tabs, Enter or Space
 * opens one (manual activation, because opening a panel costs a round trip to the server).
 */
import { el, focusIfHere } from "./dom";

export interface TabSpec<K extends string> {
  key: K;
  label: string;
  panel: HTMLElement;
}

export interface Tabs<K extends string> {
  readonly list: HTMLElement;
  select(key: K, options?: { focus?: boolean }): void;
  readonly current: K;
}

/** `onSelect` learns whether a person chose the tab (click, Enter, Space) or the sidebar opened it. */
export function createTabs<K extends string>(
  specs: readonly TabSpec<K>[],
  onSelect: (key: K, byUser: boolean) => void,
): Tabs<K> {
  const list = el("div", { class: "tabs", attrs: { role: "tablist", "aria-label": "Panels" } });
  const tabs = specs.map((spec) => {
    const tab = el(
      "button",
      {
        id: `tab-${spec.key}`,
        class: "tab",
        attrs: {
          type: "button",
          role: "tab",
          "aria-controls": spec.panel.id,
          "aria-selected": "false",
          tabindex: -1,
        },
      },
      spec.label,
    );
    spec.panel.setAttribute("role", "tabpanel");
    spec.panel.setAttribute("aria-labelledby", tab.id);
    spec.panel.hidden = true;
    list.appendChild(tab);
    return tab;
  });
  let current = specs[0].key;

  const show = (key: K, byUser: boolean, options: { focus?: boolean } = {}): void => {
    current = key;
    specs.forEach((spec, i) => {
      const on = spec.key === key;
      tabs[i].setAttribute("aria-selected", String(on));
      tabs[i].tabIndex = on ? 0 : -1;
      spec.panel.hidden = !on;
      if (on && options.focus) focusIfHere(tabs[i]);
    });
    onSelect(key, byUser);
  };
  const select = (key: K, options: { focus?: boolean } = {}): void => show(key, false, options);

  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => show(specs[i].key, true));
    tab.addEventListener("keydown", (event) => {
      const last = tabs.length - 1;
      const moves: Record<string, number> = {
        ArrowRight: i === last ? 0 : i + 1,
        ArrowLeft: i === 0 ? last : i - 1,
        Home: 0,
        End: last,
      };
      const target = Object.prototype.hasOwnProperty.call(moves, event.key) ? moves[event.key] : null;
      if (target === null) return;
      event.preventDefault();
      focusIfHere(tabs[target]);
    });
  });

  return {
    list,
    select,
    get current() {
      return current;
    },
  };
}
