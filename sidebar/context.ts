/** What every panel is given: the server clients, the message area, and a way to open another panel. */
import type { ActiveSheet } from "../src/core/api";
import type { Client } from "./server";
import type { Status } from "./status";

export type ViewName = "new" | "check" | "edit" | "settings" | "owners" | "charters";

export interface Context {
  /** Shows failures in the alert region. */
  readonly server: Client;
  /** Leaves failures to the caller, which shows them in its panel. */
  readonly quiet: Client;
  /** Like quiet, and without the busy bar: for reads that redraw nothing a click could act on. */
  readonly background: Client;
  readonly status: Status;
  open(view: ViewName): void;
  /** The active sheet as the sidebar learned it when it loaded, handed out once; then each panel asks. */
  activeSheet(): Promise<ActiveSheet>;
  /**
   * After the panel changed the spreadsheet, or learned that someone else did, and before it reads the sheet
   * again: forgets what was learned at load, and the watcher takes the sheet as it is now for its baseline.
   */
  forget(): void;
}

export interface View {
  readonly panel: HTMLElement;
  /** Called each time the panel is opened. */
  show(): void;
  /**
   * For panels that follow the sheet: read it again after it changed, keeping focus and scroll. False when
   * now is a bad time (the person is typing in the panel): the watcher asks again later.
   */
  refresh?(): boolean;
}
