/**
 * The in-cell editor of the preview's grid: an input laid over the active cell, the dropdown's options offered
 * while typing (a datalist), Enter and Tab to write and move on, Escape to leave the cell as it was. What is
 * typed goes in as the input's value, never as HTML.
 */
import type { CellView } from "../protocol";
import { cellName } from "./a1";

export interface Point {
  r: number;
  c: number;
}

export interface EditorHost {
  /** The edit ended with `value`, which differs from what the cell held. */
  changed(cell: Point, value: string): void;
  /** The text in the editor, as it is typed (for the formula bar). */
  typing(value: string): void;
  /** Enter, Tab or Escape ended the edit: move the active cell by `move` (none for Escape), focus the grid. */
  left(move: [number, number] | null): void;
  /** The editor is gone: the grid may draw what it held back meanwhile. */
  closed(): void;
}

interface Editing {
  cell: Point;
  input: HTMLInputElement;
  initial: string;
}

export class CellEditor {
  private editing: Editing | null = null;
  private readonly datalist: HTMLDataListElement;

  constructor(private readonly host: EditorHost) {
    this.datalist = document.createElement("datalist");
    this.datalist.id = "cell-options";
    document.body.append(this.datalist);
  }

  /** The editor's input while a cell is being edited. */
  get input(): HTMLInputElement | null {
    return this.editing?.input ?? null;
  }

  /** Opens the editor in `td`, with `typed` replacing the cell's contents, or its contents. */
  open(td: HTMLElement, at: Point, cell: CellView | null, typed: string | null, openList: boolean): void {
    if (this.editing) return;
    const initial = cell?.e ?? cell?.t ?? "";
    const input = document.createElement("input");
    input.className = "cell-editor";
    input.spellcheck = false;
    input.value = typed ?? initial;
    input.setAttribute("aria-label", `Edit ${cellName(at.r, at.c)}`);
    if (cell?.list) {
      this.datalist.replaceChildren(
        ...cell.list.map((option) => {
          const element = document.createElement("option");
          element.value = option;
          return element;
        }),
      );
      input.setAttribute("list", this.datalist.id);
    }
    this.editing = { cell: at, input, initial };
    input.addEventListener("keydown", (event) => this.onKey(event));
    input.addEventListener("blur", () => this.commit());
    input.addEventListener("input", () => this.host.typing(input.value));
    this.host.typing(input.value);
    td.append(input);
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    if (openList && cell?.list) {
      try {
        input.showPicker();
      } catch {
        // Some browsers only open a datalist from typing; the options still appear then.
      }
    }
  }

  /** Ends editing, writing the value when it changed. */
  commit(): void {
    const editing = this.close();
    if (!editing) return;
    const value = editing.input.value;
    const td = editing.input.parentElement;
    editing.input.remove();
    if (value !== editing.initial) {
      // Shown at once; the server's answer (formulas, highlighting) replaces it moments later.
      if (td) td.textContent = value;
      this.host.changed(editing.cell, value);
    }
    this.host.closed();
  }

  private cancel(): void {
    const editing = this.close();
    if (!editing) return;
    editing.input.remove();
    this.host.typing(editing.initial);
    this.host.closed();
  }

  /** Takes the editing state, once: a blur that follows Enter finds nothing left to commit. */
  private close(): Editing | null {
    const editing = this.editing;
    this.editing = null;
    return editing;
  }

  private onKey(event: KeyboardEvent): void {
    event.stopPropagation();
    if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      this.commit();
      this.host.left(event.key === "Enter" ? [1, 0] : [0, event.shiftKey ? -1 : 1]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      this.cancel();
      this.host.left(null);
    }
  }
}
