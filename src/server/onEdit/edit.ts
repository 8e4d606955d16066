/** What the onEdit handlers share: the edited rows, the log they append to, a cell read as text. */
import type { A1Range } from "../../core/a1";
import type { CellValue } from "../../core/types";
import type { LogEntry } from "../../sheets/changeLog";

export interface EditedRows {
  row: number;
  endRow: number;
  edited: A1Range;
  /** For each row from `row` to `endRow`: whether it is a row of the matrix. */
  inMatrix: boolean[];
  /** Those rows from the name column to the last role. */
  rows: CellValue[][];
}

export type Log = (entry: Omit<LogEntry, "time" | "user" | "matrix" | "sheetId">) => void;

export const cellText = (value: CellValue): string =>
  value === null || value === undefined ? "" : String(value).trim();
