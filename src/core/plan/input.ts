/** What a plan is made from: the matrix's layout and settings, and what was found on its sheet. */
import type { MatrixSettings } from "../types";
import type { DecorRows } from "./decor";
import type { OwnerColumns } from "./formulas";
import type { Layout } from "./layout";
import type { RowKind } from "./rowKinds";

/** "full": the add-on's own look (generated matrices); "adopted": the table keeps the look its people gave it. */
export type MatrixStyle = "full" | "adopted";

export interface PlanInput {
  layout: Layout;
  settings: MatrixSettings;
  /** Column positions of the owner pair, or null when the pair is not (or no longer) in the matrix. */
  owners: OwnerColumns;
  /** The area of each row from the first data row to layout.lastRow, for banding ("" for none). */
  areas: string[];
  /** Where the legend and summary rows are (found on the sheet; none for an adopted table). */
  decor: DecorRows;
  style: MatrixStyle;
  /**
   * What each row from the first data row to layout.lastRow is; the add-on prepares only initiatives (and a
   * generated matrix's spare rows). Absent: every row is prepared (a new matrix).
   */
  kinds?: RowKind[];
}

export interface NewMatrixInput extends Omit<PlanInput, "decor" | "style"> {
  title: string;
  roles: string[];
  initiatives: { name: string; area: string; codes: string[] }[];
}
