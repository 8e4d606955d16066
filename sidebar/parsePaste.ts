/**
 * Initiatives pasted into the New matrix panel: one per line, either a bare name, `Area: Initiative`, or
 * two cells copied from a sheet (`Area<TAB>Initiative`). A line ending with a colon ("Exec support:") is a
 * heading: the area of the lines below it that name none of their own, up to the next heading. Pure, so it
 * is tested without a browser.
 */

export interface PastedInitiative {
  name: string;
  area: string;
  /** 1-based line of the paste it came from, to point validation messages at it. */
  line: number;
  /** The line of the heading its area came from, when it named none of its own. */
  heading?: number;
}

/** A heading line, and how many of the lines below it took its area. */
export interface PastedHeading {
  area: string;
  line: number;
  lines: number;
}

export interface PasteResult {
  initiatives: PastedInitiative[];
  headings: PastedHeading[];
  /** Lines whose cells beyond the first two were dropped (copied from a wider range). */
  extraColumns: number[];
}

const LINE_BREAK = /\r\n|\r|\n/;
/** `Area: Initiative`: the colon must be followed by a space, so "10:30 stand-up" or a URL stays whole. */
const AREA_PREFIX = /^([^:]+?)\s*:\s+(\S.*)$/;
/** `Exec support:` alone on its line. */
const HEADING = /^(.*\S)\s*:$/;

/** A header row copied along with the data ("Area<TAB>Initiative") is not an initiative. */
function isHeader(cells: string[]): boolean {
  return cells.length >= 2 && cells[0].toLowerCase() === "area" && cells[1].toLowerCase() === "initiative";
}

export function parsePaste(text: string): PasteResult {
  const initiatives: PastedInitiative[] = [];
  const extraColumns: number[] = [];
  const headings: PastedHeading[] = [];
  /** The heading the lines below are under, if any. */
  let under: PastedHeading | null = null;
  const add = (name: string, area: string, line: number): void => {
    if (name === "") return; // a row of only tabs and blanks has nothing in it
    if (area === "" && under !== null) {
      under.lines++;
      initiatives.push({ name, area: under.area, line, heading: under.line });
    } else initiatives.push({ name, area, line });
  };
  text.split(LINE_BREAK).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    if (raw.includes("\t")) {
      const cells = raw.split("\t").map((cell) => cell.trim());
      if (initiatives.length === 0 && isHeader(cells)) return;
      if (cells.slice(2).some((cell) => cell !== "")) extraColumns.push(line);
      const [first, second = ""] = cells;
      // One filled cell of the two is the name, whichever column it sat in.
      if (second === "") add(first, "", line);
      else add(second, first, line);
      return;
    }
    const text = raw.trim();
    const heading = HEADING.exec(text);
    if (heading) {
      under = { area: heading[1].trim(), line, lines: 0 };
      headings.push(under);
      return;
    }
    const match = AREA_PREFIX.exec(text);
    if (match) add(match[2].trim(), match[1].trim(), line);
    else add(text, "", line);
  });
  return { initiatives, headings, extraColumns };
}

/** The text a list of initiatives pastes back as, so a template's initiatives can be edited as text. */
export function formatPaste(initiatives: readonly { name: string; area: string }[]): string {
  return initiatives.map((i) => (i.area ? `${i.area}: ${i.name}` : i.name)).join("\n");
}
