/**
 * A whole suggested row (docs/domain.md "Suggestions"): the best-matching role is accountable; exactly one A, at
 * least one R, and never both roles of the owner pair with R or A; then in the codes of the matrix's kind
 * (kindRow.ts: one Driver and one Approver in DACI). Between the pair, the one whose charter
 * matches better does the work and the other is consulted (when its charter is touched) or informed; on the
 * CEO's decisions the pair's executive support (the Chief of Staff) does the work. The other
 * roles take the part their charters give them: department heads do operational work, the CEO is consulted
 * or informed on work it does not own, and any role whose charter the text touches is consulted.
 */
import { KINDS } from "../kinds";
import type { CanonicalCode, MatrixKind } from "../types";
import { fitToKind } from "./kindRow";
import type { RoleMatch, RoleCharter } from "./match";

type Code = CanonicalCode | "";

/** docs/domain.md's TOO_MANY_CONSULTED and TOO_MANY_INFORMED defaults: a suggestion never trips them. */
const MAX_CONSULTED = 3;
const MAX_INFORMED = 5;

/** The codes of a row of `kind` whose best match is `matches[0]`; `matches` must not be empty. */
export function suggestRow(
  charters: readonly RoleCharter[],
  matches: readonly RoleMatch[],
  pair: readonly [number, number] | null,
  kind: MatrixKind,
): Code[] {
  const scores = new Map<number, number>();
  for (const match of matches) scores.set(match.role, match.score);
  const scoreOf = (role: number) => scores.get(role) ?? 0;
  const codes = new Array<Code>(charters.length).fill("");
  let consulted = 0;
  let informed = 0;
  const involve = (role: number) => {
    if (codes[role] !== "") return;
    if (scoreOf(role) > 0 && consulted < MAX_CONSULTED) {
      codes[role] = "C";
      consulted++;
    } else if (informed < MAX_INFORMED) {
      codes[role] = "I";
      informed++;
    }
  };

  const owner = matches[0].role;
  codes[owner] = "A";
  if (pair !== null && pair[0] !== pair[1]) {
    const [first, second] = pair;
    // The article: the Chief of Staff supports the executives' decisions, so does the work of the CEO's.
    const support =
      charters[owner].part === "decider"
        ? [first, second].find((role) => charters[role].part === "executive-support")
        : undefined;
    if (support !== undefined) codes[support] = "R";
    else if (owner !== first && owner !== second && (scoreOf(first) > 0 || scoreOf(second) > 0))
      codes[scoreOf(first) >= scoreOf(second) ? first : second] = "R";
    // The pair member that neither owns nor does the work still hears of it: they complement each other.
    involve(first);
    involve(second);
  }
  const operational = charters[owner].part === "operations-owner";
  charters.forEach((charter, role) => {
    if (charter.part === "operational-doer" && operational && codes[role] === "") codes[role] = "R";
  });
  charters.forEach((charter, role) => {
    if (charter.part === "operational-doer" || charter.part === "decider") involve(role);
  });
  // Other roles whose charters the text touches, best match first.
  for (const match of matches) if (consulted < MAX_CONSULTED && codes[match.role] === "") involve(match.role);
  if (!codes.includes("R")) codes[owner] = "A/R";
  return fitToKind(codes, KINDS[kind], { charters, scoreOf, pair, maxConsulted: MAX_CONSULTED });
}
