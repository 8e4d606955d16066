/**
 * The add-on's public surface. The build turns every export into a top-level function of dist/Code.js,
 * which is how Apps Script finds triggers, menu items and google.script.run calls. Each group of calls has
 * one file in src/server/calls/, and only this file imports them.
 */
export { onOpen, onInstall, menuHelp } from "./server/calls/menu";
export {
  showSidebar,
  takeSidebarView,
  menuCheckMatrix,
  getSidebarState,
  describeActiveSheet,
  getSheetNames,
  selectCell,
  saveMatrixSettings,
  getChangeLog,
} from "./server/calls/sidebar";
export {
  generateMatrix,
  analyzeMatrix,
  refreshMatrix,
  menuNewCooCosMatrix,
  menuNewBlankMatrix,
  menuRefreshMatrix,
} from "./server/calls/matrix";
export { onEdit } from "./server/calls/onEdit";
export { addRole, renameRole, removeRole } from "./server/calls/roles";
export { addInitiative, removeInitiative, moveInitiative } from "./server/calls/initiatives";
export { addAgreementColumns, getSelectedRows, markAgreed } from "./server/calls/agreement";
export { setPeople, addPeopleRow } from "./server/calls/people";
export { menuRemoveAddonData } from "./server/calls/removeData";
export { suggestAssignments, getCharters, saveCharter, getOwnership } from "./server/calls/suggest";
export { getGlossary, saveGlossary } from "./server/calls/glossary";
export { previewFixes, fixFindings, undoFixes } from "./server/calls/fix";
export { suggestForRows, fillSuggestedRows } from "./server/calls/suggestRows";
export { convertCodes } from "./server/calls/convert";
export { getChangeToken } from "./server/calls/changeToken";
export { adoptMatrix, previewAdoption, menuAdoptMatrix } from "./server/calls/adopt";
export { runSelfCheck, menuSelfCheck } from "./server/calls/selfCheck";
export { getPortfolio, makeOverview, refreshOverview, menuMakeOverview } from "./server/calls/portfolio";
export { getOffsitePack, makeOffsitePack, menuMakeOffsitePack } from "./server/calls/offsite";
