/**
 * Every matrix of the spreadsheet together: getPortfolio (fixed from the third release; reads only), and the
 * overview sheet (makeOverview, its menu item, and refreshOverview, which the sidebar calls when Who owns
 * what shows all matrices: it writes only when a matrix was added, renamed, resized or removed since).
 */
import type { OverviewResult, Portfolio } from "../../core/api";
import { PRODUCT_NAME } from "../../core/keys";
import { buildPortfolio } from "../../core/portfolio/index";
import { withDocumentLock } from "../ops/lock";
import {
  makeOverview as makeOverviewSheet,
  readAllMatrices,
  refreshOverview as refreshOverviewSheet,
} from "../ops/portfolio";

/** Each role's load across every matrix, each person's, and the findings across matrices. Never writes. */
export function getPortfolio(): Portfolio {
  const matrices = readAllMatrices(SpreadsheetApp.getActiveSpreadsheet());
  return buildPortfolio(
    matrices.map(({ name, read }) => ({
      sheetName: name,
      matrix: read.matrix,
      headerRow: read.layout.headerRow,
    })),
  );
}

/** Makes the overview sheet, or rewrites the one there is, and opens it. */
export function makeOverview(): OverviewResult {
  return withDocumentLock(() => makeOverviewSheet(SpreadsheetApp.getActiveSpreadsheet()));
}

/** Rewrites the overview when it no longer shows every matrix as it is; null when there is no overview. */
export function refreshOverview(): OverviewResult | null {
  return withDocumentLock(() => refreshOverviewSheet(SpreadsheetApp.getActiveSpreadsheet()));
}

export function menuMakeOverview(): void {
  const result = makeOverview();
  SpreadsheetApp.getActiveSpreadsheet().toast(
    `${result.roles} ${result.roles === 1 ? "role" : "roles"} across ${result.matrices} ${result.matrices === 1 ? "matrix" : "matrices"}; the numbers follow every edit.`,
    PRODUCT_NAME,
  );
}
