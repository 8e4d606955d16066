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
function fitTable(sheet: Sheet, top: number, size: TableSize): void {
  const lastRow = top + size.rows - 1;
  if (sheet.getMaxRows() < lastRow) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  if (sheet.getMaxColumns() < size.columns)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), size.columns - sheet.getMaxColumns());
}

/**
 * Makes room for the table and `write`s it (with the record of its size, last). A larger table inserts rows and
 * columns right after the old one; a smaller one clears the cells it no longer uses. When anything fails on the
 * way, the rows and columns inserted are taken out again: the room then matches the size last recorded, which
 * the next rewrite starts from, instead of inserting them a second time and pushing people's cells further
 * away with each failure. (Service failures are transient: a second one while taking them out leaves them.)
 */
export function rewriteTable(
  sheet: Sheet,
  top: number,
  previous: TableSize | null,
  next: TableSize,
  write: () => void,
): void {
  if (previous === null) {
    fitTable(sheet, top, next);
    write();
    return;
  }
  const takeOut: (() => void)[] = [];
  try {
    const oldLastRow = top + previous.rows - 1;
    const addedRows = next.rows - previous.rows;
    const addedColumns = next.columns - previous.columns;
    if (addedRows > 0) {
      sheet.insertRowsAfter(oldLastRow, addedRows);
      takeOut.push(() => sheet.deleteRows(oldLastRow + 1, addedRows));
    }
    if (addedColumns > 0) {
      sheet.insertColumnsAfter(previous.columns, addedColumns);
      takeOut.push(() => sheet.deleteColumns(previous.columns + 1, addedColumns));
    }
    if (addedRows < 0) sheet.getRange(top + next.rows, 1, -addedRows, previous.columns).clear();
    if (addedColumns < 0) sheet.getRange(top, next.columns + 1, previous.rows, -addedColumns).clear();
    write();
  } catch (error) {
    try {
      for (const step of takeOut.reverse()) step();
    } catch {
      // The first failure is the one to report.
    }
    throw error;
  }
}
