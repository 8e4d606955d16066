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
