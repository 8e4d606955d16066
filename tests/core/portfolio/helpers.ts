/** A portfolio source from a grid laid out like the core tests' matrices (header row 1, names in column A). */
import type { PortfolioSource } from "../../../src/core/portfolio/types";
import type { MatrixSettings } from "../../../src/core/types";
import { HEADER_ROW, matrixOf, type Row } from "../helpers";

export function sourceOf(
  sheetName: string,
  roles: string[],
  rows: Row[],
  options: { settings?: Partial<MatrixSettings>; heldBy?: string[] } = {},
): PortfolioSource {
  const matrix = matrixOf(roles, rows, options.settings);
  options.heldBy?.forEach((person, i) => {
    if (person !== "") matrix.roles[i].heldBy = person;
  });
  return { sheetName, matrix, headerRow: HEADER_ROW };
}
