/**
 * Simulated users: typing, pasting or filling cells (then the onEdit simple trigger), and opening the
 * spreadsheet (onOpen). Follows the Apps Script event-object reference ("Event objects", Google Sheets
 * events): the Edit event has authMode, range, source, user, and — only when the edited range is a single
 * cell — value ("New cell value after the edit") and oldValue ("Cell value prior to the edit, if any …
 * undefined if the cell had no previous content"). Values arrive as strings, as typed. A paste or a fill
 * carries neither, even on one cell: users of the trigger report "When an user copied and pasted from other
 * cell, e.oldValue and e.value of onEdit(e) are not shown anything"
 * (https://gist.github.com/tanaikech/73edaed1268a6d07118aed538aa5608d). Script writes never fire onEdit
 * ("Script executions and API requests do not cause triggers to run", Simple triggers guide). What a user
 * writes is committed at once: it is not a script write (pending.ts).
 */
import { type Rect, intersects, parseA1, rectA1 } from "./a1";
import { AuthMode, type EnumValue } from "./enums";
import { Messages } from "./errors";
import type { Evaluated } from "./formulas";
import { type AuthModeName, EDIT_QUEUE_LIMIT, type EditQueue, type Kernel } from "./kernel";
import { RangeApi } from "./range";
import { shiftFormula } from "./refs";
import { type UserApi, userOf } from "./session";
import type { SheetModel } from "./sheet-model";
import { SpreadsheetApi } from "./spreadsheet";
import { rejectionMessage, satisfies } from "./validation";
import { type CellInput, parseTyped, parseWritten } from "./values";

export type Bundle = Record<string, (...args: unknown[]) => unknown>;

/** Sheets refused the edit (protected cell, or a validation rule that rejects input). */
export class EditRejectedError extends Error {
  override name = "EditRejectedError";
  constructor(
    message: string,
    readonly a1: string,
  ) {
    super(message);
  }
}

export const PROTECTED_MESSAGE =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

/**
 * The edited range, with the four numbers Apps Script puts on it as plain properties (logged events show
 * `"range":{"columnStart":1,"rowStart":1,"rowEnd":1,"columnEnd":1}`, and reading them costs no call:
 * https://tanaikech.github.io/2017/07/22/benchmark-event-objects-for-google-apps-script/).
 */
export type EventRange = RangeApi & {
  rowStart: number;
  rowEnd: number;
  columnStart: number;
  columnEnd: number;
};

export interface EditEvent {
  authMode: EnumValue;
  range: EventRange;
  source: SpreadsheetApi;
  user: UserApi;
  value?: string;
  oldValue?: string;
}

export interface OpenEvent {
  authMode: EnumValue;
  source: SpreadsheetApi;
  user: UserApi;
}

function typed(v: unknown, format: string | undefined, timeZone: string): CellInput {
  return typeof v === "string" ? parseTyped(v, format) : parseWritten(v, format, timeZone);
}

function eventText(v: Evaluated): string | undefined {
  if (v === null || v === "") return undefined;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function inputs(k: Kernel, sheet: SheetModel, rect: Rect, values: unknown): CellInput[][] {
  const matrix =
    Array.isArray(values) && values.every((row) => Array.isArray(row)) ? (values as unknown[][]) : null;
  if (matrix) {
    if (matrix.length !== rect.h) throw new Error(Messages.rowsMismatch(matrix.length, rect.h));
    for (const row of matrix)
      if (row.length !== rect.w) throw new Error(Messages.columnsMismatch(row.length, rect.w));
  }
  return Array.from({ length: rect.h }, (_, i) =>
    Array.from({ length: rect.w }, (_, j) =>
      typed(matrix ? matrix[i]?.[j] : values, sheet.numberFormat(rect.r + i, rect.c + j), k.wb.timeZone),
    ),
  );
}

function checkProtections(k: Kernel, sheet: SheetModel, rect: Rect, user: string): void {
  if (user === k.options.owner) return;
  for (const p of sheet.protections) {
    if (p.warningOnly || p.editors.includes(user)) continue;
    const area = p.rect ?? { r: 0, c: 0, h: sheet.maxRows, w: sheet.maxCols };
    if (!intersects(area, rect)) continue;
    const fullyUnprotected =
      p.type === "SHEET" &&
      p.unprotected.some(
        (u) => u.r <= rect.r && u.c <= rect.c && u.r + u.h >= rect.r + rect.h && u.c + u.w >= rect.c + rect.w,
      );
    if (!fullyUnprotected) throw new EditRejectedError(PROTECTED_MESSAGE, rectA1(rect));
  }
}

function runTrigger(k: Kernel, name: string, mode: AuthModeName, fn: () => unknown): void {
  // on the script's clock (Kernel.clock), so a test can play a trigger that runs past its 30 s
  const started = k.now();
  let error: string | undefined;
  try {
    k.run(mode, name, fn);
  } catch (e) {
    error =
      e instanceof Error || (typeof e === "object" && e !== null && "message" in e)
        ? String((e as Error).message)
        : String(e);
    throw e;
  } finally {
    const ms = k.now() - started;
    k.triggerRuns.push({ name, authMode: mode, ms, exceededLimit: ms > 30_000, error });
  }
}

export interface EditOptions {
  /** The editing user's email (default: the emulator's user). */
  user?: string;
  /**
   * Whether e.user carries that address. Default: the emulator's eventUserEmail option, false unless set;
   * simple triggers usually get a blank address (https://developers.google.com/apps-script/reference/base/user).
   */
  revealUser?: boolean;
  /** The trigger's authorization mode (default LIMITED; editor add-ons may get NONE, guides/triggers). */
  authMode?: AuthModeName;
  /**
   * How the user made the edit: typed it (the default), pasted it, or filled it (Ctrl+D, or dragging the
   * fill handle). A paste or a fill carries neither e.value nor e.oldValue, even on one cell.
   */
  as?: EditKind;
  /** @deprecated the same as `as: "paste"`: neither e.value nor e.oldValue. */
  omitValue?: boolean;
}

export type EditKind = "type" | "paste" | "fill";

/**
 * Writes like a user typing one cell or entering a block (a paste when `options.as` says so), then fires
 * onEdit as a simple trigger. The writes themselves are not service calls. Throws EditRejectedError when
 * Sheets would refuse the input.
 */
export function editAsUser(
  k: Kernel,
  bundle: Bundle,
  sheetName: string,
  a1: string,
  values: unknown,
  options: EditOptions = {},
): EditEvent {
  return userEdit(k, bundle, sheetName, a1, options, (sheet, rect) => inputs(k, sheet, rect, values));
}

/**
 * Fills down like a user (Ctrl+D, or dragging the fill handle): every row of the range takes the first
 * row's content, relative references moved down, then onEdit fires with neither e.value nor e.oldValue.
 */
export function fillAsUser(
  k: Kernel,
  bundle: Bundle,
  sheetName: string,
  a1: string,
  options: EditOptions = {},
): EditEvent {
  return userEdit(k, bundle, sheetName, a1, { ...options, as: "fill" }, filledDown);
}

function filledDown(sheet: SheetModel, rect: Rect): CellInput[][] {
  return Array.from({ length: rect.h }, (_, i) =>
    Array.from({ length: rect.w }, (_, j): CellInput => {
      const formula = sheet.formulas.get(rect.r, rect.c + j);
      return formula === undefined
        ? { value: sheet.values.get(rect.r, rect.c + j) }
        : { formula: shiftFormula(formula, i, 0) };
    }),
  );
}

function userEdit(
  k: Kernel,
  bundle: Bundle,
  sheetName: string,
  a1: string,
  options: EditOptions,
  contentOf: (sheet: SheetModel, rect: Rect) => CellInput[][],
): EditEvent {
  const wb = k.wb;
  const sheet = wb.sheetByName(sheetName);
  if (!sheet) throw new Error(`editAsUser: no sheet named "${sheetName}"`);
  const parsed = parseA1(a1, sheet.maxRows, sheet.maxCols);
  if (!parsed) throw new Error(`editAsUser: invalid A1 notation "${a1}"`);
  const rect = parsed.rect;
  if (rect.r + rect.h > sheet.maxRows || rect.c + rect.w > sheet.maxCols)
    throw new Error(Messages.outsideSheet);
  const user = options.user ?? k.options.user;
  const cells = contentOf(sheet, rect);

  checkProtections(k, sheet, rect, user);
  cells.forEach((row, i) =>
    row.forEach((input, j) => {
      const rule = sheet.validations.get(rect.r + i, rect.c + j);
      if (!rule || rule.allowInvalid || input.formula !== undefined) return;
      if (!satisfies(wb, rule, input.value ?? null)) {
        throw new EditRejectedError(
          rejectionMessage(rule, rectA1({ r: rect.r + i, c: rect.c + j, h: 1, w: 1 })),
          a1,
        );
      }
    }),
  );

  // value and oldValue: "Only available if the edited range is a single cell", and never for a paste or fill
  const kind = options.as ?? (options.omitValue ? "paste" : "type");
  const carriesValues = kind === "type" && rect.h === 1 && rect.w === 1;
  const oldValue = carriesValues ? wb.evaluated(sheet, rect.r, rect.c) : null;
  wb.write(sheet, rect, cells);

  const api = k.counted;
  const mode = options.authMode ?? "LIMITED";
  const edited = Object.assign(new RangeApi(api, sheet, rect), {
    rowStart: rect.r + 1,
    rowEnd: rect.r + rect.h,
    columnStart: rect.c + 1,
    columnEnd: rect.c + rect.w,
  });
  const event: EditEvent = {
    authMode: AuthMode[mode],
    range: api.wrap(edited, "Range"),
    source: api.wrap(new SpreadsheetApi(api), "Spreadsheet"),
    user: userOf(api, (options.revealUser ?? k.options.eventUserEmail) ? user : ""),
  };
  if (carriesValues) {
    const formula = cells[0]?.[0]?.formula !== undefined;
    const value = formula ? undefined : eventText(wb.evaluated(sheet, rect.r, rect.c));
    const old = eventText(oldValue);
    if (value !== undefined) event.value = value;
    if (old !== undefined) event.oldValue = old;
  }
  const onEdit = bundle.onEdit;
  if (typeof onEdit === "function") {
    const fire = () => runTrigger(k, "onEdit", mode, () => onEdit(event));
    const queue = k.editQueue;
    if (!queue) fire();
    else if (queue.pending.length < EDIT_QUEUE_LIMIT) queue.pending.push(fire);
    else queue.dropped++;
  }
  return event;
}

/**
 * Edits made faster than onEdit runs (fast typing, several people at once): `edits` makes them, their
 * events wait in a queue of at most two and the rest are dropped, then the queued ones run in order.
 */
export function burstOfEdits(k: Kernel, edits: () => void): { ran: number; dropped: number } {
  if (k.editQueue) throw new Error("burst: already inside a burst");
  const queue: EditQueue = { pending: [], dropped: 0 };
  k.editQueue = queue;
  try {
    edits();
  } finally {
    k.editQueue = null;
  }
  for (const fire of queue.pending) fire();
  return { ran: queue.pending.length, dropped: queue.dropped };
}

/** Opens the spreadsheet: runs onOpen(e) as a simple trigger in the given mode (default LIMITED). */
export function openAsUser(k: Kernel, bundle: Bundle, authMode: AuthModeName = "LIMITED"): OpenEvent {
  const api = k.counted;
  const event: OpenEvent = {
    authMode: AuthMode[authMode],
    source: api.wrap(new SpreadsheetApi(api), "Spreadsheet"),
    user: userOf(api, k.options.user),
  };
  const onOpen = bundle.onOpen;
  if (typeof onOpen === "function") runTrigger(k, "onOpen", authMode, () => onOpen(event));
  return event;
}

/** Installs the add-on: runs onInstall(e) in AuthMode.FULL (Editor add-on authorization guide). */
export function installAsUser(k: Kernel, bundle: Bundle): OpenEvent {
  const api = k.counted;
  const event: OpenEvent = {
    authMode: AuthMode.FULL,
    source: api.wrap(new SpreadsheetApi(api), "Spreadsheet"),
    user: userOf(api, k.options.user),
  };
  const onInstall = bundle.onInstall;
  if (typeof onInstall === "function") runTrigger(k, "onInstall", "FULL", () => onInstall(event));
  return event;
}
