/**
 * Where everything sits on a RACI sheet. Positions are 1-based, like Apps Script ranges.
 *
 *   row 1            title
 *   row 2            the rule of thumb (one A, at least one R; in DACI one D and one A)
 *   rows 3..7        per-role summary (A, R, C, I counts, labelled with what each letter means, and the
 *                    share owned; a RASCI matrix counts S too, so its summary ends on row 8 and everything
 *                    below is one row lower) · colour key above the Status header
 *   row 8            header: Area | Initiative | role … role | Status | Decision | Decided on | Agreed by |
 *                    Notes, then the hidden RACI check column (matrices made before Agreed by have none)
 *   row 9            people: "Held by" | the name of who holds each role (matrices made before it have none)
 *   rows 10..        one initiative per row, then spare rows ready for new initiatives
 *
 * Everything above the header is placed relative to it, so a matrix whose header a collaborator pushed
 * down (rows inserted above) keeps working.
 */
import { KINDS } from "../kinds";
import { normalizeName } from "../names";
import type { MatrixKind } from "../types";

export const HEADER_LABELS = { area: "Area", initiative: "Initiative", status: "Status" } as const;

/** The title, the legend and the kind's summary rows (kinds.ts), which sit between the legend and the header. */
export const rowsAboveHeader = (kind: MatrixKind): number => 2 + KINDS[kind].summary.length;

/** Empty rows prepared (formulas, dropdowns, highlighting) below the last initiative, for new ones. */
export const SPARE_ROWS = 20;

export interface Layout {
  headerRow: number;
  /** Null when a collaborator removed the Area column: the matrix still works without areas. */
  areaColumn: number | null;
  nameColumn: number;
  firstRoleColumn: number;
  roleCount: number;
  /** Last row that holds (or is prepared for) an initiative. */
  lastRow: number;
  /**
   * True when Decision, Decided on and Notes follow Status (matrices made before them have none until
   * someone adds them from Settings). Absent means false.
   */
  agreement?: boolean;
  /**
   * True when "Agreed by" stands between Decided on and Notes: who set each row Agreed. Matrices made before it
   * have the other agreement columns without it, until someone adds it from Settings. Absent means false.
   */
  agreedBy?: boolean;
  /**
   * True when the row right under the header names who holds each role (its Initiative cell says
   * PEOPLE_LABEL). It is not an initiative: never read, analysed, counted, validated or sorted as one.
   * Matrices made before it have none until someone adds it from Settings. Absent means false.
   */
  people?: boolean;
  /**
   * True when the hidden "RACI check" column follows the last visible column: one number per row that Status
   * and every highlighting rule read, so Sheets counts a row's codes once rather than once per cell. A matrix
   * made before it gets it on its next Refresh. Absent means false.
   */
  check?: boolean;
}

/** The Initiative cell of the people row, by which the row is found again. */
export const PEOPLE_LABEL = "Held by";
/** An initiative called "Held by" right under the header would be read back as the people row. */
export function reservedInitiativeProblem(name: string): string | null {
  return normalizeName(name) === normalizeName(PEOPLE_LABEL)
    ? `"${PEOPLE_LABEL}" labels the row of people's names; call the initiative something else.`
    : null;
}
/** The people row, or null when the matrix has none. */
export const peopleRow = (layout: Layout): number | null =>
  layout.people === true ? layout.headerRow + 1 : null;
export const firstDataRow = (layout: Layout): number => layout.headerRow + (layout.people === true ? 2 : 1);
/** The rows of initiatives and spare rows, from firstDataRow to lastRow. */
export const dataRowCount = (layout: Layout): number => layout.lastRow - firstDataRow(layout) + 1;
export const statusColumn = (layout: Layout): number => layout.firstRoleColumn + layout.roleCount;
export const lastRoleColumn = (layout: Layout): number => layout.firstRoleColumn + layout.roleCount - 1;
/** Where a new matrix of `kind` puts its title, legend and summary rows. */
export const titleRow = (layout: Layout, kind: MatrixKind): number =>
  layout.headerRow - rowsAboveHeader(kind);
export const legendRow = (layout: Layout, kind: MatrixKind): number => titleRow(layout, kind) + 1;
export const summaryRow = (layout: Layout, kind: MatrixKind, index: number): number =>
  legendRow(layout, kind) + 1 + index;
/** The leftmost column of the matrix: Area, or Initiative when there is no Area column. */
export const leftColumn = (layout: Layout): number => layout.areaColumn ?? layout.nameColumn;

/** The agreement columns, right of Status: the decision, the date it was last set, and why. */
export const AGREEMENT_LABELS = ["Decision", "Decided on", "Notes"] as const;
/** The column of who agreed, between Decided on and Notes (core/signoff/record.ts says what it holds). */
export const AGREED_BY_LABEL = "Agreed by";
/** The agreement columns of this layout, in order: with Agreed by before Notes when it has that column. */
export const agreementLabels = (layout: Pick<Layout, "agreedBy">): string[] =>
  layout.agreedBy === true
    ? [AGREEMENT_LABELS[0], AGREEMENT_LABELS[1], AGREED_BY_LABEL, AGREEMENT_LABELS[2]]
    : [...AGREEMENT_LABELS];
/** What a person sets in a Decision cell; a new row starts Proposed. */
export const DECISIONS = ["Proposed", "Agreed", "Disputed"] as const;
/** What the add-on writes over "Agreed" when the row's codes change afterwards. */
export const CHANGED_SINCE_AGREED = "Changed since agreed";
/**
 * The Decision dropdown: what people set, and the add-on's own value, so that a row the add-on reopened is not
 * flagged as outside the list (Sheets marks a value outside a dropdown's list with a red corner).
 */
export const DECISION_VALUES = [...DECISIONS, CHANGED_SINCE_AGREED] as const;
export const decisionColumn = (layout: Layout): number => statusColumn(layout) + 1;
export const decidedColumn = (layout: Layout): number => statusColumn(layout) + 2;
/** Agreed by; only for a layout with `agreedBy`. */
export const agreedByColumn = (layout: Layout): number => statusColumn(layout) + 3;
export const notesColumn = (layout: Layout): number =>
  statusColumn(layout) + (layout.agreedBy === true ? 4 : 3);
/** The rightmost column people see: Notes, or Status when the matrix has no agreement columns. */
export const visibleRightColumn = (layout: Layout): number =>
  layout.agreement === true ? notesColumn(layout) : statusColumn(layout);
/** The hidden per-row check, right of everything people see. */
export const CHECK_LABEL = "RACI check";
export const checkColumn = (layout: Layout): number => visibleRightColumn(layout) + 1;
/** The rightmost column of the matrix: the check column, or the rightmost column people see. */
export const rightColumn = (layout: Layout): number =>
  layout.check === true ? checkColumn(layout) : visibleRightColumn(layout);

/** The layout of a newly generated matrix of `kind` (with its people row unless `people` is false). */
export function newLayout(
  roleCount: number,
  initiativeCount: number,
  people = true,
  kind: MatrixKind = "RACI",
): Layout {
  const headerRow = rowsAboveHeader(kind) + 1;
  return {
    headerRow,
    areaColumn: 1,
    nameColumn: 2,
    firstRoleColumn: 3,
    roleCount,
    lastRow: headerRow + (people ? 1 : 0) + initiativeCount + SPARE_ROWS,
    agreement: true,
    agreedBy: true,
    ...(people ? { people } : {}),
    check: true,
  };
}
