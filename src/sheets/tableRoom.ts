/**
 * Room for a table the add-on rewrites on a sheet of its own (the overview, the offsite pack), whose other
 * cells are the users': it grows by inserting rows and columns right after the old table, as Sheets' own Insert
 * does (whatever people keep below or beside it moves, never overwritten), and shrinks by clearing only the
 * cells it no longer uses.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How much of the sheet the table took when it was last written: rows from its top row, columns from A. */
export interface TableSize {
  rows: number;
  columns: number;
}

/** A sheet new to the table: enough rows and columns for it. */
export function fitTable(sheet: Sheet, top: number, size: TableSize): void {
  const lastRow = top + size.rows - 1;
  if (sheet.getMaxRows() < lastRow) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  if (sheet.getMaxColumns() < size.columns)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), size.columns - sheet.getMaxColumns());
}

/** Inserts the rows and columns a larger table needs, right after the old one; clears what a smaller one leaves. */
export function resizeTable(sheet: Sheet, top: number, previous: TableSize, next: TableSize): void {
  const oldLastRow = top + previous.rows - 1;
  if (next.rows > previous.rows) sheet.insertRowsAfter(oldLastRow, next.rows - previous.rows);
  if (next.columns > previous.columns)
    sheet.insertColumnsAfter(previous.columns, next.columns - previous.columns);
  if (next.rows < previous.rows)
    sheet.getRange(top + next.rows, 1, previous.rows - next.rows, previous.columns).clear();
  if (next.columns < previous.columns)
    sheet.getRange(top, next.columns + 1, previous.rows, previous.columns - next.columns).clear();
}
