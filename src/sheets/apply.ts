/**
 * Applies a SheetPlan with batched calls: a call per format and grid of each block, one for validation,
 * one for all highlighting rules. The number of calls does not depend on the size of the matrix.
 * (Apps Script best practices: batch reads and writes, https://developers.google.com/apps-script/guides/support/best-practices)
 */
import type { CellBlock, GridRange, SheetPlan } from "../core/plan/types";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function applyPlan(sheet: Sheet, plan: SheetPlan): void {
  resize(sheet, plan);
  for (const block of plan.blocks) applyBlock(sheet, block);
  for (const { column, count, width } of plan.columnWidths) sheet.setColumnWidths(column, count, width);
  sheet.setFrozenRows(plan.frozenRows);
  sheet.setFrozenColumns(plan.frozenColumns);

  const validation = SpreadsheetApp.newDataValidation()
    .requireValueInList(plan.codeValidation.codes, true)
    // Warning mode: typed aliases ("ra") must reach onEdit to be canonicalised, and anything else stays
    // visible and highlighted instead of being rejected.
    .setAllowInvalid(true)
    .setHelpText(plan.codeValidation.helpText)
    .build();
  rangeOf(sheet, plan.codeValidation.range).setDataValidation(validation);

  const rules = plan.highlightRules.map((rule) => {
    const builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setBackground(rule.background)
      .setRanges(rule.ranges.map((range) => rangeOf(sheet, range)));
    return (rule.bold ? builder.setBold(true) : builder).build();
  });
  sheet.setConditionalFormatRules(rules);

  replaceProtections(sheet, plan.protections);
}

/**
 * Protections the add-on made earlier carry its descriptions, or none at all when an interrupted run
 * protected a range but failed before describing it; replace those, and leave anyone else's alone.
 *
 * A collaborator may not be allowed to remove a protection someone else created: canEdit() first, as
 * Google's sample does (https://developers.google.com/apps-script/reference/spreadsheet/protection-type),
 * so a refusal never fails the refresh. Such a protection is kept, and not protected twice when it still
 * covers its range; the next refresh by its creator or the owner replaces it.
 */
function replaceProtections(sheet: Sheet, protections: SheetPlan["protections"]): void {
  const descriptions = new Set(protections.map((p) => p.description));
  const wanted = protections.map((p) => ({ ...p, a1: rangeOf(sheet, p.range).getA1Notation() }));
  const ranges = new Set(wanted.map((p) => p.a1));
  const kept = new Set<string>();
  for (const existing of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    const description = existing.getDescription();
    const a1 = existing.getRange().getA1Notation();
    const ours = descriptions.has(description) || (description === "" && ranges.has(a1));
    if (!ours) continue;
    if (!removed(existing)) kept.add(`${description}\n${a1}`);
  }
  for (const { range, description, a1 } of wanted) {
    if (kept.has(`${description}\n${a1}`)) continue;
    rangeOf(sheet, range).protect().setDescription(description).setWarningOnly(true);
  }
}

/** A transient failure of remove() still throws, so the caller's retry or rollback sees it. */
function removed(protection: GoogleAppsScript.Spreadsheet.Protection): boolean {
  if (!protection.canEdit()) return false;
  protection.remove();
  return true;
}

function applyBlock(sheet: Sheet, block: CellBlock): void {
  const range = rangeOf(sheet, block.range);
  const format = block.format ?? {};
  if (format.background !== undefined) range.setBackground(format.background);
  if (format.fontColor !== undefined) range.setFontColor(format.fontColor);
  if (format.fontWeight !== undefined) range.setFontWeight(format.fontWeight);
  if (format.fontSize !== undefined) range.setFontSize(format.fontSize);
  if (format.alignment !== undefined) range.setHorizontalAlignment(format.alignment);
  if (format.wrap !== undefined) range.setWrap(format.wrap);
  if (block.values) range.setValues(block.values);
  if (block.backgrounds) range.setBackgrounds(block.backgrounds);
  if (block.fontWeights) range.setFontWeights(block.fontWeights);
  if (block.notes) range.setNotes(block.notes);
}

/** One call per dimension that differs, whatever the size of the matrix. */
function resize(sheet: Sheet, { minRows, minColumns, exactSize }: SheetPlan): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < minRows) sheet.insertRowsAfter(maxRows, minRows - maxRows);
  else if (exactSize && maxRows > minRows) sheet.deleteRows(minRows + 1, maxRows - minRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < minColumns) sheet.insertColumnsAfter(maxColumns, minColumns - maxColumns);
  else if (exactSize && maxColumns > minColumns) sheet.deleteColumns(minColumns + 1, maxColumns - minColumns);
}

export function rangeOf(
  sheet: Sheet,
  { row, column, numRows, numColumns }: GridRange,
): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(row, column, numRows, numColumns);
}
