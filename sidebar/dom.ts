/**
 * The one way the sidebar builds DOM. Text only ever enters the page as text nodes or through textContent,
 * and attribute names are fixed by our code, so a role called `<img src=x onerror=…>` stays plain text.
 */

export type Child = Node | string | number | null | undefined | false;

type Handlers = { [E in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[E]) => void };

export interface ElementOptions {
  class?: string;
  id?: string;
  /** Attributes; true sets an empty attribute, false/null/undefined leaves it out. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Handlers;
  /** For inputs, textareas and selects: the current value (a property, not the attribute). */
  value?: string;
  checked?: boolean;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.class) node.className = options.class;
  if (options.id) node.id = options.id;
  for (const [name, value] of Object.entries(options.attrs ?? {})) setAttr(node, name, value);
  for (const [type, handler] of Object.entries(options.on ?? {})) {
    node.addEventListener(type, handler as EventListener);
  }
  append(node, ...children);
  if (options.value !== undefined && "value" in node) node.value = options.value;
  if (options.checked !== undefined && node instanceof HTMLInputElement) node.checked = options.checked;
  return node;
}

export function setAttr(
  node: Element,
  name: string,
  value: string | number | boolean | null | undefined,
): void {
  // Event handler attributes would turn text into code: they are never set this way.
  if (/^on/i.test(name)) throw new Error(`Refusing to set the event attribute "${name}".`);
  if (value === false || value === null || value === undefined) node.removeAttribute(name);
  else node.setAttribute(name, value === true ? "" : String(value));
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `parent`. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

let counter = 0;
/** A document-unique id, for label `for` and aria-describedby. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A button that never submits a form by accident. */
export function button(
  label: Child,
  onClick: (event: MouseEvent) => void,
  options: { class?: string; attrs?: ElementOptions["attrs"] } = {},
): HTMLButtonElement {
  return el(
    "button",
    {
      class: options.class ?? "secondary",
      attrs: { type: "button", ...options.attrs },
      on: { click: onClick },
    },
    label,
  );
}

/** Text that only screen readers read. */
export function srOnly(text: string): HTMLSpanElement {
  return el("span", { class: "sr-only" }, text);
}

/** A small symbol button ("↑", "✕") whose accessible name and tooltip say what it does. */
export function iconButton(
  symbol: string,
  label: string,
  onClick: (event: MouseEvent) => void,
  options: { focus?: string; disabled?: boolean } = {},
): HTMLButtonElement {
  const node = button(el("span", { attrs: { "aria-hidden": "true" } }, symbol), onClick, {
    class: "icon-button",
    attrs: { "aria-label": label, title: label, "data-focus": options.focus, disabled: options.disabled },
  });
  return node;
}

/**
 * Focuses `target` only while the sidebar holds the focus: an answer that comes back after the person went
 * to the sheet must not pull them out of the cell they are in.
 */
export function focusIfHere(target: Element | null | undefined): void {
  if (target instanceof HTMLElement && document.hasFocus()) target.focus();
}

/**
 * Re-renders `container` and puts focus back on the element with the same data-focus key (or the first
 * usable of `alternatives(key)`), so keyboard users keep their place when a list is rebuilt after a change.
 */
export function keepFocus(
  container: Element,
  render: () => void,
  alternatives?: (key: string) => string[],
): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset.focus : undefined;
  render();
  if (key !== undefined) focusKey(container, [key, ...(alternatives?.(key) ?? [])]);
}

/** Focuses the first enabled element of `container` carrying one of these data-focus keys, in order. */
export function focusKey(container: Element, keys: readonly string[]): boolean {
  const candidates = Array.from(container.querySelectorAll<HTMLElement>("[data-focus]"));
  for (const key of keys) {
    const target = candidates.find((e) => e.dataset.focus === key);
    if (target && !(target instanceof HTMLButtonElement && target.disabled)) {
      focusIfHere(target);
      return true;
    }
  }
  return false;
}
