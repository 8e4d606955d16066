/**
 * Apps Script enums. Each value is a frozen object that prints as its name (as Apps Script enums do:
 * `String(ScriptApp.AuthMode.LIMITED) === "LIMITED"`) and compares by identity.
 */
export interface EnumValue {
  readonly type: string;
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

export type EnumOf<K extends string> = Readonly<Record<K, EnumValue>>;

const registry = new Map<string, Map<string, EnumValue>>();

export function makeEnum<K extends string>(type: string, names: readonly K[]): EnumOf<K> {
  const values = new Map<string, EnumValue>();
  const out: Partial<Record<K, EnumValue>> = {};
  names.forEach((n, i) => {
    const value: EnumValue = Object.freeze({
      type,
      name: () => n,
      ordinal: () => i,
      toString: () => n,
      toJSON: () => n,
    });
    values.set(n, value);
    out[n] = value;
  });
  registry.set(type, values);
  return Object.freeze(out) as EnumOf<K>;
}

/** Looks up an enum value by type and name (used when restoring saved state). */
export function enumValue(type: string, name: string): EnumValue | undefined {
  return registry.get(type)?.get(name);
}

export function isEnumValue(x: unknown, type?: string): x is EnumValue {
  if (typeof x !== "object" || x === null) return false;
  const t = (x as { type?: unknown }).type;
  return typeof t === "string" && registry.get(t)?.get(String(x)) === x && (type === undefined || t === type);
}

// ScriptApp.AuthMode reference: NONE, CUSTOM_FUNCTION, LIMITED, FULL.
export const AuthMode = makeEnum("AuthMode", ["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"] as const);
export const TriggerSource = makeEnum("TriggerSource", [
  "SPREADSHEETS",
  "CLOCK",
  "FORMS",
  "DOCUMENTS",
  "SLIDES",
  "CALENDAR",
] as const);

export const DataValidationCriteria = makeEnum("DataValidationCriteria", [
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
] as const);

export const BooleanCriteria = makeEnum("BooleanCriteria", [
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_NOT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
] as const);

export const ProtectionType = makeEnum("ProtectionType", ["RANGE", "SHEET"] as const);
export const DeveloperMetadataVisibility = makeEnum("DeveloperMetadataVisibility", [
  "DOCUMENT",
  "PROJECT",
] as const);
export const DeveloperMetadataLocationType = makeEnum("DeveloperMetadataLocationType", [
  "SPREADSHEET",
  "SHEET",
  "ROW",
  "COLUMN",
] as const);
export const WrapStrategy = makeEnum("WrapStrategy", ["WRAP", "OVERFLOW", "CLIP"] as const);
export const BorderStyle = makeEnum("BorderStyle", [
  "DOTTED",
  "DASHED",
  "SOLID",
  "SOLID_MEDIUM",
  "SOLID_THICK",
  "DOUBLE",
] as const);
export const SheetType = makeEnum("SheetType", ["GRID", "OBJECT", "DATASOURCE"] as const);
export const SandboxMode = makeEnum("SandboxMode", ["EMULATED", "IFRAME", "NATIVE"] as const);
export const XFrameOptionsMode = makeEnum("XFrameOptionsMode", ["ALLOWALL", "DEFAULT"] as const);
export const ButtonSet = makeEnum("ButtonSet", ["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"] as const);
export const Button = makeEnum("Button", ["CLOSE", "OK", "CANCEL", "YES", "NO"] as const);
