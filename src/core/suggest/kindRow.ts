/**
 * A suggested row in the codes of the matrix's kind (docs/domain.md "Kinds of matrix"). The suggestion is worked
 * out as a RACI row (rows.ts); a kind that has all its codes (RACI, RASCI) takes it as it is. A kind without a
 * code that both owns and does the work, and with one doer per row (DACI), gets a row that passes its rules:
 *
 * - an owner that would also do the work (A/R) drives the decision, and the role that makes the company's
 *   decisions (the CEO) approves it, as the Chief of Staff prepares decisions for the CEO; without such a role
 *   the owner approves;
 * - one doer stays, the owner pair's first, then the best match; the others contribute (C) or are informed;
 * - with nobody doing the work, the best-matching role besides the owner and its partner in the pair does it.
 */
import { CODE_PARTS, type Kind } from "../kinds";
import type { CanonicalCode, Part } from "../types";
import type { RoleCharter } from "./match";

type Code = CanonicalCode | "";

export interface RowContext {
  charters: readonly RoleCharter[];
  scoreOf: (role: number) => number;
  pair: readonly [number, number] | null;
  /** No more than this many consulted, so a suggestion never trips TOO_MANY_CONSULTED. */
  maxConsulted: number;
}

const holds = (code: Code, part: Part): boolean => code !== "" && CODE_PARTS[code].includes(part);

/** The kind's code with the same parts as `code` (DACI's D for an R), or "" when the kind has none. */
function inKind(code: Code, kind: Kind): Code {
  if (code === "") return "";
  const parts = CODE_PARTS[code];
  const same = kind.codes.find(
    (c) => CODE_PARTS[c.code].length === parts.length && parts.every((p) => CODE_PARTS[c.code].includes(p)),
  );
  return same?.code ?? "";
}

/** `codes` (a whole RACI row with one A) as a row of `kind`; changed in place and returned. */
export function fitToKind(codes: Code[], kind: Kind, ctx: RowContext): Code[] {
  const owner = codes.findIndex((code) => holds(code, "A"));
  if (owner < 0) return codes;
  // Never the owner's partner in the pair: the two must not both own the row.
  const partner = ctx.pair?.includes(owner) ? ctx.pair[ctx.pair[0] === owner ? 1 : 0] : -1;
  const free = (role: number) => role !== owner && role !== partner;
  if (inKind(codes[owner], kind) === "") {
    const decider = ctx.charters.findIndex((c, role) => c.part === "decider" && free(role));
    codes[owner] = decider >= 0 ? "R" : "A";
    if (decider >= 0) codes[decider] = "A";
  }
  const doers = codes.flatMap((code, role) => (holds(code, "R") && !holds(code, "A") ? [role] : []));
  if (kind.soleDoer && doers.length > 1) {
    const rank = (role: number) => (ctx.pair?.includes(role) ? 1 : 0) * 1e9 + ctx.scoreOf(role);
    const keep = [...doers].sort((a, b) => rank(b) - rank(a) || a - b)[0];
    for (const role of doers) {
      if (role === keep) continue;
      codes[role] = codes.filter((code) => code === "C").length < ctx.maxConsulted ? "C" : "I";
    }
  }
  if (!codes.some((code) => holds(code, "R"))) {
    const candidates = codes.map((_, role) => role).filter(free);
    const best = candidates.sort((a, b) => ctx.scoreOf(b) - ctx.scoreOf(a) || a - b)[0];
    if (best !== undefined) codes[best] = "R";
  }
  return codes.map((code) => inKind(code, kind));
}
