/**
 * One preview workbook: the emulator with the built add-on loaded, what each browser window sees (its
 * sheet, selection, sidebar and messages: in Sheets every user has their own), the version counter the
 * windows follow, and saving to the workbook file.
 *
 * Everything that runs add-on code goes through `act`, one at a time: it puts the calling window's
 * sheet and selection back into the emulator first (another window may have moved them), then records
 * what the add-on showed that window (toasts, alerts, the sidebar, a new selection), and finally checks
 * whether the workbook changed, to bump the version and save.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  createEmulator,
  loadBundle,
  type Bundle,
  type ButtonName,
  type Emulator,
  type UiQuestion,
} from "../emulator";
import { createBridge, messageOf, type Bridge, type RunResult } from "./bridge";
import type { Menu, MenuItem, Message, PreviewState } from "./protocol";
import { QuestionPending, Questions } from "./questions";
import { readWorkbookFile, setAside, writeWorkbookFile, writeWorkbookFileSync } from "./workbookFile";

export interface SessionOptions {
  /** The workbook file (read at start, written after changes). */
  file: string;
  /** Start with a fresh workbook, setting the existing file aside. */
  reset?: boolean;
  /** The built add-on; default dist/Code.js. */
  codePath?: string;
  /** Where HtmlService finds sidebar.html; default dist/. */
  htmlRoot?: string;
  /** Terminal output (the server prints, tests stay quiet). */
  log?: (line: string) => void;
  warn?: (line: string) => void;
  /** Delay before writing the file after a change, so a burst of edits is written once. */
  saveDelayMs?: number;
}

/** What an action does to the workbook: known to change it, unknown (compare), or only the selection. */
type DataEffect = "changed" | "unknown" | "selection";

interface ClientView {
  sheet: string;
  range: string;
  seq: number;
  sidebar: { title: string; html: string; seq: number } | null;
  messages: Message[];
  lastSeen: number;
}

const ROOT = join(__dirname, "..");
const MAX_MESSAGES = 20;
const MAX_CLIENTS = 50;
const SPREADSHEET_NAME = "Preview workbook";

export class PreviewSession {
  emulator!: Emulator;
  bundle!: Bundle;
  bridge!: Bridge;
  /** Bumped whenever something a window shows may have changed. */
  version = 0;
  /** Bumped when the workbook's contents changed. */
  dataVersion = 0;
  notice: string | null = null;

  private readonly clients = new Map<string, ClientView>();
  private readonly questions = new Questions();
  private readonly listeners = new Set<(version: number) => void>();
  /** The workbook as last compared (JSON), or null when it may have changed since. */
  private serialized: string | null = null;
  private saved = "";
  private saveTimer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();
  private queue: Promise<unknown> = Promise.resolve();
  private messageSeq = 0;
  private sidebarSeq = 0;
  private viewSeq = 0;
  private closed = false;
  private readonly log: (line: string) => void;
  private readonly warn: (line: string) => void;

  constructor(private readonly options: SessionOptions) {
    this.log = options.log ?? (() => undefined);
    this.warn = options.warn ?? this.log;
    this.open(options.reset === true);
  }

  get file(): string {
    return this.options.file;
  }

  // Loading

  private get codePath(): string {
    return this.options.codePath ?? join(ROOT, "dist/Code.js");
  }

  private open(reset: boolean): void {
    const { file } = this.options;
    // A missing build is not the workbook's fault: fail before touching the file.
    if (!existsSync(this.codePath))
      throw new Error(`${this.codePath} is missing: run \`npm run build\` first.`);
    const loaded = readWorkbookFile(file);
    if (reset || loaded.kind === "missing") {
      if (loaded.kind !== "missing") {
        this.log(`Started a fresh workbook; the previous one was kept as ${setAside(file, "reset")}`);
      }
      this.start(this.createFrom(undefined), false);
      return;
    }
    if (loaded.kind === "unreadable") {
      this.setAsideUnreadable(loaded.reason);
      return;
    }
    let emulator: Emulator;
    try {
      emulator = this.createFrom(loaded.workbook);
    } catch (error) {
      this.setAsideUnreadable(`the emulator could not restore it (${messageOf(error)})`);
      return;
    }
    this.start(emulator, true);
    this.log(`Loaded the workbook from ${file}`);
  }

  private setAsideUnreadable(reason: string): void {
    const aside = setAside(this.options.file, "corrupt");
    this.notice =
      `The workbook file ${this.options.file} could not be read: ${reason}. ` +
      `It was kept as ${aside} (fix it and rename it back to reload it); this is a fresh workbook.`;
    this.warn(this.notice);
    this.start(this.createFrom(undefined), false);
  }

  /**
   * An emulator from saved state (or a fresh one). The top of every sheet is drawn once, so a state that
   * loads but cannot be shown fails here, where the file is set aside, rather than in every request.
   */
  private createFrom(state: unknown): Emulator {
    const emulator = createEmulator({
      htmlRoot: this.options.htmlRoot ?? join(ROOT, "dist"),
      spreadsheetName: SPREADSHEET_NAME,
      state,
    });
    for (const sheet of emulator.spreadsheet.getSheets()) {
      const top = sheet.getRange(1, 1, Math.min(50, sheet.getMaxRows()), sheet.getMaxColumns());
      top.getDisplayValues();
      emulator.highlights(sheet.getName(), top.getA1Notation());
    }
    return emulator;
  }

  /** Loads the add-on on `emulator` and runs onOpen, as when a document opens. */
  private start(emulator: Emulator, fromFile: boolean): void {
    this.load(emulator);
    // A loaded file needs no immediate write; a fresh workbook is written at once, so the file exists.
    this.saved = fromFile ? JSON.stringify(emulator.toJSON()) : "";
    this.serialized = null;
    this.runOnOpen();
    this.afterChange("changed", true);
  }

  private load(emulator: Emulator): void {
    const bundle = loadBundle(emulator, this.codePath);
    this.emulator = emulator;
    this.bundle = bundle;
    this.bridge = createBridge(emulator, bundle);
  }

  private runOnOpen(): void {
    if (typeof this.bundle.onOpen !== "function") return;
    const before = this.emulator.ui.alerts.length;
    try {
      this.emulator.open(this.bundle);
    } catch (error) {
      this.warn(`onOpen failed: ${messageOf(error)}`);
      this.notice = `onOpen failed: ${messageOf(error)}`;
    }
    this.emulator.ui.alerts.splice(before);
  }

  // Windows

  /** The view of window `id`, created on first sight from the spreadsheet's active sheet and range. */
  private client(id: string): ClientView {
    let view = this.clients.get(id);
    if (!view) {
      if (this.clients.size >= MAX_CLIENTS) this.forgetOldestClient();
      const active = this.activeView();
      view = { ...active, seq: ++this.viewSeq, sidebar: null, messages: [], lastSeen: Date.now() };
      this.clients.set(id, view);
    }
    view.lastSeen = Date.now();
    return view;
  }

  private forgetOldestClient(): void {
    let oldest: [string, ClientView] | null = null;
    for (const entry of this.clients) if (!oldest || entry[1].lastSeen < oldest[1].lastSeen) oldest = entry;
    if (oldest) this.clients.delete(oldest[0]);
  }

  private activeView(): { sheet: string; range: string } {
    const spreadsheet = this.emulator.spreadsheet;
    const sheet = spreadsheet.getActiveSheet();
    const range = spreadsheet.getActiveRange();
    const onSheet = range && range.getSheet().getName() === sheet.getName();
    return { sheet: sheet.getName(), range: onSheet ? range.getA1Notation() : "A1" };
  }

  /** Puts the window's sheet and selection back into the spreadsheet, as when that user acts. */
  private restore(view: ClientView): void {
    const sheet = this.emulator.spreadsheet.getSheetByName(view.sheet);
    if (!sheet) {
      // Deleted meanwhile (by another window or a script): fall back to the active sheet.
      Object.assign(view, this.activeView(), { seq: ++this.viewSeq });
      return;
    }
    sheet.activate();
    try {
      sheet.getRange(view.range).activate();
    } catch {
      view.range = "A1";
      sheet.getRange("A1").activate();
    }
  }

  /**
   * Runs `work` for window `clientId`, one action at a time, and records its effects. `effect.follow`:
   * the window adopts the sheet and selection the add-on left active (script runs); `effect.data`: what
   * the action does to the workbook, when known without comparing.
   */
  private act<T>(
    clientId: string | null,
    effect: { follow: boolean; data: DataEffect },
    work: () => T,
  ): Promise<T> {
    const task = this.queue.then(() => {
      if (this.closed) throw new Error("The preview is shutting down.");
      const view = clientId === null ? null : this.client(clientId);
      if (view) this.restore(view);
      const ui = this.emulator.ui;
      const alertsBefore = ui.alerts.length;
      const dialogsBefore = ui.dialogs.length;
      const toastsBefore = this.emulator.toasts.length;
      const sidebarBefore = ui.sidebar;
      let result: T;
      try {
        result = work();
      } finally {
        const uiChanged =
          this.collect(view, alertsBefore, toastsBefore, sidebarBefore) ||
          this.collectDialogs(view, dialogsBefore);
        if (view && effect.follow) {
          const after = this.activeView();
          if (after.sheet !== view.sheet || after.range !== view.range) {
            Object.assign(view, after, { seq: ++this.viewSeq });
          }
        }
        this.afterChange(effect.data, uiChanged || effect.follow);
      }
      return result;
    });
    this.queue = task.catch(() => undefined);
    return task;
  }

  /** Moves what the add-on showed during an action to the window that caused it. */
  private collect(
    view: ClientView | null,
    alertsBefore: number,
    toastsBefore: number,
    sidebarBefore: { title: string; html: string } | null,
  ): boolean {
    const ui = this.emulator.ui;
    let changed = false;
    const alerts = ui.alerts.slice(alertsBefore);
    const toasts = this.emulator.toasts.slice(toastsBefore);
    for (const text of alerts) {
      // Ui.alert(title, prompt, buttons) is recorded as "title\nprompt".
      const newline = text.indexOf("\n");
      const [title, body] = newline > 0 ? [text.slice(0, newline), text.slice(newline + 1)] : ["", text];
      this.addMessage(view, { kind: "alert", title, text: body });
      changed = true;
    }
    for (const toast of toasts) {
      this.addMessage(view, {
        kind: "toast",
        title: toast.title,
        text: toast.message,
        timeoutSeconds: toast.timeoutSeconds,
      });
      changed = true;
    }
    if (ui.sidebar !== sidebarBefore) {
      if (view) view.sidebar = ui.sidebar ? { ...ui.sidebar, seq: ++this.sidebarSeq } : null;
      changed = true;
    }
    return changed;
  }

  /** Dialogs (the self-check's table) are shown as alerts holding their text, never their HTML. */
  private collectDialogs(view: ClientView | null, dialogsBefore: number): boolean {
    const dialogs = this.emulator.ui.dialogs.slice(dialogsBefore);
    for (const { title, html } of dialogs)
      this.addMessage(view, { kind: "alert", title, text: htmlText(html) });
    return dialogs.length > 0;
  }

  private addMessage(view: ClientView | null, message: Omit<Message, "seq">): void {
    if (!view) return;
    view.messages.push({ ...message, seq: ++this.messageSeq });
    if (view.messages.length > MAX_MESSAGES) view.messages.splice(0, view.messages.length - MAX_MESSAGES);
  }

  // Actions

  /**
   * google.script.run from window `clientId` (the page's menus, its sidebar). A call that asks (Ui.alert with
   * buttons) waits for that window's answer, then runs again with it (questions.ts); with no window to ask,
   * the dialog counts as closed.
   */
  async run(clientId: string | null, functionName: string, args: unknown[]): Promise<RunResult> {
    const answers: ButtonName[] = [];
    for (;;) {
      const { result, asked } = await this.runOnce(clientId, functionName, args, answers);
      if (asked === null) return result;
      answers.push(clientId === null ? "CLOSE" : await this.questions.ask(clientId, asked));
      this.afterChange("selection", true); // the window learns its question is answered
    }
  }

  /** One run of a call, the questions it asked so far answered; stopped, with nothing kept, at a new one. */
  private async runOnce(
    clientId: string | null,
    functionName: string,
    args: unknown[],
    answers: readonly ButtonName[],
  ): Promise<{ result: RunResult; asked: UiQuestion | null }> {
    let asked: UiQuestion | null = null;
    // bridge.run settles synchronously inside (the bundle is synchronous); act keeps calls in order.
    let pending: Promise<RunResult> = Promise.resolve({ ok: false, error: "not run" });
    await this.act(clientId, { follow: true, data: "unknown" }, () => {
      const before = this.serialized ?? this.snapshot();
      const shown = this.shownSoFar();
      const given = [...answers];
      const ui = this.emulator.ui;
      ui.ask = (question) => {
        const answer = given.shift();
        if (answer !== undefined) return answer;
        asked = question;
        throw new QuestionPending(question);
      };
      try {
        pending = this.bridge.run(functionName, args);
      } finally {
        ui.ask = undefined;
      }
      // Asked even if the add-on caught the exception: the call stops at its question.
      if (asked !== null) this.takeBack(functionName, before, shown);
    });
    if (asked === null) return { result: await pending, asked };
    this.afterChange("selection", true); // the window learns it has a question
    return { result: { ok: false, error: "unanswered" }, asked };
  }

  private shownSoFar(): { alerts: number; dialogs: number; toasts: number; sidebar: unknown } {
    const ui = this.emulator.ui;
    return {
      alerts: ui.alerts.length,
      dialogs: ui.dialogs.length,
      toasts: this.emulator.toasts.length,
      sidebar: ui.sidebar,
    };
  }

  /**
   * Undoes what a call did before its question: the run with the answer does it again. Only a call that
   * writes before asking needs this, and that is worth knowing, so the terminal says so.
   */
  private takeBack(
    functionName: string,
    before: string,
    shown: ReturnType<PreviewSession["shownSoFar"]>,
  ): void {
    const ui = this.emulator.ui;
    ui.alerts.splice(shown.alerts);
    ui.dialogs.splice(shown.dialogs);
    this.emulator.toasts.splice(shown.toasts);
    ui.sidebar = shown.sidebar as typeof ui.sidebar;
    if (this.snapshot() === before) return;
    this.warn(`${functionName} changed the workbook before asking; the preview undid it until the answer.`);
    const menus = ui.menus;
    this.load(this.createFrom(JSON.parse(before)));
    this.emulator.ui.menus.push(...menus);
    this.serialized = before;
  }

  /** A user typing, pasting or clearing: writes through editAsUser, which fires the add-on's onEdit. */
  edit(clientId: string, sheet: string, range: string, values: string[][]): Promise<RunResult> {
    // "changed" even when Sheets refuses the input: the page then redraws without its optimistic text.
    return this.act(clientId, { follow: false, data: "changed" }, () => {
      const view = this.client(clientId);
      if (!this.emulator.spreadsheet.getSheetByName(sheet))
        throw new Error(`There is no sheet named "${sheet}".`);
      if (view.sheet !== sheet) {
        view.sheet = sheet;
        this.restore(view);
      }
      this.emulator.editAsUser(this.bundle, sheet, range, values);
    }).then(
      (): RunResult => ({ ok: true, value: undefined }),
      (error: unknown): RunResult => ({ ok: false, error: messageOf(error) }),
    );
  }

  /** The window selected a sheet and range. */
  select(clientId: string, sheet: string, range: string): Promise<RunResult> {
    return this.act(clientId, { follow: false, data: "selection" }, () => {
      const view = this.client(clientId);
      const target = this.emulator.spreadsheet.getSheetByName(sheet);
      if (!target) throw new Error(`There is no sheet named "${sheet}".`);
      target.getRange(range); // throws on an address outside the sheet
      if (view.sheet !== sheet) view.seq = ++this.viewSeq;
      view.sheet = target.getName();
      view.range = range;
      this.restore(view);
    }).then(
      (): RunResult => ({ ok: true, value: undefined }),
      (error: unknown): RunResult => ({ ok: false, error: messageOf(error) }),
    );
  }

  closeSidebar(clientId: string): Promise<RunResult> {
    return this.act(clientId, { follow: false, data: "selection" }, () => {
      const view = this.client(clientId);
      view.sidebar = null;
      this.emulator.ui.sidebar = null;
    }).then((): RunResult => ({ ok: true, value: undefined }));
  }

  /** Window `clientId` pressed `button` on its question `id`; the call that asked goes on. */
  answer(clientId: string, id: number, button: string): RunResult {
    return this.questions.answer(clientId, id, button)
      ? { ok: true, value: undefined }
      : { ok: false, error: "That question is no longer open." };
  }

  /** Starts over with an empty workbook, keeping the current file aside. */
  reset(): Promise<RunResult> {
    this.questions.closeAll();
    const task = this.queue.then(() => {
      this.flushSync();
      this.open(true);
      this.notice = null;
      for (const view of this.clients.values()) {
        Object.assign(view, this.activeView(), { seq: ++this.viewSeq, sidebar: null });
      }
      this.afterChange("changed", true);
    });
    this.queue = task.catch(() => undefined);
    return task.then(
      (): RunResult => ({ ok: true, value: undefined }),
      (error: unknown): RunResult => ({ ok: false, error: messageOf(error) }),
    );
  }

  // What windows read

  state(clientId: string): PreviewState {
    const view = this.client(clientId);
    if (!this.emulator.spreadsheet.getSheetByName(view.sheet))
      Object.assign(view, this.activeView(), { seq: ++this.viewSeq });
    const spreadsheet = this.emulator.spreadsheet;
    return {
      version: this.version,
      dataVersion: this.dataVersion,
      spreadsheetName: spreadsheet.getName(),
      sheets: spreadsheet.getSheets().map((sheet) => ({
        name: sheet.getName(),
        tabColor: sheet.getTabColor(),
        ...(sheet.isSheetHidden() ? { hidden: true } : {}),
      })),
      view: { sheet: view.sheet, range: view.range, seq: view.seq },
      menus: this.emulator.ui.menus.map(toMenu),
      sidebar: view.sidebar ? { title: view.sidebar.title, seq: view.sidebar.seq } : null,
      messages: [...view.messages],
      question: this.questions.pendingFor(clientId),
      notice: this.notice,
    };
  }

  /** The HTML of the sidebar window `clientId` shows, or null. */
  sidebarHtml(clientId: string): string | null {
    return this.clients.get(clientId)?.sidebar?.html ?? null;
  }

  // Versions and saving

  onVersion(listener: (version: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Bumps the versions when the workbook changed (or, with `uiChanged`, what windows show), and
   * schedules a save. Comparing the serialised workbook costs ~0.1 s on a 2,000-row matrix, so it is
   * done only when the effect of an action is unknown (a script run).
   */
  private afterChange(data: DataEffect, uiChanged: boolean): void {
    let dataChanged = data === "changed";
    if (data === "unknown") {
      const now = JSON.stringify(this.emulator.toJSON());
      dataChanged = now !== this.serialized;
      this.serialized = now;
    } else if (data === "changed") {
      this.serialized = null;
    }
    if (dataChanged) this.dataVersion++;
    if (dataChanged || uiChanged) {
      this.version++;
      for (const listener of this.listeners) listener(this.version);
    }
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.saveTimer || this.closed) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.save();
    }, this.options.saveDelayMs ?? 150);
  }

  /** The workbook as JSON now; also the new baseline for change detection. */
  private snapshot(): string {
    const text = JSON.stringify(this.emulator.toJSON());
    this.serialized = text;
    return text;
  }

  /** Writes the workbook if it differs from the file; saves never overlap. */
  save(): Promise<void> {
    this.saving = this.saving.then(async () => {
      const text = this.snapshot();
      if (text === this.saved) return;
      try {
        await writeWorkbookFile(this.options.file, text);
        this.saved = text;
      } catch (error) {
        this.warn(`Could not save the workbook to ${this.options.file}: ${messageOf(error)}`);
      }
    });
    return this.saving;
  }

  private flushSync(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const text = this.snapshot();
    if (text !== this.saved) {
      writeWorkbookFileSync(this.options.file, text);
      this.saved = text;
    }
  }

  /** Stops accepting actions and writes what is not saved yet. */
  async close(): Promise<void> {
    this.questions.closeAll();
    await this.queue;
    this.closed = true;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.saving;
    await this.save();
    this.listeners.clear();
  }
}

function toMenu(menu: { title: string; items: unknown[] }): Menu {
  return { title: menu.title, items: menu.items.map(toMenuItem) };
}

function toMenuItem(item: unknown): MenuItem {
  if (item === "separator" || typeof item !== "object" || item === null) return "separator";
  const entry = item as { caption?: unknown; functionName?: unknown; items?: unknown };
  const caption = String(entry.caption ?? "");
  if (Array.isArray(entry.items)) return { caption, items: entry.items.map(toMenuItem) };
  return { caption, functionName: String(entry.functionName ?? "") };
}

/** The text of a dialog's HTML: one line per paragraph or table row, cells separated by " · ". */
function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<\/(p|tr)>/g, "\n")
    .replace(/<\/t[dh]><t[dh][^>]*>/g, " · ")
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, "&")
    .trim();
}
