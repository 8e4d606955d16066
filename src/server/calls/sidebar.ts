/**
 * The sidebar: opening it on a panel (the menu), and the calls it makes that are not matrix operations: its
 * starting state, the active sheet, selection, settings, history.
 */
import { parseA1 } from "../../core/a1";
import type { ActiveSheet, ChangeLogLine, SidebarState, SidebarView } from "../../core/api";
import { PRODUCT_NAME, SIDEBAR_VIEW_KEY } from "../../core/keys";
import { isRecord } from "../../core/guards";
import { kindChangeProblem } from "../../core/kindChange";
import { validateSettings } from "../../core/settings";
import type { MatrixSettings } from "../../core/types";
import { describeLogUser, presentHistory } from "../../core/history";
import { readLog } from "../../sheets/changeLog";
import { sheetNamed } from "../../sheets/locate";
import { markKind, matrixOrigin, notMadeByAddon, addonMatrix, readableMatrix } from "../../sheets/addonMade";
import { hasStoredSettings, saveSettings } from "../../sheets/settingsStore";
import { describeErrors, messageOf } from "../ops/errors";
import { withDocumentLock } from "../ops/lock";
import { removeLeftovers } from "../../sheets/building";
import { beginExecution, EXECUTION_LIMIT_MS } from "../ops/deadline";
import { refreshSheet } from "../ops/refresh";

/** Opens the sidebar on `view`, which it reads once when it loads (takeSidebarView). */
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

/** The Check panel analyses the active sheet itself, and says there when it is not a matrix (no dialog). */
export function menuCheckMatrix(): void {
  showSidebar("check");
}

export function getSidebarState(): SidebarState {
  beginExecution();
  // onOpen may run in AuthMode.NONE and cannot do it: a matrix left half-built by a stopped execution
  // goes when the sidebar next opens.
  removeLeftovers(SpreadsheetApp.getActiveSpreadsheet(), EXECUTION_LIMIT_MS);
  const view = takeSidebarView();
  return { view, ...describeActiveSheet() };
}

/** The active sheet and, when it is one, its matrix: what the Edit and Settings panels show. */
export function describeActiveSheet(sheetName?: string): ActiveSheet {
  const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
  try {
    const { roles, settings, matrix, layout } = readableMatrix(sheet, name);
    if (matrixOrigin(sheet) === null && !hasStoredSettings(sheet)) {
      return { activeSheet: name, matrix: null, problem: notMadeByAddon(name).message, adoptable: true };
    }
    const initiatives = matrix.initiatives.map(({ name: initiative, area, row }) => ({
      name: initiative,
      area,
      row,
    }));
    const agreement = layout.agreement === true;
    const agreedBy = layout.agreedBy === true;
    const people =
      layout.people === true
        ? matrix.roles.map((role) => ({ role: role.name, heldBy: role.heldBy ?? "" }))
        : null;
    return {
      activeSheet: name,
      matrix: { sheetName: name, roles, initiatives, settings, agreement, agreedBy, people },
    };
  } catch (error) {
    return { activeSheet: name, matrix: null, problem: messageOf(error) };
  }
}

/** Every sheet's name, hidden ones too: New matrix proposes a title no sheet has yet. One read per sheet. */
export function getSheetNames(): string[] {
  return SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .map((sheet) => sheet.getName());
}

/** Activates a sheet and selects a cell or range in it (A1 notation), for "show me" buttons on findings. */
export function selectCell(sheetName: string | undefined, a1: string): void {
  if (typeof a1 !== "string") throw new Error("a1 must be a cell address such as C12.");
  const target = parseA1(a1); // throws a clear error on a malformed address
  const { sheet } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
  sheet.activate();
  try {
    sheet.getRange(target.row, target.column, target.numRows, target.numColumns).activate();
  } catch {
    throw new Error(`Cell ${a1} is outside the sheet "${sheet.getName()}"; it may have been deleted.`);
  }
}

/**
 * Saves a matrix's settings (kind, owner pair, thresholds) and re-applies the formulas that embed them.
 * Settings sent without a kind keep the matrix's; a new kind is refused while a cell holds a code it lacks.
 */
export function saveMatrixSettings(sheetName: string | undefined, settings: unknown): MatrixSettings {
  beginExecution();
  return withDocumentLock(() => {
    const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
    const { roles, matrix } = addonMatrix(sheet, name);
    const given =
      isRecord(settings) && !("kind" in settings) ? { ...settings, kind: matrix.settings.kind } : settings;
    const result = validateSettings(given, roles);
    if (!result.ok) throw new Error(describeErrors("The settings were not saved:", result.errors));
    const refused = kindChangeProblem(matrix, result.value.kind);
    if (refused)
      throw new Error(describeErrors("The settings were not saved:", [{ field: "kind", message: refused }]));
    const kindChanges = result.value.kind !== matrix.settings.kind;
    saveSettings(sheet, result.value);
    try {
      if (kindChanges) markKind(sheet, result.value.kind);
      refreshSheet(sheet, name);
    } catch (error) {
      // Not left between two settings (a kind in its metadata, the sheet's words in another): the old ones
      // are put back and the sheet refreshed to them, and the person is told the save failed.
      saveSettings(sheet, matrix.settings);
      if (kindChanges) markKind(sheet, matrix.settings.kind);
      refreshSheet(sheet, name);
      throw error;
    }
    return result.value;
  });
}

/** The latest code changes of a matrix, newest first, optionally for one initiative. JSON-safe for the sidebar. */
export function getChangeLog(sheetName?: string, initiative?: string): ChangeLogLine[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { sheet, name } = sheetNamed(spreadsheet, sheetName);
  const only = typeof initiative === "string" && initiative !== "" ? initiative : undefined;
  const lines = readLog(spreadsheet, sheet.getSheetId(), only).map((entry) => ({
    time: entry.time.toISOString(),
    user: describeLogUser(entry.user),
    initiative: entry.initiative,
    role: entry.role,
    cell: entry.cell,
    old: entry.old,
    new: entry.new,
    change: entry.change ?? "",
  }));
  // Under today's role names and cells; a sheet that no longer reads as a matrix shows them as logged.
  try {
    const { matrix } = readableMatrix(sheet, name);
    return presentHistory(lines, matrix);
  } catch {
    return lines;
  }
}
