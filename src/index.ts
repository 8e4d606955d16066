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
export { runSelfCheck, menuSelfCheck } from "./server/selfCheck";
