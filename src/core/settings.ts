/** A matrix's kind, thresholds and owner pair: defaults from docs/domain.md, and validation of stored or edited values. */
import { ErrorList, own } from "./fieldErrors";
import { isRecord, orList, shorten } from "./guards";
import { DEFAULT_KIND, isMatrixKind, MATRIX_KINDS } from "./kinds";
import { MAX_INITIATIVES, MAX_ROLES } from "./limits";
import { indexNames } from "./names";
import { defaultOwnerPair, readOwnerPair } from "./ownerPair";
import type { FieldError, MatrixKind, MatrixSettings } from "./types";

/** Practitioners' defaults (docs/domain.md). */
export const DEFAULT_SETTINGS: Readonly<MatrixSettings> = Object.freeze<MatrixSettings>({
  kind: DEFAULT_KIND,
  ownerPair: ["COO", "Chief of Staff"],
  maxResponsible: 3,
  maxConsulted: 3,
  maxInformed: 5,
  overloadShare: 0.6,
  overloadMinInitiatives: 4,
  pairSignOff: false,
});

export type SettingsResult = { ok: true; value: MatrixSettings } | { ok: false; errors: FieldError[] };

type CountField = "maxResponsible" | "maxConsulted" | "maxInformed" | "overloadMinInitiatives";

/** Upper bounds: a threshold above the largest matrix the add-on accepts would only disable its rule. */
const COUNT_LIMITS: Record<CountField, number> = {
  maxResponsible: MAX_ROLES,
  maxConsulted: MAX_ROLES,
  maxInformed: MAX_ROLES,
  overloadMinInitiatives: MAX_INITIATIVES,
};

function readCount(input: Record<string, unknown>, key: CountField, errors: ErrorList): number {
  const value = own(input, key);
  if (value === undefined) return DEFAULT_SETTINGS[key];
  const max = COUNT_LIMITS[key];
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
    errors.add(key, `Must be a whole number from 0 to ${max}.`);
    return DEFAULT_SETTINGS[key];
  }
  return value;
}

/** The kind: absent (settings stored before kinds existed) means RACI. */
export function readKind(value: unknown, field: string, errors: ErrorList): MatrixKind {
  if (value === undefined) return DEFAULT_KIND;
  if (isMatrixKind(value)) return value;
  const known = orList(MATRIX_KINDS.map((kind) => `"${kind}"`));
  errors.add(field, `Unknown kind${typeof value === "string" ? ` "${shorten(value)}"` : ""}. Use ${known}.`);
  return DEFAULT_KIND;
}

function readShare(input: Record<string, unknown>, errors: ErrorList): number {
  const value = own(input, "overloadShare");
  if (value === undefined) return DEFAULT_SETTINGS.overloadShare;
  if (typeof value !== "number" || !(value > 0 && value <= 1)) {
    errors.add("overloadShare", "Must be a share above 0 and at most 1, for example 0.6 for 60%.");
    return DEFAULT_SETTINGS.overloadShare;
  }
  return value;
}

function readSwitch(input: Record<string, unknown>, key: "pairSignOff", errors: ErrorList): boolean {
  const value = own(input, key);
  if (value === undefined) return DEFAULT_SETTINGS[key];
  if (typeof value !== "boolean") {
    errors.add(key, "Must be true or false.");
    return DEFAULT_SETTINGS[key];
  }
  return value;
}

/**
 * Settings for a matrix with these `roles`. Missing fields take their defaults; a missing owner pair is the
 * default pair when both of its roles exist, else none. undefined or null input means all defaults.
 */
export function validateSettings(input: unknown, roles: string[]): SettingsResult {
  const errors = new ErrorList("settings");
  if (input !== undefined && input !== null && !isRecord(input)) {
    return { ok: false, errors: [{ field: "settings", message: "Settings must be an object." }] };
  }
  const given = isRecord(input) ? input : {};
  const names = roles.map((role) => role.trim());
  const index = indexNames(names);
  const pairInput = own(given, "ownerPair");
  const value: MatrixSettings = {
    kind: readKind(own(given, "kind"), "kind", errors),
    ownerPair:
      pairInput === undefined
        ? defaultOwnerPair(DEFAULT_SETTINGS.ownerPair, names, index)
        : readOwnerPair(pairInput, names, index, "ownerPair", errors),
    maxResponsible: readCount(given, "maxResponsible", errors),
    maxConsulted: readCount(given, "maxConsulted", errors),
    maxInformed: readCount(given, "maxInformed", errors),
    overloadShare: readShare(given, errors),
    overloadMinInitiatives: readCount(given, "overloadMinInitiatives", errors),
    pairSignOff: readSwitch(given, "pairSignOff", errors),
  };
  return errors.size > 0 ? { ok: false, errors: errors.toArray() } : { ok: true, value };
}
