/**
 * The sidebar's "has anything changed?" call: the active sheet's name and id, its values and its settings,
 * reduced to a short token. Two service reads (getDataRange().getValues() and one document property), where
 * a full analysis reads the matrix, its metadata and its settings and builds every finding.
 */
import { changeToken } from "../../core/changeToken";
import { settingsKey } from "../../core/keys";

export function getChangeToken(): string {
  const sheet = SpreadsheetApp.getActiveSheet();
  const id = sheet.getSheetId();
  const settings = PropertiesService.getDocumentProperties().getProperty(settingsKey(id));
  return changeToken([id, sheet.getName(), settings, sheet.getDataRange().getValues()]);
}
