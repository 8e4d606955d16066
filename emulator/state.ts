/**
 * Saving and restoring the workbook (and property stores) as JSON. Restoring validates every field and
 * throws an Error naming the first bad path, so a corrupt saved preview never half-loads.
 */
import type { Rect } from "./a1";
import type { ChartModel } from "./charts";
import type { Grid } from "./grid";
import { type PropertyStores, emptyStores } from "./properties";
import {
  type CfModel,
  FORMAT_KEYS,
  type FormatKey,
  type MetadataModel,
  type ProtectionModel,
  type RangeRef,
  SheetModel,
  type ValidationArg,
  type ValidationModel,
} from "./sheet-model";
import type { Scalar } from "./values";
import { Workbook } from "./workbook";

export const STATE_FORMAT = "apps-script-emulator-state";
export const STATE_VERSION = 1;

type Triple<T> = [number, number, T];

export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  tabColor: string | null;
  hidden: boolean;
  colWidths: [number, number][];
  rowHeights: [number, number][];
  hiddenCols: number[];
  hiddenRows: number[];
  values: Triple<Scalar>[];
  formulas: Triple<string>[];
  formats: Partial<Record<FormatKey, Triple<string | number>[]>>;
  notes: Triple<string>[];
  validationRules: ValidationModel[];
  validations: Triple<number>[];
  cf: CfModel[];
  protections: ProtectionModel[];
  metadata: MetadataModel[];
  merges: Rect[];
  /** Embedded charts (absent in states saved before charts existed). */
  charts?: ChartModel[];
}

export interface WorkbookState {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  spreadsheet: {
    id: string;
    name: string;
    timeZone: string;
    locale: string;
    activeSheetId: number;
    activeRange: RangeRef | null;
    metadata: MetadataModel[];
    counters: { sheetSeq: number; idSeq: number };
  };
  sheets: SheetState[];
  properties: {
    document: Record<string, string>;
    script: Record<string, string>;
    user: Record<string, Record<string, string>>;
  };
}

function sparse(arr: (number | boolean | undefined)[]): number[] {
  return arr.flatMap((v, i) => (v ? [i] : []));
}

function pairs(arr: (number | undefined)[]): [number, number][] {
  return arr.flatMap((v, i): [number, number][] => (v === undefined ? [] : [[i, v]]));
}

function sheetState(s: SheetModel): SheetState {
  const rules: ValidationModel[] = [];
  const index = new Map<ValidationModel, number>();
  const validations: Triple<number>[] = [];
  s.validations.forEach((m, r, c) => {
    let i = index.get(m);
    if (i === undefined) {
      i = rules.length;
      rules.push(m);
      index.set(m, i);
    }
    validations.push([r, c, i]);
  });
  const formats: SheetState["formats"] = {};
  for (const key of FORMAT_KEYS) {
    const entries = (s.formats[key] as Grid<string | number>).entries();
    if (entries.length > 0) formats[key] = entries;
  }
  return {
    id: s.id,
    name: s.name,
    maxRows: s.maxRows,
    maxCols: s.maxCols,
    frozenRows: s.frozenRows,
    frozenCols: s.frozenCols,
    tabColor: s.tabColor,
    hidden: s.hidden,
    colWidths: pairs(s.colWidths),
    rowHeights: pairs(s.rowHeights),
    hiddenCols: sparse(s.hiddenCols),
    hiddenRows: sparse(s.hiddenRows),
    values: s.values.entries(),
    formulas: s.formulas.entries(),
    formats,
    notes: s.notes.entries(),
    validationRules: structuredClone(rules),
    validations,
    cf: structuredClone(s.cf),
    protections: structuredClone(s.protections),
    metadata: structuredClone(s.metadata),
    merges: structuredClone(s.merges),
    charts: structuredClone(s.charts),
  };
}

export function saveState(wb: Workbook, props: PropertyStores): WorkbookState {
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    spreadsheet: {
      id: wb.id,
      name: wb.name,
      timeZone: wb.timeZone,
      locale: wb.locale,
      activeSheetId: wb.activeSheetId,
      activeRange: wb.activeRange ? structuredClone(wb.activeRange) : null,
      metadata: structuredClone(wb.metadata),
      counters: wb.counters(),
    },
    sheets: wb.sheets.map(sheetState),
    properties: {
      document: Object.fromEntries(props.document),
      script: Object.fromEntries(props.script),
      user: Object.fromEntries([...props.user].map(([u, store]) => [u, Object.fromEntries(store)])),
    },
  };
}

// --- validation -------------------------------------------------------------------------------------

class Checker {
  constructor(private readonly path: string) {}

  at(key: string | number): Checker {
    return new Checker(typeof key === "number" ? `${this.path}[${key}]` : `${this.path}.${key}`);
  }

  fail(what: string): never {
    throw new Error(`Invalid emulator state at ${this.path}: expected ${what}`);
  }

  obj(x: unknown): Record<string, unknown> {
    if (typeof x !== "object" || x === null || Array.isArray(x)) this.fail("an object");
    return x as Record<string, unknown>;
  }
  arr(x: unknown): unknown[] {
    if (!Array.isArray(x)) this.fail("an array");
    return x;
  }
  str(x: unknown): string {
    if (typeof x !== "string") this.fail("a string");
    return x;
  }
  int(x: unknown, min = 0): number {
    if (typeof x !== "number" || !Number.isInteger(x) || x < min) this.fail(`an integer ≥ ${min}`);
    return x;
  }
  bool(x: unknown): boolean {
    if (typeof x !== "boolean") this.fail("a boolean");
    return x;
  }
  scalar(x: unknown): Scalar {
    if (typeof x === "string" || typeof x === "boolean" || (typeof x === "number" && Number.isFinite(x)))
      return x;
    return this.fail("a string, finite number or boolean");
  }
  nullableStr(x: unknown): string | null {
    return x === null ? null : this.str(x);
  }
  rect(x: unknown): Rect {
    const o = this.obj(x);
    return {
      r: this.at("r").int(o.r),
      c: this.at("c").int(o.c),
      h: this.at("h").int(o.h, 1),
      w: this.at("w").int(o.w, 1),
    };
  }
  triples<T>(x: unknown, value: (c: Checker, v: unknown) => T): Triple<T>[] {
    return this.arr(x).map((t, i) => {
      const c = this.at(i);
      const [r, col, v, extra] = c.arr(t);
      if (extra !== undefined) c.fail("[row, column, value]");
      return [c.at(0).int(r), c.at(1).int(col), value(c.at(2), v)];
    });
  }
  stringRecord(x: unknown): Record<string, string> {
    const o = this.obj(x);
    for (const [k, v] of Object.entries(o)) this.at(k).str(v);
    return o as Record<string, string>;
  }
}

function metadataList(c: Checker, x: unknown): MetadataModel[] {
  return c.arr(x).map((m, i) => {
    const mc = c.at(i);
    const o = mc.obj(m);
    const v = mc.at("visibility").str(o.visibility);
    const visibility =
      v === "DOCUMENT" || v === "PROJECT" ? v : mc.at("visibility").fail('"DOCUMENT" or "PROJECT"');
    return {
      id: mc.at("id").int(o.id),
      key: mc.at("key").str(o.key),
      value: mc.at("value").nullableStr(o.value),
      visibility,
    };
  });
}

function validationArg(c: Checker, x: unknown): ValidationArg {
  if (x === null || typeof x === "string" || typeof x === "boolean" || typeof x === "number") return x;
  if (Array.isArray(x)) return x.map((v, i) => c.at(i).scalar(v));
  const o = c.obj(x);
  return { sheetId: c.at("sheetId").int(o.sheetId), rect: c.at("rect").rect(o.rect) };
}

function restoreSheet(c: Checker, x: unknown): SheetModel {
  const o = c.obj(x);
  const s = new SheetModel(c.at("id").int(o.id), c.at("name").str(o.name));
  s.maxRows = c.at("maxRows").int(o.maxRows, 1);
  s.maxCols = c.at("maxCols").int(o.maxCols, 1);
  s.frozenRows = c.at("frozenRows").int(o.frozenRows);
  s.frozenCols = c.at("frozenCols").int(o.frozenCols);
  s.tabColor = c.at("tabColor").nullableStr(o.tabColor);
  s.hidden = c.at("hidden").bool(o.hidden);
  for (const [key, target] of [
    ["colWidths", s.colWidths],
    ["rowHeights", s.rowHeights],
  ] as const) {
    const kc = c.at(key);
    kc.arr(o[key]).forEach((p, i) => {
      const [index, size] = kc.at(i).arr(p);
      target[kc.at(i).at(0).int(index)] = kc.at(i).at(1).int(size);
    });
  }
  c.at("hiddenCols")
    .arr(o.hiddenCols)
    .forEach((i, n) => (s.hiddenCols[c.at("hiddenCols").at(n).int(i)] = true));
  c.at("hiddenRows")
    .arr(o.hiddenRows)
    .forEach((i, n) => (s.hiddenRows[c.at("hiddenRows").at(n).int(i)] = true));
  const inBounds = (cc: Checker, r: number, col: number): void => {
    if (r >= s.maxRows || col >= s.maxCols) cc.fail("a cell inside the sheet's dimensions");
  };
  const fill = <T>(key: string, grid: Grid<T>, value: (cc: Checker, v: unknown) => T): void => {
    const kc = c.at(key);
    kc.triples(o[key], value).forEach(([r, col, v], i) => {
      inBounds(kc.at(i), r, col);
      grid.set(r, col, v);
    });
  };
  fill("values", s.values, (cc, v) => cc.scalar(v));
  fill("formulas", s.formulas, (cc, v) => {
    const f = cc.str(v);
    if (!f.startsWith("=")) cc.fail('a formula starting with "="');
    return f;
  });
  fill("notes", s.notes, (cc, v) => cc.str(v));
  const formats = c.at("formats").obj(o.formats);
  for (const [key, entries] of Object.entries(formats)) {
    if (!(FORMAT_KEYS as readonly string[]).includes(key))
      c.at("formats")
        .at(key)
        .fail(`one of ${FORMAT_KEYS.join(", ")}`);
    const grid = s.formats[key as FormatKey] as Grid<string | number>;
    c.at("formats")
      .at(key)
      .triples(entries, (cc, v) => (key === "fontSize" ? cc.int(v, 1) : cc.str(v)))
      .forEach(([r, col, v]) => grid.set(r, col, v));
  }
  const rules = c
    .at("validationRules")
    .arr(o.validationRules)
    .map((m, i): ValidationModel => {
      const mc = c.at("validationRules").at(i);
      const mo = mc.obj(m);
      return {
        criteria: mc.at("criteria").str(mo.criteria),
        args: mc
          .at("args")
          .arr(mo.args)
          .map((a, j) => validationArg(mc.at("args").at(j), a)),
        allowInvalid: mc.at("allowInvalid").bool(mo.allowInvalid),
        helpText: mc.at("helpText").nullableStr(mo.helpText),
      };
    });
  fill("validations", s.validations, (cc, v) => {
    const rule = rules[cc.int(v)];
    if (!rule) cc.fail("an index into validationRules");
    return rule;
  });
  s.cf = c
    .at("cf")
    .arr(o.cf)
    .map((m, i): CfModel => {
      const mc = c.at("cf").at(i);
      const mo = mc.obj(m);
      const fo = mc.at("format").obj(mo.format);
      const fmt: CfModel["format"] = {};
      for (const k of ["background", "fontColor"] as const)
        if (fo[k] !== undefined) fmt[k] = mc.at("format").at(k).str(fo[k]);
      for (const k of ["bold", "italic", "strikethrough", "underline"] as const)
        if (fo[k] !== undefined) fmt[k] = mc.at("format").at(k).bool(fo[k]);
      return {
        ranges: mc
          .at("ranges")
          .arr(mo.ranges)
          .map((r, j) => mc.at("ranges").at(j).rect(r)),
        criteria: mc.at("criteria").str(mo.criteria),
        values: mc
          .at("values")
          .arr(mo.values)
          .map((v, j) => mc.at("values").at(j).scalar(v)),
        format: fmt,
      };
    });
  s.protections = c
    .at("protections")
    .arr(o.protections)
    .map((p, i): ProtectionModel => {
      const pc = c.at("protections").at(i);
      const po = pc.obj(p);
      const t = pc.at("type").str(po.type);
      const type = t === "RANGE" || t === "SHEET" ? t : pc.at("type").fail('"RANGE" or "SHEET"');
      return {
        id: pc.at("id").int(po.id),
        type,
        rect: po.rect === undefined ? undefined : pc.at("rect").rect(po.rect),
        description: pc.at("description").str(po.description),
        warningOnly: pc.at("warningOnly").bool(po.warningOnly),
        editors: pc
          .at("editors")
          .arr(po.editors)
          .map((e, j) => pc.at("editors").at(j).str(e)),
        unprotected: pc
          .at("unprotected")
          .arr(po.unprotected)
          .map((r, j) => pc.at("unprotected").at(j).rect(r)),
      };
    });
  s.metadata = metadataList(c.at("metadata"), o.metadata);
  s.merges = c
    .at("merges")
    .arr(o.merges)
    .map((r, i) => c.at("merges").at(i).rect(r));
  s.charts = o.charts === undefined ? [] : (structuredClone(c.at("charts").arr(o.charts)) as ChartModel[]);
  return s;
}

/** Rebuilds a workbook and property stores from saved state, validating it. */
export function loadState(x: unknown): { wb: Workbook; props: PropertyStores } {
  const c = new Checker("state");
  const o = c.obj(x);
  if (o.format !== STATE_FORMAT) c.at("format").fail(JSON.stringify(STATE_FORMAT));
  if (o.version !== STATE_VERSION) c.at("version").fail(String(STATE_VERSION));
  const sc = c.at("spreadsheet");
  const so = sc.obj(o.spreadsheet);
  const wb = new Workbook(
    sc.at("id").str(so.id),
    sc.at("name").str(so.name),
    sc.at("timeZone").str(so.timeZone),
  );
  wb.locale = sc.at("locale").str(so.locale);
  wb.metadata = metadataList(sc.at("metadata"), so.metadata);
  const counters = sc.at("counters").obj(so.counters);
  wb.restoreCounters(
    sc.at("counters").at("sheetSeq").int(counters.sheetSeq),
    sc.at("counters").at("idSeq").int(counters.idSeq, 1),
  );
  wb.sheets = c
    .at("sheets")
    .arr(o.sheets)
    .map((s, i) => restoreSheet(c.at("sheets").at(i), s));
  if (wb.sheets.length === 0) c.at("sheets").fail("at least one sheet");
  const names = new Set<string>();
  const ids = new Set<number>();
  wb.sheets.forEach((s, i) => {
    if (names.has(s.name.toLowerCase())) c.at("sheets").at(i).at("name").fail("a unique sheet name");
    if (ids.has(s.id)) c.at("sheets").at(i).at("id").fail("a unique sheet id");
    names.add(s.name.toLowerCase());
    ids.add(s.id);
  });
  wb.activeSheetId = sc.at("activeSheetId").int(so.activeSheetId);
  if (!ids.has(wb.activeSheetId)) sc.at("activeSheetId").fail("the id of one of the sheets");
  if (so.activeRange !== null) {
    const ar = sc.at("activeRange").obj(so.activeRange);
    wb.activeRange = {
      sheetId: sc.at("activeRange").at("sheetId").int(ar.sheetId),
      rect: sc.at("activeRange").at("rect").rect(ar.rect),
    };
  }
  const pc = c.at("properties");
  const po = pc.obj(o.properties);
  const props = emptyStores();
  for (const [k, v] of Object.entries(pc.at("document").stringRecord(po.document))) props.document.set(k, v);
  for (const [k, v] of Object.entries(pc.at("script").stringRecord(po.script))) props.script.set(k, v);
  for (const [user, store] of Object.entries(pc.at("user").obj(po.user))) {
    props.user.set(user, new Map(Object.entries(pc.at("user").at(user).stringRecord(store))));
  }
  return { wb, props };
}
