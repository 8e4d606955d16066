/**
 * The emulator's runtime: options, call accounting, the current execution (its authorization mode and
 * trigger), and the realm of the code calling in. Service objects reach their state through it.
 *
 * Service objects are plain classes; `Api.wrap` returns them behind a Proxy that counts each method call
 * as "Class.method", applies fault injection and authorization checks, and converts ServiceErrors into
 * Errors of the caller's realm. The emulator's own inspection (emulator.spreadsheet, highlights,
 * displayGrid) uses an unwrapped Api, so it never counts.
 */
import { CallCounter } from "./calls";
import { Messages, ServiceError } from "./errors";
import {
  type CallKind,
  type ContentSnapshot,
  type LockName,
  type PendingWrite,
  type ReleaseRecord,
  callKind,
  releasedBeforeFlush,
  showCells,
  snapshotContent,
  uncommittedCells,
  writtenWhere,
} from "./pending";
import type { Workbook } from "./workbook";

export type AuthModeName = "NONE" | "CUSTOM_FUNCTION" | "LIMITED" | "FULL";

export interface Execution {
  authMode: AuthModeName;
  /** The simple trigger being run ("onOpen", "onEdit", "onInstall"), or null for a direct call. */
  trigger: string | null;
  startedAt: number;
  /** startedAt on the script's clock (Kernel.now). */
  scriptStartedAt: number;
}

export interface TriggerRun {
  name: string;
  authMode: AuthModeName;
  ms: number;
  /** Simple triggers "cannot run for longer than 30 seconds" (Apps Script guide, Simple triggers). */
  exceededLimit: boolean;
  error?: string;
}

export interface Realm {
  Error: ErrorConstructor;
  Date: DateConstructor;
}

export interface UiState {
  menus: { title: string; items: MenuItem[] }[];
  sidebar: { title: string; html: string } | null;
  dialogs: { title: string; html: string; modal: boolean }[];
  alerts: string[];
  /**
   * The buttons a test's user presses, in order, on alerts that offer a choice (YES_NO, OK_CANCEL, ...);
   * when none is left (and no `ask`) the user agrees (YES or OK).
   */
  answers?: ButtonName[];
  /**
   * A person answers instead (the local preview): called for an alert that offers a choice once `answers` has
   * none left, with what the dialog shows. Such an alert is not added to `alerts`, which holds what was shown
   * without waiting for anyone. It may throw to stop the execution until the person has answered.
   */
  ask?: (question: UiQuestion) => ButtonName;
}

export type ButtonName = "YES" | "NO" | "OK" | "CANCEL" | "CLOSE";

/** An alert that waits for a choice: its title ("" when none), its text and its buttons, in order. */
export interface UiQuestion {
  title: string;
  prompt: string;
  buttons: ButtonName[];
}

export type MenuItem =
  { caption: string; functionName: string } | "separator" | { caption: string; items: MenuItem[] };

export interface KernelOptions {
  /** The user running the current execution (asUser changes it for one call). */
  user: string;
  owner: string;
  timeZone: string;
  htmlRoot: string;
  addonName: string;
  /** Simple-trigger events carry the editor's address (default: blank, as reference/base/user says). */
  eventUserEmail: boolean;
  /** A lock released with script writes still pending throws (they are recorded either way). */
  strictFlush: boolean;
}

/**
 * The script's clock: Date.now() in the bundle's context is the real time plus offsetMs, and each counted
 * call adds msPerCall, so a test can play a slow execution that nears the 6-minute limit.
 */
export interface Clock {
  offsetMs: number;
  msPerCall: number;
  /**
   * When true, a call made once the execution has run past its limit (6 minutes; 30 s for a simple
   * trigger) throws "Exceeded maximum execution time": Apps Script stops the script there, so no catch
   * handler of the add-on gets to make a service call either.
   */
  enforceLimit: boolean;
  /** When set, the real time the clock reads instead of the machine's: two runs compared see the same time. */
  frozenAt: number | null;
}

/** Edits arriving faster than onEdit runs (emulator.burst): events wait in a queue of at most two. */
export interface EditQueue {
  pending: (() => void)[];
  dropped: number;
}

/** "The onEdit() trigger only queues up to 2 trigger events" (https://developers.google.com/apps-script/guides/triggers). */
export const EDIT_QUEUE_LIMIT = 2;

/** Scopes the add-on's calls need; named in permission errors as Apps Script does. */
const SCOPES: Record<string, string> = {
  SpreadsheetApp: "https://www.googleapis.com/auth/spreadsheets.currentonly",
  Spreadsheet: "https://www.googleapis.com/auth/spreadsheets.currentonly",
  Sheet: "https://www.googleapis.com/auth/spreadsheets.currentonly",
  Range: "https://www.googleapis.com/auth/spreadsheets.currentonly",
  Ui: "https://www.googleapis.com/auth/script.container.ui",
};

/** Ui calls that open windows need the script.container.ui scope, which simple triggers do not have. */
const NEEDS_UI_SCOPE = new Set(["showSidebar", "showModalDialog", "showModelessDialog"]);
/** What AuthMode.NONE still allows: building the add-on menu (Editor add-on authorization guide). */
const ALLOWED_IN_NONE = new Set(["SpreadsheetApp.getUi", "Ui.createAddonMenu", "Ui.createMenu"]);
const NONE_SAFE_CLASSES = new Set(["Menu", "Session", "User", "HtmlService", "HtmlOutput"]);

/** No execution running: calls made now (a test's own) are not part of any execution. */
const IDLE: Execution = { authMode: "FULL", trigger: null, startedAt: 0, scriptStartedAt: 0 };

export class Kernel {
  readonly calls = new CallCounter();
  realm: Realm = { Error, Date };
  exec: Execution = IDLE;
  readonly triggerRuns: TriggerRun[] = [];
  readonly logs: string[] = [];
  readonly ui: UiState = { menus: [], sidebar: null, dialogs: [], alerts: [] };
  /** Hooks run when an execution ends (locks are released then, as Apps Script does on script exit). */
  readonly endHooks: ((ended: Execution) => void)[] = [];
  /** The current execution's script writes since its last commit (pending.ts). */
  pending: PendingWrite[] = [];
  /** Each lock released while writes were pending. */
  readonly releasesWithPendingWrites: ReleaseRecord[] = [];
  /** An execution waiting for the next lock release (Emulator.onNextRelease). */
  private waiting: (() => void) | null = null;
  /** Cell content before the pending writes, kept only while an execution waits to see it. */
  private committed: ContentSnapshot | null = null;
  readonly counted: Api;
  readonly quiet: Api;
  readonly clock: Clock = { offsetMs: 0, msPerCall: 0, enforceLimit: false, frozenAt: null };
  /** Non-null while a burst of edits is under way. */
  editQueue: EditQueue | null = null;

  constructor(
    readonly wb: Workbook,
    readonly options: KernelOptions,
  ) {
    this.counted = new Api(this, true);
    this.quiet = new Api(this, false);
  }

  /** Called before every counted service call; says what the call does to pending writes. */
  beforeCall(cls: string, method: string): CallKind {
    this.clock.offsetMs += this.clock.msPerCall;
    if (this.clock.enforceLimit && this.exec.startedAt !== 0) {
      const limit = this.exec.trigger ? 30_000 : 6 * 60_000;
      if (this.now() - this.exec.scriptStartedAt > limit) throw new ServiceError(Messages.timeLimit);
    }
    const failing = this.calls.hit(`${cls}.${method}`);
    if (failing) {
      const spreadsheetish = [
        "SpreadsheetApp",
        "Spreadsheet",
        "Sheet",
        "Range",
        "Protection",
        "DeveloperMetadata",
      ].includes(cls);
      throw new ServiceError(spreadsheetish ? Messages.serviceFailed(this.wb.id) : Messages.serverError);
    }
    const call = `${cls}.${method}`;
    const mode = this.exec.authMode;
    if (mode === "NONE" && !ALLOWED_IN_NONE.has(call) && !NONE_SAFE_CLASSES.has(cls)) {
      throw new ServiceError(Messages.noPermission(call, SCOPES[cls]));
    }
    if ((mode === "NONE" || mode === "LIMITED") && cls === "Ui" && NEEDS_UI_SCOPE.has(method)) {
      throw new ServiceError(Messages.noPermission(call, SCOPES.Ui));
    }
    const kind = callKind(cls, method);
    // keep the committed content only when an execution waits to see it
    if (kind === "write" && this.waiting && this.inExecution() && !this.committed)
      this.committed = snapshotContent(this.wb);
    return kind;
  }

  /** Called after a counted call succeeded: a write is pending until a read, a flush or the end commits it. */
  afterCall(kind: CallKind, cls: string, method: string, target: object): void {
    if (kind === "neutral" || !this.inExecution()) return;
    if (kind === "write") this.pending.push({ call: `${cls}.${method}`, range: writtenWhere(target) });
    else if (this.pending.length > 0) this.commit();
  }

  private commit(): void {
    this.pending = [];
    this.committed = null;
  }

  private inExecution(): boolean {
    return this.exec.startedAt !== 0;
  }

  /** A lock is being released: records the writes still pending, and throws for them under strictFlush. */
  releasing(lock: LockName): void {
    if (!this.inExecution() || this.pending.length === 0) return;
    const record: ReleaseRecord = { lock, trigger: this.exec.trigger, writes: [...this.pending] };
    this.releasesWithPendingWrites.push(record);
    if (this.options.strictFlush) throw new ServiceError(releasedBeforeFlush(record));
  }

  /** Runs `fn` as another execution the next time a script releases a lock (Emulator.onNextRelease). */
  onNextRelease(fn: () => void): void {
    this.waiting = fn;
  }

  /**
   * A lock was released: the execution waiting for it runs now, as its own execution, seeing only
   * committed cell content; then this execution's pending writes land over whatever it wrote, as they
   * would when this execution ends.
   */
  released(): void {
    const waiting = this.waiting;
    if (!waiting || !this.inExecution()) return;
    this.waiting = null;
    const mine = this.committed ? uncommittedCells(this.wb, this.committed) : [];
    const outer = { exec: this.exec, pending: this.pending };
    showCells(this.wb, mine, "committed");
    this.exec = IDLE;
    this.commit(); // the waiting execution starts with nothing pending; ours is kept in `outer`
    try {
      waiting();
    } finally {
      this.exec = outer.exec;
      this.pending = outer.pending;
      showCells(this.wb, mine, "pending");
    }
  }

  /** The execution ended holding a lock, its writes committed: the execution waiting for the lock runs now. */
  releasedAtEnd(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }

  /** Converts an emulator error into an Error of the calling realm, named "Exception" like Apps Script's. */
  realmize(e: unknown): unknown {
    if (!(e instanceof ServiceError) || this.realm.Error === Error) return e;
    const err = new this.realm.Error(e.message);
    err.name = "Exception";
    return err;
  }

  /** The script's Date.now(). */
  now(): number {
    return (this.clock.frozenAt ?? Date.now()) + this.clock.offsetMs;
  }

  /**
   * Runs `fn` as one script execution; its pending writes are committed and the locks it still holds are
   * released when it ends.
   */
  run<T>(authMode: AuthModeName, trigger: string | null, fn: () => T): T {
    const outer = this.exec;
    const exec: Execution = { authMode, trigger, startedAt: Date.now(), scriptStartedAt: this.now() };
    this.exec = exec;
    try {
      return fn();
    } finally {
      this.exec = outer;
      if (outer.startedAt === 0) {
        this.commit();
        for (const hook of this.endHooks) hook(exec);
      }
    }
  }
}

export class Api {
  constructor(
    readonly k: Kernel,
    readonly counted: boolean,
  ) {}

  /**
   * Returns `target` as the script sees it: counted and checked when this Api counts, as-is otherwise.
   * Methods named in `local` run locally in Apps Script (builders) and are not counted.
   */
  wrap<T extends object>(target: T, cls: string, local?: ReadonlySet<string>): T {
    if (!this.counted) return target;
    const k = this.k;
    const cache = new Map<string, (...args: unknown[]) => unknown>();
    const proxy: T = new Proxy(target, {
      get(t, prop) {
        const value: unknown = Reflect.get(t, prop, t);
        if (
          typeof value !== "function" ||
          typeof prop !== "string" ||
          UNCOUNTED.has(prop) ||
          local?.has(prop)
        ) {
          return value;
        }
        let wrapped = cache.get(prop);
        if (!wrapped) {
          const method = value as (...args: unknown[]) => unknown;
          wrapped = (...args: unknown[]): unknown => {
            try {
              const kind = k.beforeCall(cls, prop);
              const result = method.apply(t, args);
              k.afterCall(kind, cls, prop, t);
              return result === t ? proxy : result;
            } catch (e) {
              throw k.realmize(e);
            }
          };
          cache.set(prop, wrapped);
        }
        return wrapped;
      },
    });
    return proxy;
  }
}

const UNCOUNTED = new Set(["constructor", "toString", "toJSON", "valueOf"]);

/** The kernel behind each emulator object (for loadBundle, which receives the public Emulator). */
export const kernels = new WeakMap<object, Kernel>();
