/**
 * A suggestion's reasons in the few words a 300 px sidebar has room for: the strongest one or two, each
 * the words that matched and the head of the charter line they matched ("mentions 'board', 'offsites' —
 * The executive team's agenda"). Pure.
 */

/** Suggestions less sure than this are marked "check this one" wherever they are shown. */
export const UNSURE_BELOW = 0.5;

export const isUnsure = (confidence: number): boolean => confidence < UNSURE_BELOW;

/** How many characters of a charter line the short reason keeps when the line has no "Head:" of its own. */
const LINE_HEAD = 40;

/** "COO: mentions 'costs' — Efficiency and operating costs: cut waste; …" → "mentions 'costs' — Efficiency and operating costs". */
export function shortReason(reason: string, owner: string | null): string {
  const ownerPrefix = owner === null ? "" : `${owner}: `;
  const text =
    ownerPrefix !== "" && reason.startsWith(ownerPrefix) ? reason.slice(ownerPrefix.length) : reason;
  const split = text.indexOf(" — ");
  if (split < 0) return text;
  return `${text.slice(0, split)} — ${lineHead(text.slice(split + 3))}`;
}

/** The strongest reasons (the engine gives them strongest first), shortened, on one line. */
export function reasonLine(reasons: readonly string[], owner: string | null, count = 2): string {
  return reasons
    .slice(0, count)
    .map((reason) => shortReason(reason, owner))
    .join(" · ");
}

function lineHead(line: string): string {
  const colon = line.indexOf(":");
  if (colon > 0 && colon <= LINE_HEAD) return line.slice(0, colon);
  if (line.length <= LINE_HEAD) return line;
  const cut = line.lastIndexOf(" ", LINE_HEAD);
  return `${line.slice(0, cut > 0 ? cut : LINE_HEAD)}…`;
}
