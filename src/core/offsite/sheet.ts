/**
 * The printable offsite pack: a sheet of the add-on's (marked raci.offsite) with the same rows as the sidebar's
 * view, one table the add-on writes from A1 and rewrites when someone asks. Every cell is a value written
 * literally (the apostrophe prefix), never a formula, so no name or note can become one. Planned here;
 * sheets/offsite.ts writes it.
 */
import type { OffsitePack, OffsiteRow } from "../api";
import { PRODUCT_NAME } from "../keys";
import { fill, literal, paste } from "../plan/grid";
import { HEADER_BACKGROUND, MUTED_TEXT } from "../plan/palette";
import type { CellBlock, GridRange, PlanValue } from "../plan/types";
import { holdersText, SETTLE_TITLES, settleLine } from "./text";

/** The name a pack's sheet is made with (made unique when a sheet of the user's has it). */
export const offsiteSheetName = (matrix: string): string => `Offsite pack – ${matrix}`;

const ROWS_HEADER = [
  "To settle",
  "Area",
  "Initiative",
  "Decision",
  "Who holds what",
  "Agreed by",
  "Findings",
];
const PEOPLE_HEADER = ["Role", "Held by"];
const WIDTHS = [150, 120, 240, 130, 280, 200, 320];
export const OFFSITE_COLUMNS = ROWS_HEADER.length;

export const OFFSITE_PROTECTION =
  `The offsite pack is written by ${PRODUCT_NAME}; it is rewritten, and edits here replaced, ` +
  "when someone makes the pack again.";

export interface OffsiteSheetPlan {
  /** Everything the add-on writes, from A1: OFFSITE_COLUMNS wide. */
  range: GridRange;
  /** The values of `range`, then its formats. */
  blocks: CellBlock[];
  columnWidths: { column: number; width: number }[];
  /** Warning-only, over the whole table: nobody types there by accident and loses it to the next refresh. */
  protection: { range: GridRange; description: string };
}

/** `asOf`: the day the pack was made, as the spreadsheet's time zone has it ("2026-05-12"). */
export function planOffsiteSheet(pack: OffsitePack, asOf: string): OffsiteSheetPlan {
  const lines: string[][] = [
    [`Offsite pack — ${pack.sheetName}`],
    [
      `The rows of “${pack.sheetName}” still to settle, as of ${asOf}: disputed, changed since agreed, with a ` +
        `finding, not yet agreed. Made again from Extensions › ${PRODUCT_NAME} › Offsite pack of this matrix.`,
    ],
    [settleLine(pack)],
    [],
    ["Who holds each role"],
    PEOPLE_HEADER,
    ...pack.people.map((p) => [p.role, p.heldBy === "" ? "nobody named" : p.heldBy]),
    [],
  ];
  const tableHeader = lines.length + 1;
  lines.push(ROWS_HEADER, ...pack.rows.map(rowCells));
  const values = fill<PlanValue>(lines.length, OFFSITE_COLUMNS, "");
  paste(
    values,
    0,
    0,
    lines.map((cells) => cells.map((text) => literal(text))),
  );
  const range: GridRange = { row: 1, column: 1, numRows: values.length, numColumns: OFFSITE_COLUMNS };
  const row = (r: number, numColumns = OFFSITE_COLUMNS): GridRange => ({
    row: r,
    column: 1,
    numRows: 1,
    numColumns,
  });
  const headerFormat = { fontWeight: "bold", background: HEADER_BACKGROUND } as const;
  return {
    range,
    blocks: [
      { range, values, format: { fontWeight: "normal", fontSize: 10, wrap: false, background: "#ffffff" } },
      { range: row(1, 1), format: { fontWeight: "bold", fontSize: 14 } },
      { range: row(2, 1), format: { fontColor: MUTED_TEXT } },
      { range: row(5, 1), format: { fontWeight: "bold" } },
      { range: row(6, PEOPLE_HEADER.length), format: headerFormat },
      { range: row(tableHeader), format: headerFormat },
      ...(pack.rows.length > 0
        ? [{ range: { ...range, row: tableHeader + 1, numRows: pack.rows.length }, format: { wrap: true } }]
        : []),
    ],
    columnWidths: WIDTHS.map((width, i) => ({ column: i + 1, width })),
    protection: { range, description: OFFSITE_PROTECTION },
  };
}

function rowCells(row: OffsiteRow): string[] {
  return [
    SETTLE_TITLES[row.reason],
    row.area,
    row.initiative === "" ? `Row ${row.row} (no name)` : row.initiative,
    row.decision,
    holdersText(row),
    row.signOff,
    row.findings.map((finding) => finding.message).join("\n"),
  ];
}
