/**
 * Conditional formatting: the rule builder and built rules (ConditionalFormatRuleBuilder,
 * ConditionalFormatRule, BooleanCondition — local objects, not counted), and their evaluation.
 *
 * Evaluation follows Sheets: a custom formula is written for the top-left cell of the rule's first range
 * and evaluated for every other cell with its relative references shifted by that cell's offset, $-anchored
 * parts staying fixed (so "=$C2=\"A\"" over B2:D4 tests column C of each cell's own row). A TRUE or non-zero
 * result applies the rule's format. Rules are checked in list order and the first rule that matches a cell
 * decides its format.
 */
import { DetailedCellError } from "hyperformula";
import { type Rect, cellA1, intersects } from "./a1";
import { BooleanCriteria, type EnumValue } from "./enums";
import { Messages, fail, typeList } from "./errors";
import type { Evaluated } from "./formulas";
import { requireRange } from "./handles";
import type { Api } from "./kernel";
import { RangeApi } from "./range";
import { type RefToken, type Segment, shiftSegments, tokenize } from "./refs";
import type { CfFormat, CfModel, RangeRef, SheetModel } from "./sheet-model";
import { normalizeColor } from "./format";
import type { Scalar } from "./values";
import type { Workbook } from "./workbook";

interface RuleDraft {
  ranges: RangeRef[];
  criteria: string | null;
  values: Scalar[];
  format: CfFormat;
}

function criteriaEnum(name: string): EnumValue {
  const value = (BooleanCriteria as Readonly<Record<string, EnumValue>>)[name];
  if (!value) throw new Error(`unknown boolean criteria ${name}`);
  return value;
}

function rangesOut(api: Api, ranges: RangeRef[]): unknown[] {
  return ranges.flatMap((r) => {
    const sheet = api.k.wb.sheetById(r.sheetId);
    return sheet ? [api.wrap(new RangeApi(api, sheet, r.rect), "Range")] : [];
  });
}

export class ConditionalFormatRuleBuilder {
  private d: RuleDraft;

  constructor(
    private readonly api: Api,
    from?: RuleDraft,
  ) {
    this.d = from
      ? { ...from, ranges: [...from.ranges], values: [...from.values], format: { ...from.format } }
      : { ranges: [], criteria: null, values: [], format: {} };
  }

  private when(criteria: string, values: Scalar[]): this {
    this.d.criteria = criteria;
    this.d.values = values;
    return this;
  }

  whenFormulaSatisfied(formula: unknown): this {
    return this.when("CUSTOM_FORMULA", [String(formula)]);
  }
  whenTextEqualTo(text: unknown): this {
    return this.when("TEXT_EQUAL_TO", [String(text)]);
  }
  whenTextDoesNotContain(text: unknown): this {
    return this.when("TEXT_DOES_NOT_CONTAIN", [String(text)]);
  }
  whenTextContains(text: unknown): this {
    return this.when("TEXT_CONTAINS", [String(text)]);
  }
  whenTextStartsWith(text: unknown): this {
    return this.when("TEXT_STARTS_WITH", [String(text)]);
  }
  whenTextEndsWith(text: unknown): this {
    return this.when("TEXT_ENDS_WITH", [String(text)]);
  }
  whenCellEmpty(): this {
    return this.when("CELL_EMPTY", []);
  }
  whenCellNotEmpty(): this {
    return this.when("CELL_NOT_EMPTY", []);
  }
  whenNumberGreaterThan(n: unknown): this {
    return this.when("NUMBER_GREATER_THAN", [Number(n)]);
  }
  whenNumberLessThan(n: unknown): this {
    return this.when("NUMBER_LESS_THAN", [Number(n)]);
  }
  whenNumberEqualTo(n: unknown): this {
    return this.when("NUMBER_EQUAL_TO", [Number(n)]);
  }
  whenNumberBetween(a: unknown, b: unknown): this {
    return this.when("NUMBER_BETWEEN", [Number(a), Number(b)]);
  }

  setBackground(color: unknown): this {
    this.d.format.background = normalizeColor(color);
    return this;
  }
  setFontColor(color: unknown): this {
    this.d.format.fontColor = normalizeColor(color);
    return this;
  }
  setBold(bold: unknown): this {
    this.d.format.bold = bold === null ? undefined : Boolean(bold);
    return this;
  }
  setItalic(italic: unknown): this {
    this.d.format.italic = italic === null ? undefined : Boolean(italic);
    return this;
  }
  setStrikethrough(strike: unknown): this {
    this.d.format.strikethrough = strike === null ? undefined : Boolean(strike);
    return this;
  }
  setUnderline(underline: unknown): this {
    this.d.format.underline = underline === null ? undefined : Boolean(underline);
    return this;
  }

  setRanges(ranges: unknown): this {
    if (!Array.isArray(ranges))
      fail(Messages.signature(typeList([ranges]), "ConditionalFormatRuleBuilder.setRanges"));
    this.d.ranges = ranges.map((r) => {
      const h = requireRange(r, "ConditionalFormatRuleBuilder.setRanges");
      return { sheetId: h.sheet.id, rect: h.rect };
    });
    return this;
  }

  getRanges(): unknown[] {
    return rangesOut(this.api, this.d.ranges);
  }

  getBooleanCondition(): BooleanCondition | null {
    return this.d.criteria === null
      ? null
      : new BooleanCondition(this.d.criteria, this.d.values, this.d.format);
  }

  getGradientCondition(): null {
    return null;
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.api, this.d);
  }

  build(): ConditionalFormatRule {
    if (this.d.criteria === null)
      fail("The conditional format rule has no condition. Call a when… method first."); // emulator wording
    return new ConditionalFormatRule(this.api, { ...this.d, format: { ...this.d.format } });
  }
}

export class ConditionalFormatRule {
  constructor(
    private readonly api: Api,
    readonly draft: RuleDraft,
  ) {}

  getRanges(): unknown[] {
    return rangesOut(this.api, this.draft.ranges);
  }

  getBooleanCondition(): BooleanCondition | null {
    const { criteria, values, format } = this.draft;
    return criteria === null ? null : new BooleanCondition(criteria, values, format);
  }

  getGradientCondition(): null {
    return null;
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.api, this.draft);
  }
}

export class BooleanCondition {
  constructor(
    private readonly criteria: string,
    private readonly values: Scalar[],
    private readonly format: CfFormat,
  ) {}

  getCriteriaType(): EnumValue {
    return criteriaEnum(this.criteria);
  }
  getCriteriaValues(): Scalar[] {
    return [...this.values];
  }
  getBackground(): string | null {
    return this.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.format.underline ?? null;
  }
}

/** Stores built rules on a sheet (Sheet.setConditionalFormatRules). */
export function toModels(sheet: SheetModel, rules: unknown): CfModel[] {
  if (!Array.isArray(rules))
    fail(Messages.signature(typeList([rules]), "SpreadsheetApp.Sheet.setConditionalFormatRules"));
  return rules.map((rule): CfModel => {
    if (!(rule instanceof ConditionalFormatRule)) {
      fail(Messages.signature(typeList([rules]), "SpreadsheetApp.Sheet.setConditionalFormatRules"));
    }
    const { ranges, criteria, values, format } = rule.draft;
    if (ranges.length === 0) fail("A conditional format rule needs at least one range."); // emulator wording
    if (ranges.some((r) => r.sheetId !== sheet.id)) {
      fail(`Conditional format rule ranges must be on sheet "${sheet.name}".`); // emulator wording
    }
    return {
      ranges: ranges.map((r) => ({ ...r.rect })),
      criteria: criteria ?? "CUSTOM_FORMULA",
      values: [...values],
      format: { ...format },
    };
  });
}

export function fromModel(api: Api, sheet: SheetModel, model: CfModel): ConditionalFormatRule {
  return new ConditionalFormatRule(api, {
    ranges: model.ranges.map((rect) => ({ sheetId: sheet.id, rect: { ...rect } })),
    criteria: model.criteria,
    values: [...model.values],
    format: { ...model.format },
  });
}

function truthy(v: Evaluated): boolean {
  return v === true || (typeof v === "number" && v !== 0);
}

function text(v: Evaluated): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

type CellTest = (r: number, c: number) => boolean;

function formulaTest(wb: Workbook, sheet: SheetModel, rule: CfModel, index: number): CellTest {
  const formula = String(rule.values[0] ?? "").trim();
  const where = `conditional format rule ${index + 1} on sheet "${sheet.name}"`;
  if (!formula.startsWith("=") || !wb.mirror.validate(formula)) {
    throw new Error(`Invalid custom formula in ${where}: ${JSON.stringify(formula)} cannot be parsed.`);
  }
  const anchor = rule.ranges[0] ?? { r: 0, c: 0, h: 1, w: 1 };
  const segments = tokenize(formula);
  const cache = new Map<string, boolean>();
  const byValues = valueKeyer(wb, sheet, segments);
  return (r, c) => {
    const dr = r - anchor.r;
    const dc = c - anchor.c;
    const valueKey = byValues?.(dr, dc);
    let hit = valueKey === undefined ? undefined : cache.get(valueKey);
    if (hit !== undefined) return hit;
    const shifted = placeCell(shiftSegments(segments, dr, dc), r, c);
    hit = cache.get(shifted);
    if (hit === undefined) {
      const raw = wb.mirror.calculate(shifted, sheet);
      const first = Array.isArray(raw) ? (raw[0]?.[0] ?? null) : raw;
      if (first instanceof DetailedCellError && first.type === "NAME") {
        throw new Error(
          `Custom formula in ${where} does not evaluate: ${formula} (${first.message || first.value}).`,
        );
      }
      hit = first instanceof DetailedCellError ? false : truthy(first);
      cache.set(shifted, hit);
    }
    if (valueKey !== undefined) cache.set(valueKey, hit);
    return hit;
  };
}

/**
 * calculateFormula evaluates as if in A1, so ROW() and COLUMN() without arguments would report 1; give
 * them the evaluated cell explicitly (outside string literals).
 */
function placeCell(formula: string, r: number, c: number): string {
  if (!/\b(ROW|COLUMN)\s*\(\s*\)/i.test(formula)) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/\b(ROW|COLUMN)\s*\(\s*\)/gi, (_m, fn: string) => `${fn}(${cellA1(r, c)})`),
    )
    .join("");
}

/** Functions whose result depends on where the formula sits or on time, not only on referenced values. */
const POSITIONAL =
  /\b(ROW|ROWS|COLUMN|COLUMNS|INDIRECT|OFFSET|ADDRESS|CELL|RAND|RANDBETWEEN|RANDARRAY|NOW|TODAY|SHEET|SHEETS|FORMULATEXT|ISFORMULA|INFO)\s*\(/i;

/**
 * For formulas that reference single cells only (no ranges, no positional functions), the result depends
 * only on the referenced values, so cells whose references hold the same values share one evaluation
 * ("=AND(C9<>\"\",C9<>\"R\")" over a big block needs one evaluation per distinct code, not per cell).
 * Returns a key function, or null when the formula does not qualify; the key is undefined for a cell when
 * a referenced value is ambiguous (an error code) or off the sheet.
 */
function valueKeyer(
  wb: Workbook,
  sheet: SheetModel,
  segments: Segment[],
): ((dr: number, dc: number) => string | undefined) | null {
  const refs = segments.filter((s): s is RefToken => typeof s !== "string");
  const text = segments
    .filter((s): s is string => typeof s === "string")
    .join(" ")
    .replace(/"([^"]|"")*"/g, "");
  if (refs.length === 0 || POSITIONAL.test(text)) return null;
  if (refs.some((t) => t.end !== undefined || t.start.row === undefined || t.start.col === undefined))
    return null;
  const targets = refs.map((t) => (t.sheet === undefined ? sheet : wb.sheetByName(t.sheet)));
  if (targets.some((t) => t === undefined)) return null;
  return (dr, dc) => {
    const values: Evaluated[] = [];
    for (let i = 0; i < refs.length; i++) {
      const t = refs[i];
      const target = targets[i];
      if (!t || !target) return undefined;
      const r = (t.start.row ?? 0) + (t.start.rowAbs ? 0 : dr);
      const c = (t.start.col ?? 0) + (t.start.colAbs ? 0 : dc);
      if (r < 0 || c < 0 || r >= target.maxRows || c >= target.maxCols) return undefined;
      const v = wb.evaluated(target, r, c);
      if (typeof v === "string" && v.startsWith("#")) return undefined;
      values.push(v);
    }
    return `\u0001${JSON.stringify(values)}`;
  };
}

function valueTest(wb: Workbook, sheet: SheetModel, rule: CfModel): CellTest {
  const [a, b] = rule.values;
  const lower = (v: Scalar | undefined): string => text(v ?? null).toLowerCase();
  return (r, c) => {
    const v = wb.evaluated(sheet, r, c);
    const t = text(v).toLowerCase();
    switch (rule.criteria) {
      case "CELL_EMPTY":
        return t === "";
      case "CELL_NOT_EMPTY":
        return t !== "";
      case "TEXT_EQUAL_TO":
        return t === lower(a);
      case "TEXT_NOT_EQUAL_TO":
        return t !== lower(a);
      case "TEXT_CONTAINS":
        return t.includes(lower(a));
      case "TEXT_DOES_NOT_CONTAIN":
        return !t.includes(lower(a));
      case "TEXT_STARTS_WITH":
        return t.startsWith(lower(a));
      case "TEXT_ENDS_WITH":
        return t.endsWith(lower(a));
      case "NUMBER_GREATER_THAN":
        return typeof v === "number" && v > Number(a);
      case "NUMBER_LESS_THAN":
        return typeof v === "number" && v < Number(a);
      case "NUMBER_EQUAL_TO":
        return typeof v === "number" && v === Number(a);
      case "NUMBER_BETWEEN":
        return typeof v === "number" && v >= Number(a) && v <= Number(b);
      default:
        return false;
    }
  };
}

export interface CellFormat {
  r: number;
  c: number;
  format: CfFormat;
}

/** The conditional format of each cell in `area` (whole sheet when omitted): first matching rule wins. */
export function conditionalFormats(wb: Workbook, sheet: SheetModel, area?: Rect): CellFormat[] {
  const decided = new Map<number, CellFormat>();
  const key = (r: number, c: number): number => r * 20_000 + c;
  sheet.cf.forEach((rule, index) => {
    const test =
      rule.criteria === "CUSTOM_FORMULA" ? formulaTest(wb, sheet, rule, index) : valueTest(wb, sheet, rule);
    for (const range of rule.ranges) {
      if (area && !intersects(range, area)) continue;
      const r0 = area ? Math.max(range.r, area.r) : range.r;
      const r1 = area ? Math.min(range.r + range.h, area.r + area.h) : range.r + range.h;
      const c0 = area ? Math.max(range.c, area.c) : range.c;
      const c1 = area ? Math.min(range.c + range.w, area.c + area.w) : range.c + range.w;
      for (let r = r0; r < Math.min(r1, sheet.maxRows); r++) {
        for (let c = c0; c < Math.min(c1, sheet.maxCols); c++) {
          const k = key(r, c);
          if (decided.has(k)) continue;
          if (test(r, c)) decided.set(k, { r, c, format: rule.format });
        }
      }
    }
  });
  return [...decided.values()].sort((x, y) => x.r - y.r || x.c - y.c);
}

export function cellName(cf: CellFormat): string {
  return cellA1(cf.r, cf.c);
}
