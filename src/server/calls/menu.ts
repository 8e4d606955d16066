/**
 * The add-on menu and Help; each item runs a call of its own file. onOpen may run in AuthMode.NONE (add-on installed but not yet used in
 * this document), where only menu building is allowed, so it calls nothing but the Ui service
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */
import { PRODUCT_NAME } from "../../core/keys";
import { ADDON_VERSION } from "../../core/version";

/** Every item names a global function of the bundle; a test checks each one exists. */
export const MENU_ITEMS: ([caption: string, functionName: string] | "separator")[] = [
  ["Open sidebar", "showSidebar"],
  "separator",
  ["New matrix: COO vs Chief of Staff", "menuNewCooCosMatrix"],
  ["New blank matrix", "menuNewBlankMatrix"],
  "separator",
  ["Check this matrix", "menuCheckMatrix"],
  ["Refresh highlighting", "menuRefreshMatrix"],
  ["Adopt this table as a matrix", "menuAdoptMatrix"],
  ["Overview of all matrices", "menuMakeOverview"],
  ["Offsite pack of this matrix", "menuMakeOffsitePack"],
  "separator",
  ["Help", "menuHelp"],
  ["Run self-check", "menuSelfCheck"],
  "separator",
  ["Remove add-on data", "menuRemoveAddonData"],
];

export function onOpen(_e?: unknown): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === "separator") menu.addSeparator();
    else menu.addItem(item[0], item[1]);
  }
  menu.addToUi();
}

/** Google's add-on samples: installing runs onOpen so the menu appears without a reload. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

export const HELP_TEXT = [
  "Each row is an initiative, each column a role. In each cell: R (Responsible: does the work), A (Accountable: owns the outcome), A/R (both), C (Consulted), I (Informed), or nothing.",
  "Each initiative needs exactly one A and at least one R. The Status column says what is wrong, and colours show it: no one accountable, two or more accountable, the owner pair both owning one initiative, no one responsible, or a cell that is not a RACI code.",
  "Use the sidebar to create matrices, check them, and add, rename or remove roles and initiatives.",
  `Version ${ADDON_VERSION}.`,
].join("\n\n");

export function menuHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(PRODUCT_NAME, HELP_TEXT, ui.ButtonSet.OK);
}
