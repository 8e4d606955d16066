/**
 * Initiatives pasted into the New matrix panel: one per line, either a bare name, `Area: Initiative`, or
 * two cells copied from a sheet (`Area<TAB>Initiative`). Pure, so it is tested without a browser.
 */

export interface PastedInitiative {
  name: string;
  area: string;
  /** 1-based line of the paste it came from, to point validation messages at it. */
  line: number;
}

export interface PasteResult {
  initiatives: PastedInitiative[];
  /** Lines whose cells beyond the first two were dropped (copied from a wider range). */
  extraColumns: number[];
}

const LINE_BREAK = /\r\n|\r|\n/;
/** `Area: Initiative`: the colon must be followed by a space, so "10:30 stand-up" or a URL stays whole. */
const AREA_PREFIX = /^([^:]+?)\s*:\s+(\S.*)$/;

/** A header row copied along with the data ("Area<TAB>Initiative") is not an initiative. */
function isHeader(cells: string[]): boolean {
  return cells.length >= 2 && cells[0].toLowerCase() === "area" && cells[1].toLowerCase() === "initiative";
}

export function parsePaste(text: string): PasteResult {
  const initiatives: PastedInitiative[] = [];
  const extraColumns: number[] = [];
  text.split(LINE_BREAK).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    if (raw.includes("\t")) {
      const cells = raw.split("\t").map((cell) => cell.trim());
      if (initiatives.length === 0 && isHeader(cells)) return;
      if (cells.slice(2).some((cell) => cell !== "")) extraColumns.push(line);
      const [first, second = ""] = cells;
      // One filled cell of the two is the name, whichever column it sat in.
      if (second === "") initiatives.push({ name: first, area: "", line });
      else initiatives.push({ name: second, area: first, line });
      return;
    }
    const text = raw.trim();
    const match = AREA_PREFIX.exec(text);
    if (match) initiatives.push({ name: match[2].trim(), area: match[1].trim(), line });
    else initiatives.push({ name: text, area: "", line });
  });
  // A row of only tabs and blanks has nothing in it.
  return { initiatives: initiatives.filter((i) => i.name !== ""), extraColumns };
}

/** The text a list of initiatives pastes back as, so a template's initiatives can be edited as text. */
export function formatPaste(initiatives: readonly { name: string; area: string }[]): string {
  return initiatives.map((i) => (i.area ? `${i.area}: ${i.name}` : i.name)).join("\n");
}
