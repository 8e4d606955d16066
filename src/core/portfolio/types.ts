/** What the portfolio reads: the matrices of a spreadsheet (its result, Portfolio, crosses the bridge: api.ts). */
import type { RaciMatrix } from "../types";

/** One matrix as the portfolio reads it. */
export interface PortfolioSource {
  sheetName: string;
  matrix: RaciMatrix;
  /** The 1-based row of the role headers: a role's finding names its header cell. */
  headerRow: number;
}
