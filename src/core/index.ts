/** The pure RACI core: runs the same in Apps Script, in the sidebar and in Node. */
export * from "./types";
export { a1, columnIndex, columnLetter, parseA1, tryA1, type A1Range } from "./a1";
export { analyze, type AnalyzeOptions } from "./analyze";
export {
  CANONICAL_CODES,
  CODE_MEANINGS,
  canonicalReplacement,
  canonicalText,
  isCanonical,
  parseCode,
} from "./codes";
export { MAX_INITIATIVES, MAX_NAME_LENGTH, MAX_ROLES, MAX_TITLE_LENGTH } from "./limits";
export { MAX_ROLE_NAME_LENGTH } from "./limits";
export { indexNames, normalizeName } from "./names";
export { RULE_ORDER, RULE_SEVERITY } from "./rules/severity";
export { DEFAULT_SETTINGS, validateSettings, type SettingsResult } from "./settings";
export { validateSpec, type SpecResult } from "./spec";
export {
  isTemplateName,
  TEMPLATE_NAMES,
  TEMPLATES,
  type Template,
  type TemplateInitiative,
} from "./templates";
export {
  suggestAssignments,
  suggestForSpec,
  trySuggest,
  NO_EVIDENCE,
  type Suggestion,
  type Suggestions,
} from "./suggest/index";
export { BUILT_IN_CHARTERS, builtInCharter, type BuiltInCharter } from "./suggest/charters";
export { MAX_CHARTER_LINE, MAX_CHARTER_LINES } from "./suggest/charterInput";
export {
  ownershipOf,
  type OwnershipItem,
  type OwnershipReport,
  type RoleOwnership,
} from "./suggest/ownership";
export { formatOwnership, type OwnershipFormat } from "./suggest/ownershipText";
export { planFixes, type FixPlan, type PlannedChange } from "./fix/index";
