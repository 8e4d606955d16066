/**
 * The add-on's public surface. The build turns every export into a top-level function of dist/Code.js,
 * which is how Apps Script finds triggers, menu items and google.script.run calls.
 */
export {
  onOpen,
  onInstall,
  showSidebar,
  takeSidebarView,
  menuNewCooCosMatrix,
  menuNewBlankMatrix,
  menuCheckMatrix,
  menuRefreshMatrix,
  menuHelp,
  menuAdoptMatrix,
} from "./server/menu";
export { generateMatrix, analyzeMatrix, refreshMatrix } from "./server/matrix";
export { onEdit } from "./server/onEdit";
export {
  addRole,
  renameRole,
  removeRole,
  addInitiative,
  removeInitiative,
  moveInitiative,
} from "./server/structure";
export {
  getSidebarState,
  describeActiveSheet,
  selectCell,
  saveMatrixSettings,
  getChangeLog,
} from "./server/sidebarApi";
export { menuRemoveAddonData } from "./server/removeData";
export { suggestAssignments, getCharters, saveCharter, getOwnership } from "./server/suggest";
export { previewFixes, fixFindings, undoFixes } from "./server/fix";
export { getChangeToken } from "./server/changeToken";
export { adoptMatrix, previewAdoption } from "./server/adopt";
export { runSelfCheck, menuSelfCheck } from "./server/selfCheck";
export { addAgreementColumns } from "./server/structure";
export { setPeople, addPeopleRow } from "./server/people";
export { convertCodes } from "./server/convert";
