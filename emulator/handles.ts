/**
 * Symbol-keyed handles let the emulator recognise its own objects when the script passes them back
 * (setActiveSheet(sheet), setRanges(ranges), showSidebar(output)); the call-counting Proxy forwards
 * non-function properties untouched, so they work through it.
 */
import type { Rect } from "./a1";
import { Messages, fail, typeList } from "./errors";
import type { SheetModel } from "./sheet-model";

export const RANGE = Symbol("emulator.range");
export const SHEET = Symbol("emulator.sheet");

export interface RangeHandle {
  sheet: SheetModel;
  rect: Rect;
}

export function rangeHandle(x: unknown): RangeHandle | undefined {
  if (typeof x !== "object" || x === null) return undefined;
  return (x as { [RANGE]?: RangeHandle })[RANGE];
}

export function sheetHandle(x: unknown): SheetModel | undefined {
  if (typeof x !== "object" || x === null) return undefined;
  return (x as { [SHEET]?: SheetModel })[SHEET];
}

/** The range behind an argument, or the reference's signature error. */
export function requireRange(x: unknown, method: string): RangeHandle {
  const h = rangeHandle(x);
  if (!h) fail(Messages.signature(typeList([x]), method));
  return h;
}

export function requireSheet(x: unknown, method: string): SheetModel {
  const s = sheetHandle(x);
  if (!s) fail(Messages.signature(typeList([x]), method));
  return s;
}

/** Checks an integer argument; Apps Script rejects non-numbers with a signature error. */
export function requireInt(x: unknown, method: string, args: readonly unknown[]): number {
  if (typeof x !== "number" || !Number.isFinite(x)) fail(Messages.signature(typeList(args), method));
  return Math.floor(x);
}

export function requireString(x: unknown, method: string, args: readonly unknown[]): string {
  if (typeof x !== "string") fail(Messages.signature(typeList(args), method));
  return x;
}
