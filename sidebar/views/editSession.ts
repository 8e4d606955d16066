/** What the Edit panel's parts share: the pending confirmation or rename, and one way to change the matrix. */
import { normalizeName } from "../../src/core/names";
import type { ActiveMatrix } from "../../src/core/api";
import type { Context } from "../context";

/** A row waiting for a second step: a rename form, or a "Remove …?" confirmation. */
export type Pending =
  | { kind: "rename"; role: string }
  | { kind: "remove-role"; role: string }
  | { kind: "remove-initiative"; initiative: string; row: number }
  | null;

export interface EditSession {
  readonly ctx: Context;
  readonly pending: Pending;
  /** The text of the initiatives filter. */
  filter: string;
  /** One change on the server, then the matrix read again; focus goes to the first of `focus` found. */
  change(
    work: (sheetName: string) => Promise<unknown>,
    done: string,
    focus: (after: ActiveMatrix) => string[],
  ): Promise<void>;
  /** Opens (or, with null, closes) a second step, then focuses the first of `focus` found. */
  setPending(next: Pending, focus: string[]): void;
  /** Draws the panel again, focusing the first of `focus` found. */
  render(focus?: string[]): void;
  /** A list item asking "Remove …?" with Remove and Cancel; Cancel returns focus to `back`. */
  confirmItem(question: string, confirm: () => void, back: string): HTMLElement;
}

/** The form two names are compared in, used in focus keys so they survive a re-render. */
export const nameKey = (name: string): string => normalizeName(name);
