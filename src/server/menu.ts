/**
 * The add-on menu and the sidebar. onOpen may run in AuthMode.NONE (add-on installed but not yet used in
 * this document), where only menu building is allowed, so it calls nothing but the Ui service
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */
import type { SidebarView } from "../core/api";
import { PRODUCT_NAME, SIDEBAR_VIEW_KEY } from "../core/keys";
import { ADDON_VERSION } from "../core/version";
import { adoptMatrix, previewAdoption } from "./adopt";
import { generateMatrix, refreshMatrix } from "./matrix";

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

export function showSidebar(view: SidebarView = "new"): void {
  PropertiesService.getUserProperties().setProperty(SIDEBAR_VIEW_KEY, view);
  const html = HtmlService.createHtmlOutputFromFile("sidebar").setTitle(PRODUCT_NAME);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Read by the sidebar on load: the panel to show. */
export function takeSidebarView(): SidebarView {
  const properties = PropertiesService.getUserProperties();
  const view = properties.getProperty(SIDEBAR_VIEW_KEY);
  properties.deleteProperty(SIDEBAR_VIEW_KEY);
  return isView(view) ? view : "new";
}

const isView = (value: unknown): value is SidebarView =>
  value === "new" || value === "check" || value === "edit" || value === "settings" || value === "help";

export function menuNewCooCosMatrix(): void {
  const result = generateMatrix({ template: "coo-cos" });
  SpreadsheetApp.getActiveSpreadsheet().toast(
    `Created "${result.sheetName}" with ${result.initiatives} initiatives.`,
    PRODUCT_NAME,
  );
}

export function menuNewBlankMatrix(): void {
  const result = generateMatrix({ template: "blank" });
  SpreadsheetApp.getActiveSpreadsheet().toast(
    `Created "${result.sheetName}". Add initiatives below the header.`,
    PRODUCT_NAME,
  );
}

/** The Check panel analyses the active sheet itself, and says there when it is not a matrix (no dialog). */
export function menuCheckMatrix(): void {
  showSidebar("check");
}

export function menuRefreshMatrix(): void {
  const result = refreshMatrix();
  SpreadsheetApp.getActiveSpreadsheet().toast(`Refreshed "${result.sheetName}".`, PRODUCT_NAME);
}

/** Shows what adopting the active sheet's table adds, and adopts it only when the user says yes. */
export function menuAdoptMatrix(): void {
  const preview = previewAdoption(); // fails here, with a clear message, when there is no table to adopt
  const ui = SpreadsheetApp.getUi();
  const text = [
    `Roles: ${preview.roles.join(", ")}. Rows: ${preview.initiatives}.`,
    "Adopting adds:",
    ...preview.adds.map((line) => `• ${line}`),
    "Adopt it?",
  ].join("\n");
  if (ui.alert(`Adopt "${preview.sheetName}" as a matrix`, text, ui.ButtonSet.YES_NO) !== ui.Button.YES)
    return;
  const result = adoptMatrix(preview.sheetName);
  SpreadsheetApp.getActiveSpreadsheet().toast(
    `"${result.sheetName}" is now a live matrix with ${result.initiatives} initiatives.`,
    PRODUCT_NAME,
  );
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
