/**
 * The kinds of matrix (docs/domain.md, "Kinds of matrix") in one table: each kind's codes and the other
 * spellings it accepts, what each code makes its holder, and the words the add-on uses about them (legend,
 * summary, Status, findings, Who owns what). Everything that knows codes reads this table; nothing else asks
 * which kind a matrix is. The rules keep their names in every kind: the A is the owner (Accountable or
 * Approver) and the doer is R or, in DACI, the Driver.
 */
import { orList } from "./guards";
import type { CanonicalCode, MatrixKind, Part, RuleName } from "./types";

export const MATRIX_KINDS: readonly MatrixKind[] = Object.freeze(["RACI", "RASCI", "DACI"]);

/** A matrix made before kinds existed, or with no kind given, is RACI. */
export const DEFAULT_KIND: MatrixKind = "RACI";

export function isMatrixKind(value: unknown): value is MatrixKind {
  return typeof value === "string" && (MATRIX_KINDS as readonly string[]).includes(value);
}

/** What a code makes its holder; a code means the same in every kind that has it. */
export const CODE_PARTS: Readonly<Record<CanonicalCode, readonly Part[]>> = Object.freeze({
  R: ["R"],
  A: ["A"],
  "A/R": ["A", "R"],
  S: ["S"],
  C: ["C"],
  I: ["I"],
  D: ["R"],
});

export interface KindCode {
  code: CanonicalCode;
  /** The other spellings the kind accepts, upper case with no whitespace ("RA", "RESPONSIBLE"). */
  aliases: readonly string[];
  /** One sentence, for help text and the sidebar. */
  meaning: string;
}

/** A row of the summary above the header: one part counted per role, or the share each role owns. */
export type SummaryPart = Part | "owns";

/** How findings word what they report, the initiative's label already quoted ("Budget"). */
export interface FindingWords {
  noOwner: (label: string) => string;
  owners: (label: string, count: number, names: string) => string;
  noDoer: (label: string) => string;
  consulted: (label: string, count: number, max: number) => string;
  /** ROLE_WITHOUT_OWNERSHIP, after the role's name. */
  ownsNothing: string;
  /** AGREED_WITH_PROBLEMS's reasons. */
  agreedNoOwner: string;
  agreedOwners: (count: number) => string;
}

export interface Kind {
  name: MatrixKind;
  /** Its codes, in the order of the dropdown and the legend. */
  codes: readonly KindCode[];
  /** The parts its codes give, in the order of the summary rows (A first: the R count builds on it). */
  parts: readonly Part[];
  /** What the legend, the summary and the sidebar call each part: "Accountable", "Driver"… */
  partNames: Readonly<Partial<Record<Part, string>>>;
  /**
   * True when a row has exactly one doer (DACI's Driver): two or more is MULTIPLE_DRIVERS, and the
   * maxResponsible setting does not apply. Otherwise more than maxResponsible is TOO_MANY_RESPONSIBLE.
   */
  soleDoer: boolean;
  /** The legend row: the rule of thumb. */
  legend: string;
  /** The dropdown's help text, after the list of codes. */
  rowRule: string;
  /** The label of each summary row, in order. */
  summary: readonly { part: SummaryPart; label: string }[];
  /** The colour key beside the summary rows, in the Status column, by the row it sits on. */
  colourKey: Readonly<Partial<Record<SummaryPart, string>>>;
  /** Status's words, after a count where there is one ("2 accountable"). */
  status: { noOwner: string; owners: string; noDoer: string; doers: string };
  findings: FindingWords;
  /** Who owns what's headings. */
  ownership: { owner: string; doer: string };
  /** The Check panel's titles of the rules it words its own way (the others are the sidebar's, RACI's). */
  titles: Readonly<Partial<Record<RuleName, string>>>;
}

const RACI_CODES: readonly KindCode[] = [
  { code: "R", aliases: ["RESPONSIBLE"], meaning: "Responsible: does the work." },
  {
    code: "A",
    aliases: ["ACCOUNTABLE"],
    meaning: "Accountable: owns the outcome and signs off. Exactly one per initiative.",
  },
  {
    code: "A/R",
    aliases: ["R/A", "AR", "RA", "A,R", "A+R"],
    meaning: "Accountable and responsible: owns the outcome and does the work.",
  },
  { code: "C", aliases: ["CONSULTED"], meaning: "Consulted: gives input before the work is done." },
  { code: "I", aliases: ["INFORMED"], meaning: "Informed: told of progress or the outcome." },
];

const SUPPORT: KindCode = {
  code: "S",
  aliases: ["SUPPORT"],
  meaning: "Support: helps the Responsible do the work; neither owns it nor does it.",
};

const RACI_SUMMARY = {
  A: "A · Accountable: owns the outcome",
  R: "R · Responsible: does the work",
  S: "S · Support: helps the Responsible",
  C: "C · Consulted: gives input before",
  I: "I · Informed: told after",
  owns: "Owns R or A (share of initiatives)",
};

const RACI_FINDINGS: FindingWords = {
  noOwner: (label) => `No one is accountable for ${label}. Give exactly one role an A.`,
  owners: (label, count, names) => `${label} has ${count} accountable roles (${names}). Keep exactly one A.`,
  noDoer: (label) => `No one is responsible for doing ${label}. Give at least one role an R.`,
  consulted: (label, count, max) =>
    `${label} consults ${count} roles (more than ${max}). Fewer voices make faster decisions.`,
  ownsNothing: "is neither responsible nor accountable for any initiative",
  agreedNoOwner: "no one is accountable",
  agreedOwners: (count) => `${count} roles are accountable`,
};

const RACI_WORDS = {
  partNames: { A: "Accountable", R: "Responsible", S: "Support", C: "Consulted", I: "Informed" },
  soleDoer: false,
  rowRule: "Each initiative needs exactly one A and at least one R.",
  status: {
    noOwner: "No one accountable",
    owners: "accountable",
    noDoer: "No one responsible",
    doers: "responsible (split it)",
  },
  findings: RACI_FINDINGS,
  ownership: { owner: "Accountable for", doer: "Responsible for" },
  titles: {},
};

const colourKey = (name: MatrixKind, words: { noOwner: string; owners: string; noDoer: string }) => ({
  A: words.noOwner,
  R: words.owners,
  C: "Owner pair both own it",
  I: words.noDoer,
  owns: `Not a ${name} code`,
});

const RACI_KEY = {
  noOwner: "No one accountable",
  owners: "2 or more accountable",
  noDoer: "No one responsible",
};

const RACI_KIND: Kind = {
  name: "RACI",
  codes: RACI_CODES,
  parts: ["A", "R", "C", "I"],
  ...RACI_WORDS,
  legend: "One A and at least one R per initiative; A/R counts as both.",
  summary: (["A", "R", "C", "I", "owns"] as const).map((part) => ({ part, label: RACI_SUMMARY[part] })),
  colourKey: colourKey("RACI", RACI_KEY),
};

const RASCI_KIND: Kind = {
  ...RACI_KIND,
  name: "RASCI",
  codes: [...RACI_CODES.slice(0, 3), SUPPORT, ...RACI_CODES.slice(3)],
  parts: ["A", "R", "S", "C", "I"],
  legend: "One A and at least one R per initiative; A/R counts as both; S helps the R.",
  summary: (["A", "R", "S", "C", "I", "owns"] as const).map((part) => ({
    part,
    label: RACI_SUMMARY[part],
  })),
  colourKey: colourKey("RASCI", RACI_KEY),
  titles: { INVALID_CODE: "Not a RASCI code" },
};

const DACI_SUMMARY = {
  A: "A · Approver: makes the decision",
  R: "D · Driver: runs the decision",
  C: "C · Contributor: gives input",
  I: "I · Informed: told the outcome",
  owns: "Owns D or A (share of decisions)",
};

const DACI_KIND: Kind = {
  name: "DACI",
  codes: [
    {
      code: "D",
      aliases: ["DRIVER"],
      meaning: "Driver: runs the decision, gathers the input and sees it made. Exactly one per decision.",
    },
    { code: "A", aliases: ["APPROVER"], meaning: "Approver: makes the decision. Exactly one per decision." },
    { code: "C", aliases: ["CONTRIBUTOR"], meaning: "Contributor: gives the input the decision needs." },
    { code: "I", aliases: ["INFORMED"], meaning: "Informed: told of the decision once it is made." },
  ],
  parts: ["A", "R", "C", "I"],
  partNames: { A: "Approver", R: "Driver", C: "Contributor", I: "Informed" },
  soleDoer: true,
  legend: "One D (Driver) and one A (Approver) per decision.",
  rowRule: "Each decision needs exactly one D and exactly one A.",
  summary: (["A", "R", "C", "I", "owns"] as const).map((part) => ({ part, label: DACI_SUMMARY[part] })),
  colourKey: colourKey("DACI", {
    noOwner: "No approver",
    owners: "2 approvers or drivers",
    noDoer: "No driver",
  }),
  status: { noOwner: "No approver", owners: "approvers", noDoer: "No driver", doers: "drivers" },
  findings: {
    noOwner: (label) => `No approver for ${label}. Give exactly one role an A.`,
    owners: (label, count, names) => `${label} has ${count} approvers (${names}). Keep exactly one A.`,
    noDoer: (label) => `No driver for ${label}. Give exactly one role a D.`,
    consulted: (label, count, max) =>
      `${label} has ${count} contributors (more than ${max}). Fewer voices make faster decisions.`,
    ownsNothing: "neither drives nor approves any decision",
    agreedNoOwner: "no one approves it",
    agreedOwners: (count) => `${count} roles approve it`,
  },
  ownership: { owner: "Approves", doer: "Drives" },
  titles: {
    NO_ACCOUNTABLE: "No approver (gap)",
    MULTIPLE_ACCOUNTABLE: "More than one approver (double ownership)",
    NO_RESPONSIBLE: "No driver",
    INVALID_CODE: "Not a DACI code",
    TOO_MANY_CONSULTED: "Too many contributors",
    ROLE_WITHOUT_OWNERSHIP: "Role drives and approves nothing",
  },
};

export const KINDS: Readonly<Record<MatrixKind, Kind>> = Object.freeze({
  RACI: RACI_KIND,
  RASCI: RASCI_KIND,
  DACI: DACI_KIND,
});

/** The kind's code for one part ("R" in RACI, "D" in DACI), as messages and the chart name it. */
export function codeOf(kind: Kind, part: Part): CanonicalCode {
  const found = kind.codes.find(({ code }) => CODE_PARTS[code].length === 1 && CODE_PARTS[code][0] === part);
  if (!found) throw new Error(`${kind.name} has no code for ${part}.`);
  return found.code;
}

/** "R, A, A/R, C or I": the kind's codes as a sentence lists them. */
export function codeList(kind: Kind): string {
  return orList(kind.codes.map(({ code }) => code));
}

/** The most doers a row may have before it is a finding: one Driver, or the matrix's maxResponsible. */
export function doerLimit(kind: Kind, maxResponsible: number): number {
  return kind.soleDoer ? 1 : maxResponsible;
}
