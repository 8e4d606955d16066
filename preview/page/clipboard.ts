/**
 * Tab-separated text, as spreadsheets put on the clipboard: one line per row, tabs between cells; a cell
 * holding a tab, a newline or a leading quote is wrapped in double quotes, with inner quotes doubled.
 */

/** Splits clipboard text into rows of cells. A final line break does not make an extra empty row. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let cell = "";
    if (text.charAt(i) === '"') {
      // A quoted cell runs to the next lone quote; "" inside stands for one quote.
      let j = i + 1;
      let closed = false;
      while (j < n) {
        const ch = text.charAt(j);
        if (ch === '"') {
          if (text.charAt(j + 1) === '"') {
            cell += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        cell += ch;
        j++;
      }
      const next = text.charAt(j);
      if (closed && (j >= n || next === "\t" || next === "\n" || next === "\r")) {
        i = j;
      } else {
        // Not a well-formed quoted cell: take the text literally up to the next separator.
        cell = "";
        while (i < n && !"\t\r\n".includes(text.charAt(i))) cell += text.charAt(i++);
      }
    } else {
      while (i < n && !"\t\r\n".includes(text.charAt(i))) cell += text.charAt(i++);
    }
    row.push(cell);
    const sep = text.charAt(i);
    if (sep === "\t") {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    if (i >= n) break;
    i += sep === "\r" && text.charAt(i + 1) === "\n" ? 2 : 1;
    if (i >= n) break;
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length < width ? [...r, ...new Array<string>(width - r.length).fill("")] : r));
}

/** The reverse: rows of cells as tab-separated text. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string): string => (/[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join("\t")).join("\n");
}
