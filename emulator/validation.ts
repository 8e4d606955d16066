/**
 * Data validation (SpreadsheetApp.newDataValidation, DataValidationBuilder, DataValidation). Builders run
 * locally in Apps Script, so none of this is counted as a service call.
 *
 * Checking: Sheets checks validation only for what a user enters. With allowInvalid false the entry is
 * rejected; with allowInvalid true ("show a warning", the builder's default) it is kept and flagged.
 * Script writes are not checked — Range.setValue/setValues store whatever they are given.
 */
import { Messages, fail, typeList } from "./errors";
import { DataValidationCriteria, type EnumValue, isEnumValue } from "./enums";
import type { Evaluated } from "./formulas";
import { requireRange } from "./handles";
import type { Api } from "./kernel";
import { RangeApi } from "./range";
import type { RangeRef, ValidationArg, ValidationModel } from "./sheet-model";
import type { Scalar } from "./values";
import type { Workbook } from "./workbook";

function isRangeRef(arg: ValidationArg): arg is RangeRef {
  return typeof arg === "object" && arg !== null && !Array.isArray(arg);
}

function toScalarList(values: unknown, method: string): Scalar[] {
  if (!Array.isArray(values)) fail(Messages.signature(typeList([values]), method));
  return values.map((v): Scalar => (typeof v === "number" || typeof v === "boolean" ? v : String(v)));
}

/** The script-facing view of a criteria argument (ranges become Range objects). */
function argOut(api: Api, arg: ValidationArg): unknown {
  if (isRangeRef(arg)) {
    const sheet = api.k.wb.sheetById(arg.sheetId);
    return sheet ? api.wrap(new RangeApi(api, sheet, arg.rect), "Range") : null;
  }
  return Array.isArray(arg) ? [...arg] : arg;
}

export class DataValidationBuilder {
  private criteria: string | null = null;
  private args: ValidationArg[] = [];
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(
    private readonly api: Api,
    from?: ValidationModel,
  ) {
    if (from) {
      this.criteria = from.criteria;
      this.args = [...from.args];
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }

  private set(criteria: string, args: ValidationArg[]): this {
    this.criteria = criteria;
    this.args = args;
    return this;
  }

  requireValueInList(values: unknown, showDropdown?: unknown): this {
    return this.set("VALUE_IN_LIST", [
      toScalarList(values, "DataValidationBuilder.requireValueInList"),
      showDropdown !== false,
    ]);
  }

  requireValueInRange(range: unknown, showDropdown?: unknown): this {
    const h = requireRange(range, "DataValidationBuilder.requireValueInRange");
    return this.set("VALUE_IN_RANGE", [{ sheetId: h.sheet.id, rect: h.rect }, showDropdown !== false]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const args: ValidationArg[] = [];
    if (checkedValue !== undefined) args.push(String(checkedValue));
    if (uncheckedValue !== undefined) args.push(String(uncheckedValue));
    return this.set("CHECKBOX", args);
  }

  requireNumberBetween(start: unknown, end: unknown): this {
    return this.set("NUMBER_BETWEEN", [Number(start), Number(end)]);
  }

  requireNumberGreaterThan(n: unknown): this {
    return this.set("NUMBER_GREATER_THAN", [Number(n)]);
  }

  requireNumberLessThan(n: unknown): this {
    return this.set("NUMBER_LESS_THAN", [Number(n)]);
  }

  requireTextEqualTo(text: unknown): this {
    return this.set("TEXT_EQUAL_TO", [String(text)]);
  }

  requireTextContains(text: unknown): this {
    return this.set("TEXT_CONTAINS", [String(text)]);
  }

  requireFormulaSatisfied(formula: unknown): this {
    return this.set("CUSTOM_FORMULA", [String(formula)]);
  }

  withCriteria(criteria: unknown, args: unknown): this {
    if (!isEnumValue(criteria, "DataValidationCriteria") || !Array.isArray(args)) {
      fail(Messages.signature(typeList([criteria, args]), "DataValidationBuilder.withCriteria"));
    }
    return this.set(
      String(criteria),
      args.map((a): ValidationArg => {
        const h = requireRangeOrUndefined(a);
        if (h) return h;
        return Array.isArray(a) ? toScalarList(a, "DataValidationBuilder.withCriteria") : (a as Scalar);
      }),
    );
  }

  setAllowInvalid(allowInvalidData: unknown): this {
    this.allowInvalid = allowInvalidData !== false;
    return this;
  }

  setHelpText(helpText: unknown): this {
    this.helpText = helpText === null || helpText === undefined ? null : String(helpText);
    return this;
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  getCriteriaType(): EnumValue | null {
    return this.criteria === null ? null : criteriaEnum(this.criteria);
  }

  getCriteriaValues(): unknown[] {
    return this.args.map((a) => argOut(this.api, a));
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.api, this.model());
  }

  build(): DataValidation {
    if (this.criteria === null)
      fail("The data validation rule has no criteria. Call a require… method first."); // emulator wording
    return new DataValidation(this.api, this.model());
  }

  private model(): ValidationModel {
    return {
      criteria: this.criteria ?? "",
      args: [...this.args],
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    };
  }
}

function requireRangeOrUndefined(x: unknown): RangeRef | undefined {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return undefined;
  const h = requireRange(x, "DataValidationBuilder.withCriteria");
  return { sheetId: h.sheet.id, rect: h.rect };
}

function criteriaEnum(name: string): EnumValue {
  const value = (DataValidationCriteria as Readonly<Record<string, EnumValue>>)[name];
  if (!value) throw new Error(`unknown data validation criteria ${name}`);
  return value;
}

/** A built rule (DataValidation). */
export class DataValidation {
  constructor(
    private readonly api: Api,
    readonly model: ValidationModel,
  ) {}

  getCriteriaType(): EnumValue {
    return criteriaEnum(this.model.criteria);
  }

  getCriteriaValues(): unknown[] {
    return this.model.args.map((a) => argOut(this.api, a));
  }

  getAllowInvalid(): boolean {
    return this.model.allowInvalid;
  }

  getHelpText(): string | null {
    return this.model.helpText;
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.api, this.model);
  }
}

export function validationModelOf(x: unknown, method: string): ValidationModel | undefined {
  if (x === null || x === undefined) return undefined;
  if (x instanceof DataValidation) return x.model;
  return fail(Messages.signature(typeList([x]), method));
}

function asText(v: Evaluated): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Whether a user-entered value satisfies a rule. Empty input always passes. */
export function satisfies(wb: Workbook, model: ValidationModel, value: Evaluated): boolean {
  if (value === null || value === "") return true;
  const [a, b] = model.args;
  switch (model.criteria) {
    case "VALUE_IN_LIST":
      return Array.isArray(a) && a.some((item) => asText(item) === asText(value));
    case "VALUE_IN_RANGE": {
      if (!a || !isRangeRef(a)) return true;
      const sheet = wb.sheetById(a.sheetId);
      if (!sheet) return true;
      return wb.readBlock(sheet, a.rect, asText).some((row) => row.includes(asText(value)));
    }
    case "CHECKBOX":
      if (a === undefined) return typeof value === "boolean";
      return (
        asText(value) === asText(a as Scalar) || (b !== undefined && asText(value) === asText(b as Scalar))
      );
    case "NUMBER_BETWEEN":
      return typeof value === "number" && value >= Number(a) && value <= Number(b);
    case "NUMBER_GREATER_THAN":
      return typeof value === "number" && value > Number(a);
    case "NUMBER_LESS_THAN":
      return typeof value === "number" && value < Number(a);
    case "TEXT_EQUAL_TO":
      return asText(value) === asText(a as Scalar);
    case "TEXT_CONTAINS":
      return asText(value).includes(asText(a as Scalar));
    default:
      return true; // custom formulas and other criteria are not checked by the emulator
  }
}

/** The message Sheets shows when it rejects input: the rule's help text, else a generic one. */
export function rejectionMessage(model: ValidationModel, a1: string): string {
  if (model.helpText) return model.helpText;
  const what =
    model.criteria === "VALUE_IN_LIST" || model.criteria === "VALUE_IN_RANGE"
      ? "an item on the specified list"
      : "valid";
  return `There was a problem: input to cell ${a1} must be ${what}.`; // emulator wording
}
