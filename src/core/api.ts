/**
 * What crosses google.script.run: the arguments and results of every public call, JSON-safe (no Date, no
 * class instance). The server's entry points return these types and the sidebar's typed client is derived
 * from ServerApi, so neither side imports the other; src/apiContract.ts makes the build fail when the two
 * drift apart.
 */
import type { GlossaryTerm } from "./glossary";
import type { SuggestedRow } from "./fix/suggestRows";
import type { HistoryLine } from "./history";
import type { CharterSource } from "./suggest/match";
import type { Suggestions } from "./suggest/index";
import type { OwnershipReport } from "./suggest/ownership";
import type { AgreeTarget } from "./signoff/targets";
import type { Finding, MatrixSettings, MatrixSpec, Report, RuleName, Severity } from "./types";

/** generateMatrix, refreshMatrix, adoptMatrix and every structural change. */
export interface GenerateResult {
  sheetName: string;
  initiatives: number;
  roles: string[];
}

export interface RenameResult extends GenerateResult {
  /** The other matrices where the role was renamed too (with `everywhere`). */
  alsoRenamedIn: string[];
}

export interface PeopleResult {
  sheetName: string;
  /** Every role, in column order, with who holds it ("" for nobody named). */
  people: { role: string; heldBy: string }[];
  /** How many names changed. */
  changed: number;
}

/** One cell a fix writes, and why. */
export interface FixChange {
  cell: string;
  initiative: string;
  role: string;
  rule: string;
  old: string;
  new: string;
  /** Plain words: "COO becomes A: mentions 'process' — Process optimisation: …". */
  reason: string;
  /** How sure the suggestion the fix follows is (0..1; under 0.5, "check this one"); absent without one. */
  confidence?: number;
}

/** previewFixes, fixFindings and convertCodes. */
export interface FixResult {
  sheetName: string;
  changes: FixChange[];
  skipped: { rule: string; initiative?: string; reason: string }[];
  /** previewFixes only: how many cells a fix of each rule alone would change ("Fix these (n changes)"). */
  byRule?: Record<string, number>;
  /** fixFindings and convertCodes: whether the person's Undo has the change (false: too large, or no room). */
  undoable?: boolean;
  /** When `undoable` is false, why, in words ("it changed 9,000 cells, more than Undo keeps (99 KB)"). */
  notUndoableBecause?: string;
  /**
   * previewFixes only: how many cells "Undo the fix" would put back for this person now (their last fix or
   * conversion of this matrix, on the rows nobody has changed since); absent when there is nothing to undo.
   */
  undoCells?: number;
}

/** One row a fix is limited to, with the initiative the caller saw on it. */
export interface FixRowTarget {
  row: number;
  initiative: string;
}

/** suggestForRows and fillSuggestedRows: each row's suggested codes and why, and the rows left alone. */
export interface SuggestedRows {
  sheetName: string;
  rows: SuggestedRow[];
  skipped: { row: number; initiative: string; reason: string }[];
  /** fillSuggestedRows only: false when Undo could not keep the write, and why in words. */
  undoable?: boolean;
  notUndoableBecause?: string;
}

export interface UndoResult {
  sheetName: string;
  restored: number;
  skipped: number;
}

export interface AdoptionPreview {
  sheetName: string;
  roles: string[];
  initiatives: number;
  /** The header row of the table. */
  headerRow: number;
  /** What adopting adds, one sentence each. */
  adds: string[];
  /**
   * What the add-on understood of the table, one sentence each: columns that are no roles, section rows,
   * totals and blank rows inside it, and the owner pair.
   */
  understood: string[];
  /** The owner pair the matrix will check, or null. */
  ownerPair: [string, string] | null;
}

/** getGlossary and saveGlossary: the spreadsheet's glossary, in the order it was given. */
export interface GlossaryView {
  terms: GlossaryTerm[];
}

export interface ChartersView {
  roles: { role: string; lines: string[]; source: CharterSource }[];
}

/** Which panel the sidebar opens on; the menu sets it, the sidebar reads it once when it loads. */
export type SidebarView = "new" | "check" | "edit" | "settings" | "help";

export interface ActiveMatrix {
  sheetName: string;
  roles: string[];
  initiatives: { name: string; area: string; row: number }[];
  settings: MatrixSettings;
  /** True when the matrix has Decision, Decided on and Notes (Settings offers to add them otherwise). */
  agreement?: boolean;
  /** True when it has the Agreed by column too (Settings offers to add it otherwise). */
  agreedBy?: boolean;
  /** Who holds each role, from the people row; null when the matrix has none (Settings offers to add it). */
  people?: { role: string; heldBy: string }[] | null;
}

export interface ActiveSheet {
  activeSheet: string;
  /** The sheet's matrix, or null when the sheet is not a matrix… */
  matrix: ActiveMatrix | null;
  /** …and then why not. */
  problem?: string;
  /** True when the sheet holds a table that looks like a matrix but is not the add-on's: it can be adopted. */
  adoptable?: boolean;
}

export interface SidebarState extends ActiveSheet {
  view: SidebarView;
}

/** One line of a matrix's history (getChangeLog), the time as ISO text. */
export interface ChangeLogLine extends HistoryLine {
  time: string;
  user: string;
}

export interface SelfCheckRow {
  check: string;
  ok: boolean;
  /** What the check saw, in words. */
  saw: string;
}

export interface RemovedData {
  properties: number;
  metadata: number;
  protections: number;
  /** Protections the add-on made that this user may not remove (someone else created them). */
  protectionsKept: number;
  changeLog: boolean;
}

/** getPortfolio (fixed from the third release): every matrix of the spreadsheet, read together. */
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

/** A finding of the portfolio (CONFLICTING_OWNERS, ROLE_OVERLOADED): it says which sheet its cell is in. */
export interface PortfolioFinding extends Finding {
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

/** makeOverview and refreshOverview: the overview sheet, and whether this call wrote it. */
export interface OverviewResult {
  sheetName: string;
  /** Its rows and columns: roles merged across matrices, and matrices. */
  roles: number;
  matrices: number;
  /** False when it already showed every matrix as it is (refreshOverview writes only then). */
  written: boolean;
}

/** markAgreed: how many rows it agreed, and those it left as they were. */
export interface AgreeResult {
  sheetName: string;
  /** Rows whose Decision or Agreed by this call wrote. */
  agreed: number;
  /** Rows already agreed by the same signer: nothing to write. */
  already: number;
  /** Cells holding a formula, left as they are (their rows are not agreed): A1 each. */
  skipped: string[];
  /** Who the Agreed by cells name for this agreement ("COO (Dana Lee)"), or "" without that column. */
  signedAs: string;
}

/** Why a row is among the rows to settle, worst first. */
export type SettleReason = "disputed" | "changed" | "finding" | "open";

/** One row the offsite pack lists. */
export interface OffsiteRow {
  initiative: string;
  area: string;
  row: number;
  /** The initiative's name cell (A1), for Show. */
  cell: string;
  reason: SettleReason;
  /** The Decision cell's text ("" when empty or without the agreement columns). */
  decision: string;
  /** Who agreed, or whom an agreement waits for; "" when nothing is recorded. */
  signOff: string;
  /** Every role with a code on the row, in column order, with who holds it ("" for nobody named). */
  holders: { role: string; heldBy: string; code: string }[];
  findings: { rule: RuleName; severity: Severity; message: string }[];
}

/** getOffsitePack: only the rows the team still has to settle, with who holds each role. */
export interface OffsitePack {
  sheetName: string;
  /** Every initiative of the matrix (the pack lists some of them). */
  initiatives: number;
  /** Every role, in column order, with who holds it ("" for nobody named). */
  people: { role: string; heldBy: string }[];
  rows: OffsiteRow[];
}

/** makeOffsitePack: the printable sheet of the pack. */
export interface OffsiteSheetResult {
  sheetName: string;
  /** The matrix it was made from. */
  matrix: string;
  rows: number;
}

/**
 * The calls a client (the sidebar, another script) makes through google.script.run, as src/index.ts
 * exports them. Triggers and menu items are left out: only Sheets calls them.
 */
export interface ServerApi {
  generateMatrix: (spec?: MatrixSpec) => GenerateResult;
  analyzeMatrix: (sheetName?: string) => Report;
  refreshMatrix: (sheetName?: string) => GenerateResult;
  addRole: (sheetName: string | undefined, role: string) => GenerateResult;
  renameRole: (sheetName: string | undefined, from: string, to: string, everywhere?: boolean) => RenameResult;
  removeRole: (sheetName: string | undefined, role: string) => GenerateResult;
  addInitiative: (sheetName: string | undefined, initiative: string, area?: string) => GenerateResult;
  removeInitiative: (sheetName: string | undefined, initiative: string, row?: number) => GenerateResult;
  moveInitiative: (
    sheetName: string | undefined,
    initiative: string,
    direction: "up" | "down",
    row?: number,
  ) => GenerateResult;
  addAgreementColumns: (sheetName?: string) => GenerateResult;
  setPeople: (sheetName: string | undefined, people: unknown, seen?: unknown) => PeopleResult;
  addPeopleRow: (sheetName?: string) => GenerateResult;
  getSidebarState: () => SidebarState;
  takeSidebarView: () => SidebarView;
  describeActiveSheet: (sheetName?: string) => ActiveSheet;
  getSheetNames: () => string[];
  selectCell: (sheetName: string | undefined, a1: string) => void;
  saveMatrixSettings: (sheetName: string | undefined, settings: unknown) => MatrixSettings;
  getChangeLog: (sheetName?: string, initiative?: string) => ChangeLogLine[];
  getChangeToken: () => string;
  suggestAssignments: (spec?: MatrixSpec) => Suggestions;
  getCharters: (sheetName?: string) => ChartersView;
  saveCharter: (sheetName: string, role: string, lines: string[] | null) => ChartersView;
  getGlossary: () => GlossaryView;
  saveGlossary: (terms: unknown) => GlossaryView;
  getOwnership: (sheetName?: string) => OwnershipReport;
  previewFixes: (sheetName?: string, rules?: string[], rows?: FixRowTarget[]) => FixResult;
  fixFindings: (sheetName?: string, rules?: string[], rows?: FixRowTarget[]) => FixResult;
  undoFixes: (sheetName?: string) => UndoResult;
  suggestForRows: (sheetName?: string, rows?: FixRowTarget[] | "selection") => SuggestedRows;
  fillSuggestedRows: (sheetName: string | undefined, rows: FixRowTarget[]) => SuggestedRows;
  convertCodes: (sheetName?: string) => FixResult;
  previewAdoption: (sheetName?: string) => AdoptionPreview;
  adoptMatrix: (sheetName?: string) => GenerateResult;
  runSelfCheck: () => SelfCheckRow[];
  getPortfolio: () => Portfolio;
  makeOverview: () => OverviewResult;
  refreshOverview: () => OverviewResult | null;
  getSelectedRows: (sheetName?: string) => number[];
  markAgreed: (sheetName: string | undefined, rows: AgreeTarget[], as: string | null) => AgreeResult;
  getOffsitePack: (sheetName?: string) => OffsitePack;
  makeOffsitePack: (sheetName?: string) => OffsiteSheetResult;
}
