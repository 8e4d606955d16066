/**
 * One row as the fixes see it: its codes (changed in place as fixes apply), how well each role's charter
 * matches its text, and where the changes and the skipped findings go.
 */
import { CODE_PARTS, codeOf, type Kind } from "../kinds";
import type { CompiledCharters, RoleMatch } from "../suggest/match";
import type { CanonicalCode, RuleName } from "../types";

export type Code = CanonicalCode | "";

/** Owns the row: A or A/R (Accountable, Approver). */
export const isAccountable = (code: Code): boolean => code !== "" && CODE_PARTS[code].includes("A");
/** Does the work: R or A/R, or DACI's Driver. */
export const isResponsible = (code: Code): boolean => code !== "" && CODE_PARTS[code].includes("R");
export const owns = (code: Code): boolean => isAccountable(code) || isResponsible(code);

/** The kind's code that both owns and does the work (RACI's A/R), or null when it has none (DACI). */
const ownerAndDoer = (kind: Kind): CanonicalCode | null =>
  kind.codes.find(({ code }) => CODE_PARTS[code].length === 2)?.code ?? null;

/** The code with A added: R becomes A/R, where the kind has it; a DACI Driver becomes the Approver. */
export const withA = (code: Code, kind: Kind): CanonicalCode =>
  isResponsible(code) ? (ownerAndDoer(kind) ?? "A") : "A";
/** The code with the doer's part added (A becomes A/R), or null when the kind cannot add it to an owner. */
export const withR = (code: Code, kind: Kind): CanonicalCode | null =>
  isAccountable(code) ? ownerAndDoer(kind) : codeOf(kind, "R");

export interface FixContext {
  roles: readonly string[];
  /** The matrix's kind: which codes a fix may write. */
  kind: Kind;
  compiled: CompiledCharters;
  /** The owner pair's role positions, or null. */
  pair: readonly [number, number] | null;
}

export interface FixRow {
  name: string;
  /** How messages name the row: its name, or "the initiative on row N". */
  label: string;
  codes: Code[];
  /** Best match first; empty when the text matches no charter. */
  matches: readonly RoleMatch[];
  scoreOf(role: number): number;
  /** "mentions 'process' — <charter line>", or null when the role's charter does not match the text. */
  evidence(role: number): string | null;
}

export interface FixOut {
  change(role: number, code: Code, rule: RuleName, reason: string): void;
  skip(rule: RuleName, reason: string): void;
}

/** One fix: looks at the row as the earlier fixes left it, and changes only what its rule needs. */
export type RowFix = (row: FixRow, ctx: FixContext, out: FixOut) => void;

/** The other role of the owner pair, or -1 when `role` is not in it. */
export function partnerOf(ctx: FixContext, role: number): number {
  if (ctx.pair === null) return -1;
  if (ctx.pair[0] === role) return ctx.pair[1];
  if (ctx.pair[1] === role) return ctx.pair[0];
  return -1;
}

/** "COO, CFO and CEO" */
export function listRoles(ctx: FixContext, roles: readonly number[]): string {
  const names = roles.map((r) => ctx.roles[r]);
  return names.length <= 1
    ? names.join("")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The best-matching of `candidates`, or null when no charter matches or two match equally well. */
export function bestOf(row: FixRow, candidates: readonly number[]): number | null {
  const ranked = [...candidates].sort((a, b) => row.scoreOf(b) - row.scoreOf(a) || a - b);
  if (ranked.length === 0 || row.scoreOf(ranked[0]) === 0) return null;
  if (ranked.length > 1 && row.scoreOf(ranked[0]) === row.scoreOf(ranked[1])) return null;
  return ranked[0];
}
