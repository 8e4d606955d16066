/** Labelled controls with a slot for their validation message, wired for screen readers. */
import { el, fill, uid, type Child } from "./dom";

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface ErrorSlot {
  /** The element that shows the messages; place it right after the control(s) it speaks for. */
  readonly node: HTMLElement;
  /** Shows these messages (none clears them) and marks `controls` invalid while there are any. */
  show(messages: readonly string[]): void;
}

/** The slots currently showing a problem for each control: a control may be described by several. */
const failing = new WeakMap<Control, Set<HTMLElement>>();

/** An error slot that describes `controls` (they get aria-describedby, and aria-invalid while it shows). */
export function errorSlot(...controls: Control[]): ErrorSlot {
  const node = el("div", { class: "field-error", id: uid("err"), attrs: { hidden: true } });
  for (const control of controls) describeBy(control, node.id);
  return {
    node,
    show(messages) {
      fill(
        node,
        ...messages.map((message) =>
          el("p", {}, el("span", { class: "icon", attrs: { "aria-hidden": "true" } }, "⚠ "), message),
        ),
      );
      node.hidden = messages.length === 0;
      for (const control of controls) {
        const slots = failing.get(control) ?? new Set<HTMLElement>();
        if (messages.length) slots.add(node);
        else slots.delete(node);
        failing.set(control, slots);
        if (slots.size) control.setAttribute("aria-invalid", "true");
        else control.removeAttribute("aria-invalid");
      }
    },
  };
}

export function describeBy(control: Element, id: string): void {
  const ids = (control.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  if (!ids.includes(id)) control.setAttribute("aria-describedby", [...ids, id].join(" "));
}

export interface Field<C extends Control> {
  readonly root: HTMLElement;
  readonly control: C;
  readonly errors: ErrorSlot;
}

/** A label above its control, an optional hint, and the error slot below. */
export function field<C extends Control>(label: Child, control: C, hint?: string): Field<C> {
  if (!control.id) control.id = uid("f");
  const hintNode = hint ? el("p", { class: "hint", id: uid("hint") }, hint) : null;
  if (hintNode) describeBy(control, hintNode.id);
  const errors = errorSlot(control);
  const root = el(
    "div",
    { class: "field" },
    el("label", { attrs: { for: control.id } }, label),
    control,
    hintNode,
    errors.node,
  );
  return { root, control, errors };
}

/** A select's options: value and visible text. */
export function options(select: HTMLSelectElement, items: readonly { value: string; label: string }[]): void {
  const current = select.value;
  fill(select, ...items.map((item) => el("option", { attrs: { value: item.value } }, item.label)));
  if (items.some((item) => item.value === current)) select.value = current;
}

/** The owner pair's two selects, with the hint both panels give and the errors about the pair as a whole. */
export function ownerPairGroup(
  owners: readonly Field<HTMLSelectElement>[],
  pairErrors: ErrorSlot,
): HTMLElement {
  return el(
    "fieldset",
    { class: "group" },
    el("legend", {}, "Owner pair"),
    el(
      "p",
      { class: "hint" },
      "Two roles that should never both own (R or A) one initiative. None turns the check off.",
    ),
    el("div", { class: "pair" }, owners[0].root, owners[1].root),
    pairErrors.node,
  );
}

/**
 * Radio buttons choosing what a panel shows ("This matrix | All matrices"); `onChange` gets the value chosen.
 * `legend` is for screen readers only: the options say it.
 */
export function scopeChoice<V extends string>(
  name: string,
  legend: string,
  choices: readonly { value: V; label: string }[],
  current: V,
  onChange: (value: V) => void,
): HTMLFieldSetElement {
  return el(
    "fieldset",
    { class: "group scope-choice" },
    el("legend", { class: "sr-only" }, legend),
    ...choices.map(({ value, label }) => {
      const radio = el("input", {
        id: `${name}-${value}`,
        attrs: { type: "radio", name, value },
        checked: value === current,
        on: { change: () => onChange(value) },
      });
      return el("span", { class: "choice" }, radio, el("label", { attrs: { for: radio.id } }, label));
    }),
  );
}
