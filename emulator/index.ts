/**
 * An in-memory emulator of the Apps Script services the add-on uses, for tests (which load dist/Code.js
 * into a vm context with these globals), the local preview, and the benchmark (which counts calls).
 */
import { parseA1 } from "./a1";
import type { CallCounter } from "./calls";
import { type ChartView, chartView, chartsService } from "./charts";
import { conditionalFormats } from "./conditional";
import { type DisplayGrid, type DisplayOptions, type Highlight, displayGrid, toHighlight } from "./display";
import {
  type Bundle,
  type EditEvent,
  type EditOptions,
  type OpenEvent,
  burstOfEdits,
  editAsUser,
  fillAsUser,
  installAsUser,
  openAsUser,
} from "./edit";
import { HtmlServiceApi } from "./html";
import {
  type AuthModeName,
  type ButtonName,
  type Clock,
  Kernel,
  type TriggerRun,
  type UiQuestion,
  type UiState,
  kernels,
} from "./kernel";
import { type LockSlot, LockServiceApi, freeSlot, releaseLocksOf } from "./lock";
import type { PendingWrite, ReleaseRecord } from "./pending";
import { PropertiesServiceApi, type PropertyStores, emptyStores } from "./properties";
import { logger, scriptApp, utilities } from "./script";
import { SessionApi } from "./session";
import { SpreadsheetApi, SpreadsheetAppApi, LOCAL_SPREADSHEETAPP_METHODS } from "./spreadsheet";
import { SheetModel } from "./sheet-model";
import { type WorkbookState, loadState, saveState } from "./state";
import { type Toast, Workbook } from "./workbook";

export { loadBundle } from "./load";
export { EditRejectedError, PROTECTED_MESSAGE } from "./edit";
export { ServiceError, Messages } from "./errors";
export type {
  Bundle,
  Clock,
  EditEvent,
  OpenEvent,
  DisplayGrid,
  Highlight,
  WorkbookState,
  TriggerRun,
  UiState,
  UiQuestion,
  ButtonName,
  PendingWrite,
  ReleaseRecord,
};
export type { ChartView };

export interface EmulatorOptions {
  /** The active user's email; "" means unknown (Session.getActiveUser().getEmail() returns ""). */
  user?: string;
  /** The spreadsheet owner's email (default: the user). */
  owner?: string;
  /** Spreadsheet and script time zone (default "Etc/UTC"). */
  timeZone?: string;
  /** Folder createHtmlOutputFromFile reads from (default "dist"). */
  htmlRoot?: string;
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Title of the add-on menu (Ui.createAddonMenu); default "RACI Matrix for Sheets". */
  addonName?: string;
  /**
   * Simple-trigger events (e.user) carry the editor's address, as for an editor of the owner's domain.
   * Default false: "the user's email address is not available in ... a simple onOpen(e) or onEdit(e)
   * trigger" (https://developers.google.com/apps-script/reference/base/user).
   */
  eventUserEmail?: boolean;
  /**
   * Lock.releaseLock() throws while the execution has script writes pending (they are recorded in
   * releasesWithPendingWrites either way), quoting the reference: "You should call SpreadsheetApp.flush()
   * prior to releasing the lock" (https://developers.google.com/apps-script/reference/lock/lock).
   */
  strictFlush?: boolean;
  /** A previous emulator.toJSON() to restore. */
  state?: unknown;
  console?: Console;
}

/** A user writing `values` into `a1` of a sheet, then onEdit(e) as a simple trigger. */
export type UserEdit = (
  bundle: Bundle,
  sheetName: string,
  a1: string,
  values: unknown,
  options?: EditOptions,
) => EditEvent;

export interface Emulator {
  globals: Record<string, unknown>;
  calls: CallCounter;
  failOnCall(n: number | null): void;
  /** The active spreadsheet, for tests and the preview: calls on it are not counted. */
  spreadsheet: SpreadsheetApi;
  ui: UiState;
  documentLock: LockSlot;
  scriptLock: LockSlot;
  toasts: Toast[];
  logs: string[];
  triggerRuns: TriggerRun[];
  /**
   * Each Lock.releaseLock() made while script writes were pending (not yet committed by
   * SpreadsheetApp.flush(), a read, or the end of the execution): which lock, which trigger, which writes.
   */
  releasesWithPendingWrites: ReleaseRecord[];
  /**
   * Runs `fn` the next time a script releases a lock, as another execution that was waiting for it (another
   * user's onEdit, say) would run then: before the releasing execution goes on, seeing only committed cell
   * content. The releasing execution's pending writes land afterwards, over what `fn` wrote.
   */
  onNextRelease(fn: () => void): void;
  /** Typing (one cell) or a block written at once; onEdit gets value/oldValue only for one typed cell. */
  editAsUser: UserEdit;
  /** A paste: onEdit gets neither e.value nor e.oldValue, even for one cell. */
  pasteAsUser: UserEdit;
  /**
   * Fill down (Ctrl+D, or dragging the fill handle) over `a1`: each row takes the first row's content,
   * relative references moved; onEdit gets neither e.value nor e.oldValue.
   */
  fillAsUser(bundle: Bundle, sheetName: string, a1: string, options?: EditOptions): EditEvent;
  /**
   * Edits made faster than onEdit runs: the events of the edits `edits` makes wait in a queue of at most two
   * (guides/triggers: "The onEdit() trigger only queues up to 2 trigger events"), the rest are dropped.
   */
  burst(edits: () => void): { ran: number; dropped: number };
  /** Runs `fn` as another user (Session, protections, user properties see that user). */
  asUser<T>(email: string, fn: () => T): T;
  /** The script's Date.now(): real time + offsetMs; each counted call adds msPerCall. */
  clock: Clock;
  /** Runs onOpen(e) as a simple trigger (AuthMode.LIMITED unless given). */
  open(bundle: Bundle, authMode?: AuthModeName): OpenEvent;
  /** Runs onInstall(e) (AuthMode.FULL). */
  install(bundle: Bundle): OpenEvent;
  highlights(sheetName: string, a1?: string): Highlight[];
  displayGrid(sheetName: string, options?: DisplayOptions): DisplayGrid;
  /** The sheet's embedded charts, each with the data table it plots, evaluated now. */
  charts(sheetName: string): ChartView[];
  sheetNames(): string[];
  /** Whether HyperFormula holds the workbook now: the first read of a formula cell loads it. */
  formulasLoaded(): boolean;
  toJSON(): WorkbookState;
}

const DEFAULT_SPREADSHEET_ID = "1EmuLatedSpreadsheetIdForLocalTests0000000000";

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const user = options.user ?? "";
  let wb: Workbook;
  let props: PropertyStores;
  if (options.state !== undefined) {
    ({ wb, props } = loadState(options.state));
  } else {
    wb = new Workbook(
      options.spreadsheetId ?? DEFAULT_SPREADSHEET_ID,
      options.spreadsheetName ?? "Untitled spreadsheet",
      options.timeZone ?? "Etc/UTC",
    );
    wb.sheets.push(new SheetModel(0, "Sheet1"));
    wb.restoreCounters(1, 1);
    props = emptyStores();
  }
  const k = new Kernel(wb, {
    user,
    owner: options.owner ?? user,
    timeZone: options.timeZone ?? wb.timeZone,
    htmlRoot: options.htmlRoot ?? "dist",
    addonName: options.addonName ?? "RACI Matrix for Sheets",
    eventUserEmail: options.eventUserEmail ?? false,
    strictFlush: options.strictFlush ?? false,
  });
  const locks = { document: freeSlot(), script: freeSlot(), user: freeSlot() };
  // A lock left to the end of the script is released then, after its writes were committed: an execution
  // waiting for it (onNextRelease) runs at that moment.
  k.endHooks.push((ended) => {
    if (releaseLocksOf(locks, ended)) k.releasedAtEnd();
  });
  const api = k.counted;
  const globals: Record<string, unknown> = {
    SpreadsheetApp: api.wrap(new SpreadsheetAppApi(api), "SpreadsheetApp", LOCAL_SPREADSHEETAPP_METHODS),
    HtmlService: api.wrap(new HtmlServiceApi(api), "HtmlService"),
    PropertiesService: api.wrap(new PropertiesServiceApi(api, props), "PropertiesService"),
    LockService: api.wrap(new LockServiceApi(api, locks), "LockService"),
    Session: api.wrap(new SessionApi(api), "Session"),
    Charts: chartsService(),
    ScriptApp: scriptApp(),
    Logger: logger(k),
    Utilities: utilities(k),
    console: options.console ?? console,
  };
  const sheetNamed = (name: string): SheetModel => {
    const sheet = k.wb.sheetByName(name);
    if (!sheet) throw new Error(`No sheet named "${name}"`);
    return sheet;
  };
  const emulator: Emulator = {
    globals,
    calls: k.calls,
    failOnCall: (n) => k.calls.failOnCall(n),
    spreadsheet: new SpreadsheetApi(k.quiet),
    ui: k.ui,
    documentLock: locks.document,
    scriptLock: locks.script,
    toasts: wb.toasts,
    logs: k.logs,
    triggerRuns: k.triggerRuns,
    releasesWithPendingWrites: k.releasesWithPendingWrites,
    onNextRelease: (fn) => k.onNextRelease(fn),
    editAsUser: (bundle, sheetName, a1, values, editOptions) =>
      editAsUser(k, bundle, sheetName, a1, values, editOptions),
    pasteAsUser: (bundle, sheetName, a1, values, editOptions) =>
      editAsUser(k, bundle, sheetName, a1, values, { ...editOptions, as: "paste" }),
    fillAsUser: (bundle, sheetName, a1, editOptions) => fillAsUser(k, bundle, sheetName, a1, editOptions),
    burst: (edits) => burstOfEdits(k, edits),
    asUser: (email, fn) => {
      const previous = k.options.user;
      k.options.user = email;
      try {
        return fn();
      } finally {
        k.options.user = previous;
      }
    },
    clock: k.clock,
    open: (bundle, authMode) => openAsUser(k, bundle, authMode),
    install: (bundle) => installAsUser(k, bundle),
    highlights: (sheetName, a1) => {
      const sheet = sheetNamed(sheetName);
      const area = a1 === undefined ? undefined : parseA1(a1, sheet.maxRows, sheet.maxCols)?.rect;
      if (a1 !== undefined && !area) throw new Error(`Invalid A1 notation "${a1}"`);
      return conditionalFormats(k.wb, sheet, area).map(toHighlight);
    },
    displayGrid: (sheetName, displayOptions) => displayGrid(k.wb, sheetNamed(sheetName), displayOptions),
    charts: (sheetName) => sheetNamed(sheetName).charts.map((model) => chartView(k.quiet, model)),
    sheetNames: () => k.wb.sheets.map((s) => s.name),
    formulasLoaded: () => k.wb.mirror.live,
    toJSON: () => saveState(k.wb, props),
  };
  kernels.set(emulator, k);
  return emulator;
}
