/** The shapes of getPortfolio (architecture.md, fixed from the third release): every matrix, read together. */
import type { Finding, RaciMatrix, Severity } from "../types";

/** One matrix as the portfolio reads it. */
export interface PortfolioSource {
  sheetName: string;
  /** "RACI" until matrices have kinds. */
  kind?: string;
  matrix: RaciMatrix;
  /** The 1-based row of the role headers: a role's finding names its header cell. */
  headerRow: number;
}

export interface PortfolioMatrix {
  sheetName: string;
  kind: string;
  /** Initiative rows (spare rows left out). */
  initiatives: number;
  roles: string[];
}

/** A role merged across matrices. A/R counts as both R and A. */
export interface PortfolioRole {
  role: string;
  R: number;
  A: number;
  C: number;
  I: number;
  /** Share of all initiatives (rows of every matrix) on which it holds R or A, 0..1. */
  share: number;
  /** The sheets it appears in, in the portfolio's order, each once. */
  matrices: string[];
}

/** A person named in the people rows, with the load of every role column they hold. */
export interface PortfolioPerson {
  person: string;
  roles: string[];
  R: number;
  A: number;
  C: number;
  I: number;
}

export type PortfolioRule = "CONFLICTING_OWNERS" | "ROLE_OVERLOADED";

/** A finding of the portfolio: it says which sheet its cell is in. */
export interface PortfolioFinding extends Omit<Finding, "rule"> {
  rule: PortfolioRule;
  severity: Severity;
  sheetName: string;
  /** CONFLICTING_OWNERS only: the second matrix's Accountable cell, so the sidebar can show both. */
  other?: { sheetName: string; cell?: string; role?: string };
}

export interface Portfolio {
  matrices: PortfolioMatrix[];
  roles: PortfolioRole[];
  people: PortfolioPerson[];
  findings: PortfolioFinding[];
}
