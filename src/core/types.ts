/**
 * The shared vocabulary of the add-on: RACI codes, the matrix model, findings and the public API's shapes.
 * Pure types only; every layer (core, sheets, server, sidebar) imports from here.
 */

/** The kinds of matrix (docs/domain.md); src/core/kinds.ts holds each kind's codes and words. */
export type MatrixKind = "RACI" | "RASCI" | "DACI";

/**
 * What a code makes its holder, the same in every kind: A owns the outcome or the decision (Accountable,
 * Approver), R does the work (Responsible, or DACI's Driver), S supports the doer, C gives input (Consulted,
 * Contributor), I is told (Informed).
 */
export type Part = "A" | "R" | "S" | "C" | "I";

/** The only forms the add-on ever writes into a code cell, over every kind; each kind has some of them. */
export type CanonicalCode = "R" | "A" | "A/R" | "S" | "C" | "I" | "D";

/** A cell's value as `Range.getValues()` returns it. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** The meaning of one code cell. An invalid cell keeps the text the user typed, so it is never lost. */
export type ParsedCode =
  | { kind: "empty" }
  | { kind: "code"; code: CanonicalCode; parts: readonly Part[] }
  | { kind: "invalid"; text: string };

/** The kind, thresholds and owner pair of one matrix (docs/domain.md); every one is a setting with a default. */
export interface MatrixSettings {
  /** Which codes the matrix holds and which rules they follow; a matrix stored without one is RACI. */
  kind: MatrixKind;
  /** The two roles that must not both hold R or A on one initiative; null disables SHARED_OWNERSHIP. */
  ownerPair: [string, string] | null;
  /** TOO_MANY_RESPONSIBLE when more than this many roles hold R (not in DACI, whose Driver is one). */
  maxResponsible: number;
  /** TOO_MANY_CONSULTED when more than this many roles hold C. */
  maxConsulted: number;
  /** TOO_MANY_INFORMED when more than this many roles hold I. */
  maxInformed: number;
  /** ROLE_OVERLOADED when a role holds R or A on more than this share (0..1) of the initiatives… */
  overloadShare: number;
  /** …and on at least this many initiatives. */
  overloadMinInitiatives: number;
  /**
   * A row counts as agreed only once both roles of the owner pair agreed it (its Agreed by cell names both);
   * no effect without an owner pair or the Agreed by column. Off by default.
   */
  pairSignOff: boolean;
}

/** One role column. `column` is the 1-based sheet column, used only to name cells in findings. */
export interface MatrixRole {
  name: string;
  column: number;
  /** Who holds the role ("Dana Lee"), from the matrix's people row; absent or "" when nobody is named. */
  heldBy?: string;
}

/** One initiative row. `cells[i]` is the cell of `roles[i]`; `row` is the 1-based sheet row. */
export interface MatrixInitiative {
  name: string;
  area: string;
  row: number;
  cells: ParsedCode[];
  /** The Decision cell's text ("Agreed"…), in a matrix with the agreement columns only. */
  decision?: string;
  /** The Agreed by cell's text (core/signoff/record.ts), in a matrix with that column only. */
  agreedBy?: string;
}

/** A matrix as the analysis sees it, whether it came from a spec, a template or a sheet. */
export interface RaciMatrix {
  roles: MatrixRole[];
  initiatives: MatrixInitiative[];
  settings: MatrixSettings;
  /** The 1-based column of the initiative names, used to name the cell of row-level findings. */
  nameColumn: number;
  /** Code cells typed as an alias and never rewritten ("ra" left when onEdit was dropped); absent when none. */
  shorthand?: ShorthandCell[];
}

/** A code cell holding an accepted alias ("ra", " Accountable ") rather than the form the add-on writes. */
export interface ShorthandCell {
  /** 1-based sheet row and column. */
  row: number;
  column: number;
  /** The text as typed. */
  text: string;
  code: CanonicalCode;
}

/** How many code cells hold shorthand, a few of the texts, and the first cell, for Check to offer Convert. */
export interface ShorthandSummary {
  count: number;
  /** Up to three distinct texts, trimmed, in sheet order. */
  examples: string[];
  /** A1 of the first such cell. */
  cell: string;
  /** "3 codes are typed as shorthand (ra, Accountable): convert them to R, A, A/R, C or I." */
  message: string;
}

export type Severity = "error" | "warning" | "info";

export type RuleName =
  | "NO_ACCOUNTABLE"
  | "MULTIPLE_ACCOUNTABLE"
  | "NO_RESPONSIBLE"
  | "MULTIPLE_DRIVERS"
  | "SHARED_OWNERSHIP"
  | "INVALID_CODE"
  | "UNNAMED_INITIATIVE"
  | "DUPLICATE_INITIATIVE"
  | "DUPLICATE_ROLE"
  | "TOO_MANY_RESPONSIBLE"
  | "TOO_MANY_CONSULTED"
  | "TOO_MANY_INFORMED"
  | "ROLE_OVERLOADED"
  | "ROLE_WITHOUT_OWNERSHIP"
  | "AGREED_WITH_PROBLEMS"
  | "CONFLICTING_OWNERS";

export interface Finding {
  rule: RuleName;
  severity: Severity;
  message: string;
  initiative?: string;
  role?: string;
  /** A1 address of the cell at fault (the code cell, the initiative name, or the role header). */
  cell?: string;
}

/** Per-role load. A/R counts as both R and A; in DACI, R counts the Driver (D), C the Contributor. */
export interface RoleLoad {
  role: string;
  R: number;
  A: number;
  C: number;
  I: number;
  /** Support (S), in a RASCI matrix only. */
  S?: number;
  /** Who holds the role, when the matrix's people row names someone. */
  heldBy?: string;
}

export interface Analysis {
  /** The matrix's kind, whose words the findings use (and the sidebar's titles and load chart). */
  kind: MatrixKind;
  findings: Finding[];
  roles: RoleLoad[];
  counts: Record<Severity, number>;
  /** How far the team got ("9 of 12 agreed"), for a matrix with the Decision column only. */
  agreement?: AgreementSummary;
  /** Code cells typed as shorthand and not yet converted (not a finding: the codes read correctly). */
  shorthand?: ShorthandSummary;
}

export interface AgreementSummary {
  agreed: number;
  total: number;
  /** The initiatives not (or no longer) agreed, in sheet order, each with its name cell for Show. */
  open: OpenRow[];
}

/** A row not (or no longer) agreed, as Check lists it and sends it back to agree it. */
export interface OpenRow {
  initiative: string;
  decision: string;
  /** The initiative's name cell (A1). */
  cell: string;
  /** Its sheet row. */
  row: number;
  /** Its codes as read, in words ("CEO A · COO R"): agreeing it is refused if they changed since. */
  codes: string;
  /** Marked Agreed, but sign-off by both owners waits for one: "Agreed by COO, waiting for Chief of Staff". */
  waiting?: string;
}

/** What `analyzeMatrix` returns (docs/architecture.md, fixed). JSON-safe. */
export interface Report extends Analysis {
  sheetName: string;
}

export type TemplateName = "coo-cos" | "coo-cos-daci" | "blank";

/** What `generateMatrix` takes (docs/architecture.md, fixed). Arrives from scripts and the sidebar: never trusted. */
export interface MatrixSpec {
  title?: string;
  template?: TemplateName;
  /** The matrix's kind (default: the template's, RACI for "coo-cos" and "blank"). */
  kind?: MatrixKind;
  roles?: string[];
  /** Null turns the shared-ownership check off. */
  ownerPair?: [string, string] | null;
  initiatives?: { name: string; area?: string; assignments?: Record<string, string> }[];
  /** generateMatrix: rows without assignments get the suggested codes (src/core/suggest). */
  suggest?: boolean;
  /** A role's responsibilities, one short line each, replacing the built-in charter for that role. */
  charters?: Record<string, string[]>;
  /** generateMatrix: false leaves out the row under the header that names who holds each role (default true). */
  people?: boolean;
}

/** A spec after validation: names trimmed, codes canonical, one code slot per role. */
export interface ValidSpec {
  title: string;
  kind: MatrixKind;
  roles: string[];
  ownerPair: [string, string] | null;
  initiatives: { name: string; area: string; codes: (CanonicalCode | "")[] }[];
}

/** A validation problem, naming the field and index at fault, e.g. `roles[2]` or `initiatives[4].assignments.COO`. */
export interface FieldError {
  field: string;
  message: string;
}
