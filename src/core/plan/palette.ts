/**
 * Colours, after the Okabe–Ito palette (safe for the common colour-vision deficiencies), lightened so that
 * dark text stays readable. Colour is never the only signal: the Status column says the same in words.
 */
export const HIGHLIGHT = {
  /** NO_ACCOUNTABLE: a gap, strong. */
  noAccountable: "#f0a868",
  /** NO_RESPONSIBLE: a gap, light. */
  noResponsible: "#fbe3c4",
  /** MULTIPLE_ACCOUNTABLE: double ownership of the row, red-purple. */
  multipleAccountable: "#d99bc4",
  /** SHARED_OWNERSHIP: the two owner-pair cells, sky blue. */
  sharedOwnership: "#8cc8ec",
  /** INVALID_CODE: the cell, yellow with bold text. */
  invalid: "#f0e442",
  overloaded: "#d99bc4",
  /** DECISION_DISPUTED: the Decision cell, vermillion, lightened. */
  disputed: "#f4b6a0",
  /** CHANGED_SINCE_AGREED: the Decision cell, reddish purple, light. */
  changedSinceAgreed: "#e8c8dc",
} as const;

export const TEXT = "#202124";
export const MUTED_TEXT = "#5f6368";
export const WHITE = "#ffffff";
export const HEADER_BACKGROUND = "#e8eaed";
export const SUMMARY_BACKGROUND = "#f8f9fa";
/** Alternate areas get this band so groups of initiatives read as groups. */
export const AREA_BAND = "#eef3f8";
